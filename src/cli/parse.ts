/** Parsers of command-line values shared by several commands; each throws InputError naming the flag. */
import { InputError } from './errors.js';

export function parsePeriod(text: string, flag = '--period'): number {
  const period = Number(text);
  if (!/^\d{4}$/.test(text) || period < 2000 || period > 2100) throw new InputError(`${flag} must be a year from 2000 to 2100, got "${text}"`);
  return period;
}

export function parsePositiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n <= 0 || !Number.isSafeInteger(n)) throw new InputError(`${flag} must be a positive whole number, got "${text}"`);
  return n;
}

export function parsePort(text: string, flag = '--port'): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new InputError(`${flag} must be a port number from 0 to 65535, got "${text}"`);
  return port;
}
