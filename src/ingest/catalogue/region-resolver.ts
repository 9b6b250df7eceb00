/**
 * Recognises a region written in any of the ways regions write it: our code (RU-SMO), ISO 3166-2, OKATO (11 digits,
 * or a longer municipal code by its longest regional prefix), OKTMO (8 or 11 digits, same prefix rule), or the
 * Russian name in its common spellings: "Смоленская обл.", "Смоленская область", "Смоленская", "г. Москва",
 * "Москва", "Республика Татарстан (Татарстан)", "Чувашская Республика - Чувашия", any case, ё = е.
 * A name that is a prefix of several regions' names (e.g. "Республика") is ambiguous; both cases are errors
 * returned as `{ error }` so the caller can name the line.
 */
import type { Region } from '../../reference/catalogue.js';

/** The fields of a region the resolver reads. */
export type RegionNames = Pick<Region, 'code' | 'isoCode' | 'nameRu' | 'shortNameRu' | 'nameEn' | 'okato' | 'oktmo'>;

export type RegionMatch = { readonly code: string } | { readonly error: string };

// JavaScript's \b knows only ASCII letters, so word edges are written as white space (the name is padded).
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<=\s)обл\.?(?=\s)/g, 'область'],
  [/(?<=\s)респ\.?(?=\s)/g, 'республика'],
  [/(?<=\s)ао(?=\s)/g, 'автономный округ'],
  [/(?<=\s)авт\.?\s*окр\.?(?=\s)/g, 'автономный округ'],
  [/(?<=\s)г\.\s*/g, ''],
  [/(?<=\s)город\s+/g, ''],
];
const MIN_PREFIX = 4;
/** Common informal names that no spelling rule derives from the official ones. */
const INFORMAL_NAMES: readonly [string, string][] = [
  ['ХМАО', 'RU-KHM'],
  ['ХМАО-Югра', 'RU-KHM'],
  ['Югра', 'RU-KHM'],
  ['ЯНАО', 'RU-YAN'],
  ['НАО', 'RU-NEN'],
  ['ЕАО', 'RU-YEV'],
  ['Еврейская АО', 'RU-YEV'],
  ['Чувашия', 'RU-CU'],
  ['Удмуртия', 'RU-UD'],
  ['Кабардино-Балкария', 'RU-KB'],
  ['Карачаево-Черкесия', 'RU-KC'],
  ['Северная Осетия', 'RU-SE'],
  ['Питер', 'RU-SPE'],
];

/** Lower case, ё→е, abbreviations expanded, "г." dropped, punctuation and spaces collapsed. */
export function normaliseRegionName(name: string): string {
  let n = ` ${name.normalize('NFC').toLowerCase().replace(/ё/g, 'е')} `;
  for (const [pattern, replacement] of ABBREVIATIONS) n = n.replace(pattern, replacement);
  return n
    .replace(/[«»"'/().,—–-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class RegionResolver {
  private readonly byCode = new Map<string, string>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly okato: [string, string][];
  private readonly oktmo: [string, string][];
  private readonly cache = new Map<string, RegionMatch>();
  private readonly oktmoCache = new Map<string, string | null>();

  /** `only`: the one region a file may name (a region's own upload); any other resolves to an error saying so. */
  constructor(
    private readonly regions: readonly RegionNames[],
    private readonly only: string | null = null,
  ) {
    for (const r of regions) {
      this.byCode.set(r.code.toUpperCase(), r.code);
      if (r.isoCode) this.byCode.set(r.isoCode.toUpperCase(), r.code);
      for (const spelling of nameSpellings(r)) this.addName(spelling, r.code);
    }
    const known = new Set(regions.map((r) => r.code));
    for (const [spelling, code] of INFORMAL_NAMES) if (known.has(code)) this.addName(spelling, code);
    this.okato = regions
      .map((r) => [r.okato.replace(/0+$/, ''), r.code] as [string, string])
      .sort((a, b) => b[0].length - a[0].length);
    this.oktmo = regions
      .map((r) => [r.oktmo.replace(/0+$/, ''), r.code] as [string, string])
      .sort((a, b) => b[0].length - a[0].length);
  }

  /** The same resolver, accepting only the region `code`: a region's upload may not name another region. */
  restrictedTo(code: string): RegionResolver {
    return new RegionResolver(this.regions, code);
  }

  resolve(text: string): RegionMatch {
    const cached = this.cache.get(text);
    if (cached) return cached;
    let match = this.resolveUncached(text.normalize('NFC').trim());
    if (this.only !== null && 'code' in match && match.code !== this.only)
      match = { error: `the row names region ${match.code}; you may submit data only for your region ${this.only}` };
    if (this.cache.size < 10_000) this.cache.set(text, match);
    return match;
  }

  /** The region an OKTMO municipal code (8 or 11 digits) belongs to, by longest prefix; null if none. */
  regionOfOktmo(code: string): string | null {
    let region = this.oktmoCache.get(code);
    if (region === undefined) {
      region = longestPrefix(this.oktmo, code);
      if (this.oktmoCache.size < 100_000) this.oktmoCache.set(code, region);
    }
    return region;
  }

  private resolveUncached(text: string): RegionMatch {
    if (text === '') return { error: 'region is empty' };
    const code = this.byCode.get(text.toUpperCase());
    if (code) return { code };
    if (/^\d+$/.test(text)) {
      const found =
        text.length === 11
          ? longestPrefix(this.okato, text)
          : text.length === 8
            ? longestPrefix(this.oktmo, text)
            : null;
      return found
        ? { code: found }
        : { error: `unknown region code "${text}" (expected OKATO of 11 or OKTMO of 8 digits)` };
    }
    for (const variant of spellingVariants(text)) {
      const exact = this.byName.get(normaliseRegionName(variant));
      if (exact && exact.size === 1) return { code: [...exact][0] };
    }
    const name = normaliseRegionName(text);
    const exact = this.byName.get(name);
    const candidates = new Set<string>(exact ?? []);
    if (name.length >= MIN_PREFIX)
      for (const [known, codes] of this.byName) if (known.startsWith(name)) codes.forEach((c) => candidates.add(c));
    if (candidates.size === 1) return { code: [...candidates][0] };
    if (candidates.size > 1)
      return { error: `ambiguous region "${text}": could be ${[...candidates].sort().join(', ')}` };
    return { error: `unknown region "${text}"` };
  }

  private addName(spelling: string, code: string): void {
    const key = normaliseRegionName(spelling);
    if (key === '') return;
    const set = this.byName.get(key) ?? new Set<string>();
    set.add(code);
    this.byName.set(key, set);
  }
}

function nameSpellings(r: RegionNames): string[] {
  return [r.nameEn, ...spellingVariants(r.nameRu), ...spellingVariants(r.shortNameRu)];
}

/** The name, the name without parentheses, and each part split at " - ", "—" or parentheses. */
function spellingVariants(name: string): string[] {
  const parts = name
    .split(/\s+[—–-]\s+|[()/]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return [name, name.replace(/\([^)]*\)|\/[^/]*\//g, ' '), ...parts];
}

function longestPrefix(table: readonly [string, string][], code: string): string | null {
  for (const [prefix, region] of table) if (prefix.length > 0 && code.startsWith(prefix)) return region;
  return null;
}
