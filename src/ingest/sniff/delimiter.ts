/**
 * Detects the CSV delimiter from the header line: the candidate among `,` `;` and TAB that occurs most often
 * outside double quotes. Ties are broken in the order `;`, TAB, `,` (a header split by `;` often also holds commas in
 * quoted names). A line with none of them is a one-column file and gets `,`.
 */
export const DELIMITERS = [';', '\t', ','] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter))
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = counts.get(d) ?? 0;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** The first non-blank line of a decoded sample (without its line break); "" when there is none. */
export function firstNonBlankLine(text: string): string {
  return text.split(/\r?\n/, 1000).find((line) => line.trim() !== '') ?? '';
}

/**
 * The delimiter of a sample whose table may start below title lines: the delimiter of the line, among the first 30
 * non-blank ones, that holds the most delimiters (the header or a data row, never a title).
 */
export function detectDelimiterOfSample(text: string): Delimiter {
  const lines = text
    .split(/\r?\n/, 1000)
    .filter((line) => line.trim() !== '')
    .slice(0, 30);
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const line of lines) {
    const delimiter = detectDelimiter(line);
    const count = line.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
