/** Escaped HTML by construction: `html` interpolates values escaped unless they are already SafeHtml. */
import { escapeHtml } from '../../text/escape-html.js';
import { formatDecimal } from './number-format.js';

export { escapeHtml };

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/**
 * Formats a score with one decimal (or `decimals`, when more are needed to tell two places apart:
 * distinguishingDecimals) in the page language, or an em dash for a missing value.
 */
export function formatScore(value: number | null, lang: 'ru' | 'en', decimals = 1): string {
  if (value === null) return '—';
  return formatDecimal(value, lang === 'ru' ? 'ru-RU' : 'en-GB', decimals, decimals);
}
