/**
 * Flags of the statistical coherence audit (OECD/JRC Handbook 2008, COINr's audit practice):
 * - 'negative-with-parent': r(indicator, parent) < 0, the indicator pulls against the aggregate it feeds;
 * - 'weak-with-parent': |r(indicator, parent)| < 0.3 (WEAK_LINK), the indicator barely moves its aggregate;
 * - 'collinear': two children of the same parent with |r| > 0.92 (COLLINEAR), near double counting.
 * A correlation that is undefined (null: constant or too few complete pairs) raises 'undefined-correlation'.
 */
export const WEAK_LINK = 0.3;
export const COLLINEAR = 0.92;

export const COHERENCE_FLAGS = [
  'negative-with-parent',
  'weak-with-parent',
  'collinear',
  'undefined-correlation',
] as const;
export type CoherenceFlagKind = (typeof COHERENCE_FLAGS)[number];

export interface CoherenceFlag {
  readonly kind: CoherenceFlagKind;
  /** The node flagged (for 'collinear', the first of the pair). */
  readonly node: string;
  /** The parent, or the second node of a collinear pair. */
  readonly other: string;
  /** The Pearson correlation behind the flag (null when undefined). */
  readonly r: number | null;
}

/** Flags of one child against its parent from r(child, parent): negative, weak or undefined (at most one of each). */
export function parentLinkFlags(node: string, parent: string, r: number | null): CoherenceFlag[] {
  if (r === null) return [{ kind: 'undefined-correlation', node, other: parent, r }];
  const flags: CoherenceFlag[] = [];
  if (r < 0) flags.push({ kind: 'negative-with-parent', node, other: parent, r });
  if (Math.abs(r) < WEAK_LINK) flags.push({ kind: 'weak-with-parent', node, other: parent, r });
  return flags;
}

/** A 'collinear' flag when |r(a, b)| > 0.92, else nothing. */
export function collinearFlag(a: string, b: string, r: number | null): CoherenceFlag[] {
  return r !== null && Math.abs(r) > COLLINEAR ? [{ kind: 'collinear', node: a, other: b, r }] : [];
}

/** One line for every node whose correlation with its parent is undefined: too few values, or constant ones. */
export function undefinedCorrelationSummary(nodes: readonly string[], shown = 10): string {
  const list = nodes.slice(0, shown).join(', ') + (nodes.length > shown ? ` and ${nodes.length - shown} more` : '');
  return `too few values (or only constant ones) to correlate with the parent: ${nodes.length} node(s): ${list}`;
}
