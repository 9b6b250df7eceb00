/**
 * API token format and hashing. A token reads `egov_<prefix>_<secret>`: the prefix (10 lowercase hex characters) is
 * stored in clear to find the row, the secret (32 random bytes, base64url) only as an scrypt hash with its own salt.
 * Comparison is constant-time (timingSafeEqual) so the time taken does not leak how many bytes matched.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: N = 2^14, r = 8, p = 1 (the Node default, ~16 MiB, tens of ms); 32-byte key. */
const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;
const TOKEN_PATTERN = /^egov_([0-9a-f]{10})_([A-Za-z0-9_-]{43})$/;

export interface TokenParts {
  readonly prefix: string;
  readonly secret: string;
}

export function generateTokenParts(): TokenParts {
  return { prefix: randomBytes(5).toString('hex'), secret: randomBytes(32).toString('base64url') };
}

export function formatToken(parts: TokenParts): string {
  return `egov_${parts.prefix}_${parts.secret}`;
}

/** Splits a presented token; null when it does not have the token shape (never throws on user input). */
export function parseToken(token: string): TokenParts | null {
  const match = TOKEN_PATTERN.exec(token.trim());
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

/** hash = scrypt(secret, salt, 32 bytes, N=2^14, r=8, p=1) as hex. */
export function hashSecret(secret: string, salt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, SCRYPT, (error, key) => (error ? reject(error) : resolve(key.toString('hex'))));
  });
}

/** True when scrypt(secret, salt) equals the stored hash; compared in constant time. Lengths differ → false. */
export async function verifySecret(secret: string, salt: string, storedHash: string): Promise<boolean> {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = Buffer.from(await hashSecret(secret, salt), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
