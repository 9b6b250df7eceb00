/**
 * Template expansion on the methodology document: an entry with `forEach: "<list>"` in `indicators` or in any
 * `children` list is repeated once per item of that list, with `{<list>.<field>}` placeholders filled in from the
 * item, and `where` keeping only the items whose fields match. Templates nest (services → stages → indicators).
 * Pure: the lists are passed in (e.g. rows of data/reference/services.csv), never read here.
 */
import { MethodologyError } from './errors.js';
import type { IndicatorEntry, Methodology, TreeEntry } from './schema.js';

export type ListItem = Readonly<Record<string, string | number>>;
export type Lists = Readonly<Record<string, readonly ListItem[]>>;
type Bindings = Readonly<Record<string, ListItem>>;

const PLACEHOLDER = /\{([A-Za-z_][\w]*)\.([A-Za-z_][\w]*)\}/g;
const WHOLE_PLACEHOLDER = /^\{([A-Za-z_][\w]*)\.([A-Za-z_][\w]*)\}$/;

/** The document with every template expanded (lists passed in take precedence over the document's own `lists`). */
export function expandTemplates(doc: Methodology, lists: Lists = {}): Methodology {
  const all: Lists = { ...(doc.lists ?? {}), ...lists };
  const indicators = expandEntries(
    doc.indicators,
    {},
    all,
    'indicators',
    (e, b, path) => fill(e, b, path) as IndicatorEntry,
  );
  if (doc.tree.forEach !== undefined) throw new MethodologyError('tree.forEach', 'the root cannot be a template');
  const tree = expandNode(doc.tree, {}, 'tree', all);
  return { ...doc, indicators, tree };
}

function expandNode(entry: TreeEntry, bindings: Bindings, path: string, lists: Lists): TreeEntry {
  const { children, ...own } = entry;
  const node = fill(own, bindings, path) as TreeEntry;
  if (children === undefined) return node;
  const expanded = expandEntries(children, bindings, lists, `${path}.children`, expandNode);
  if (expanded.length === 0) throw new MethodologyError(`${path}.children`, 'the templates expand to no children');
  return { ...node, children: expanded };
}

function expandEntries<T extends { forEach?: string; where?: Record<string, string> }>(
  entries: readonly T[],
  bindings: Bindings,
  lists: Lists,
  path: string,
  expandOne: (entry: T, bindings: Bindings, path: string, lists: Lists) => T,
): T[] {
  const out: T[] = [];
  entries.forEach((entry, i) => {
    const at = `${path}[${i}]`;
    if (entry.forEach === undefined) {
      out.push(expandOne(entry, bindings, at, lists));
      return;
    }
    const { forEach, where, ...rest } = entry;
    const items = lists[forEach];
    if (!items)
      throw new MethodologyError(
        `${at}.forEach`,
        `no list "${forEach}" (known: ${Object.keys(lists).join(', ') || 'none'})`,
      );
    for (const item of items) {
      const inner = { ...bindings, [forEach]: item };
      const keep = Object.entries(where ?? {}).every(
        ([field, value]) => String(item[field]) === String(fill(value, inner, `${at}.where`)),
      );
      if (keep) out.push(expandOne(rest as T, inner, at, lists));
    }
  });
  return out;
}

/**
 * Fills placeholders in every string of a JSON value. A string that is exactly one placeholder whose value is a
 * number (or a numeric string) becomes that number, so `"weight": "{stage.weight}"` gives a number.
 * @throws MethodologyError for a placeholder naming an unknown list or field.
 */
function fill(value: unknown, bindings: Bindings, path: string): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE_PLACEHOLDER.exec(value);
    if (whole) {
      const v = lookup(whole[1], whole[2], bindings, path);
      return typeof v === 'number' || (v.trim() !== '' && Number.isFinite(Number(v))) ? Number(v) : v;
    }
    return value.replace(PLACEHOLDER, (_m, list: string, field: string) => String(lookup(list, field, bindings, path)));
  }
  if (Array.isArray(value)) return value.map((v, i) => fill(v, bindings, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, bindings, `${path}.${k}`)]));
  }
  return value;
}

function lookup(list: string, field: string, bindings: Bindings, path: string): string | number {
  const item = bindings[list];
  if (!item) throw new MethodologyError(path, `placeholder {${list}.${field}} is not inside a forEach over "${list}"`);
  const v = item[field];
  if (v === undefined)
    throw new MethodologyError(path, `placeholder {${list}.${field}}: the "${list}" item has no field "${field}"`);
  return v;
}
