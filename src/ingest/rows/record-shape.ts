/**
 * Binds a file's header to the canonical columns a kind needs: refuses missing required columns and unknown extra
 * ones as a file-level error, and gives each row validator the cell index of every canonical column.
 */
import type { TableSource } from '../sources/table-source.js';
import { fileInputError } from '../input-error.js';
import { canonicalHeader, IGNORED, type HeaderMapping } from './header-map.js';
import type { Reject } from './reject.js';

export interface BoundHeader {
  /** Index of each canonical column in the record (absent when the file does not have it). */
  readonly index: ReadonlyMap<string, number>;
  /** Canonical name of each header cell, in file order. */
  readonly names: readonly string[];
}

export function bindHeader(
  source: Pick<TableSource, 'file' | 'header' | 'headerLine'>,
  mapping: HeaderMapping,
  required: readonly string[],
  optional: readonly string[],
  acceptExtra: (name: string) => boolean = () => false,
): BoundHeader {
  const names = source.header.map((cell) => canonicalHeader(mapping, cell));
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '' || name === IGNORED) return;
    if (index.has(name))
      throw fileInputError(
        { file: source.file, line: source.headerLine, column: source.header[i] },
        `column "${name}" appears twice`,
      );
    index.set(name, i);
  });
  const missing = required.filter((name) => !index.has(name));
  if (missing.length > 0) {
    throw fileInputError(
      { file: source.file, line: source.headerLine },
      `missing column(s) ${missing.join(', ')}; the columns found are ${
        source.header
          .filter((c) => c !== '')
          .map((c) => `"${c}"`)
          .join(', ') || '(none)'
      }; ` + 'name them with --mapping FILE ({"columns": {"header as written": "canonical name"}})',
    );
  }
  const known = new Set([...required, ...optional]);
  const extra = names.filter((name) => name !== '' && name !== IGNORED && !known.has(name) && !acceptExtra(name));
  if (extra.length > 0) {
    throw fileInputError(
      { file: source.file, line: source.headerLine },
      `unknown column(s) ${extra.join(', ')}; expected ${[...known].join(', ')}; map or ignore them with --mapping FILE ` +
        '({"columns": {"header as written": "canonical name" or "ignore"}})',
    );
  }
  return { index, names };
}

/** The reject for a record whose cell count does not match the header, or null. */
export function cellCountReject(
  file: string,
  line: number,
  cells: readonly string[],
  headerLength: number,
): Reject | null {
  if (cells.length === headerLength) return null;
  const extraEmpty = cells.length > headerLength && cells.slice(headerLength).every((c) => c.trim() === '');
  if (extraEmpty) return null;
  return {
    file,
    line,
    column: '',
    value: cells.join('|').slice(0, 200),
    reason: `expected ${headerLength} cells as in the header, found ${cells.length} (wrong delimiter or unquoted decimal comma?)`,
  };
}
