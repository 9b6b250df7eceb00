/** Parsers of command-line values shared by several commands; each throws InputError naming the flag. */
import { InputError } from './errors.js';
import { lookUpRegion } from '../reference/region-lookup.js';

export function parsePeriod(text: string, flag = '--period'): number {
  const period = Number(text);
  if (!/^\d{4}$/.test(text) || period < 2000 || period > 2100)
    throw new InputError(`${flag} must be a year from 2000 to 2100, got "${text}"`);
  return period;
}

export function parsePositiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n <= 0 || !Number.isSafeInteger(n))
    throw new InputError(`${flag} must be a positive whole number, got "${text}"`);
  return n;
}

export function parsePort(text: string, flag = '--port'): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new InputError(`${flag} must be a port number from 0 to 65535, got "${text}"`);
  return port;
}

/**
 * A region as the ingest accepts it (our code, ISO 3166-2, OKATO, OKTMO or the Russian name in its usual spellings:
 * "RU-SMO", "Смоленская обл.", "66000000"), resolved against the reference catalogue to our code.
 */
export function parseRegion(text: string, flag = '--region'): string {
  const match = lookUpRegion(text);
  if ('error' in match)
    throw new InputError(`${flag}: ${match.error} (give a code like RU-TUL, an OKATO/OKTMO code or the Russian name)`);
  return match.code;
}
