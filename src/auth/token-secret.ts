/**
 * API token format and hashing. A token reads `egov_<prefix>_<secret>`: the prefix (10 lowercase hex characters) is
 * stored in clear to find the row, the secret (32 random bytes = 256 bits, base64url) only as its SHA-256.
 *
 * Why a plain SHA-256 and not a slow password hash: slow hashes (scrypt, bcrypt, Argon2) exist to make guessing a
 * low-entropy human password expensive. A 256-bit random secret cannot be guessed — 2^255 tries on average, fast
 * hash or not — so a slow hash only adds tens of milliseconds and 16 MiB to every request, which in turn tempted a
 * verification cache that kept revoked tokens working. With SHA-256 every request is verified against the database,
 * so revocation is immediate. Comparison is constant-time (timingSafeEqual).
 *
 * Tokens created before SHA-256 storage (a non-empty `salt`) are still verified with scrypt(secret, salt, N=2^14, r=8,
 * p=1); re-issue them to drop that cost (`egov token list` shows them as "scrypt").
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const LEGACY_SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1 };
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

/** The prefix a presented string claims (for rate limiting), even when the rest is malformed; null if none. */
export function claimedPrefix(token: string): string | null {
  return /^egov_([0-9a-f]{10})_/.exec(token.trim())?.[1] ?? null;
}

/** hash = SHA-256(secret) as hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function legacyScrypt(secret: string, salt: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, 32, LEGACY_SCRYPT, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** True when the secret matches the stored hash (SHA-256; scrypt for a legacy row with a salt); constant-time. */
export async function verifySecret(secret: string, salt: string, storedHash: string): Promise<boolean> {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = salt === '' ? Buffer.from(hashSecret(secret), 'hex') : await legacyScrypt(secret, salt);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
