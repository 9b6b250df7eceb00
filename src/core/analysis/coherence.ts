import type { CompiledTree } from '../tree.js';
import { type CoherenceFlag, collinearFlag, parentLinkFlags } from './coherence-flags.js';
import { cronbachAlpha } from './cronbach-alpha.js';
import { firstComponentShare } from './first-component-share.js';
import { pearson } from './pearson.js';
import { spearman } from './spearman.js';

/** Correlations of one node (indicator or aggregate) with its parent and with the index (the root). */
export interface NodeCorrelations {
  readonly node: string;
  readonly level: number;
  readonly parent: string;
  readonly pearsonParent: number | null;
  readonly spearmanParent: number | null;
  readonly pearsonIndex: number | null;
  readonly spearmanIndex: number | null;
}

/** Internal consistency of one aggregate's children. */
export interface GroupConsistency {
  readonly node: string;
  readonly level: number;
  readonly children: number;
  readonly cronbachAlpha: number | null;
  /** λ₁ / k of the children's correlation matrix. */
  readonly firstComponentShare: number | null;
}

export interface CoherenceReport {
  readonly correlations: readonly NodeCorrelations[];
  readonly groups: readonly GroupConsistency[];
  readonly flags: readonly CoherenceFlag[];
}

/**
 * The statistical coherence audit of one build (OECD/JRC Handbook 2008, step 4; COINr's get_corr / get_cronbach /
 * get_PCA): for every non-root node, Pearson and Spearman correlation (pairwise complete) with its parent and with the
 * index; for every aggregate, Cronbach's alpha and the first principal component's variance share of its children
 * (listwise complete); flags for negative or weak (< 0.3) correlation with the parent and collinear siblings
 * (|r| > 0.92), see coherence-flags.ts.
 * `scores` is the build's nodes × units matrix in tree row order (leaf rows = normalised indicators).
 * Edge cases: undefined statistics (constant nodes, too few complete units) are null and flagged, never NaN.
 */
export function coherenceAudit(tree: CompiledTree, scores: Float64Array, nUnits: number): CoherenceReport {
  const row = (r: number): Float64Array => scores.subarray(r * nUnits, (r + 1) * nUnits);
  const index = row(tree.rootRow);
  const correlations: NodeCorrelations[] = [];
  const groups: GroupConsistency[] = [];
  const flags: CoherenceFlag[] = [];
  tree.nodes.forEach((node, r) => {
    if (node.parent === null) return;
    const parent = row(tree.parentRow[r]);
    const pearsonParent = pearson(row(r), parent);
    correlations.push({
      node: node.id,
      level: node.level,
      parent: node.parent,
      pearsonParent,
      spearmanParent: spearman(row(r), parent),
      pearsonIndex: pearson(row(r), index),
      spearmanIndex: spearman(row(r), index),
    });
    flags.push(...parentLinkFlags(node.id, node.parent, pearsonParent));
  });
  for (const r of tree.aggregateRows) {
    const kids = Array.from(tree.childRows.subarray(tree.childStart[r], tree.childStart[r + 1]));
    const items = kids.map(row);
    groups.push({
      node: tree.ids[r],
      level: tree.nodes[r].level,
      children: kids.length,
      cronbachAlpha: cronbachAlpha(items),
      firstComponentShare: firstComponentShare(items),
    });
    for (let a = 0; a < kids.length; a += 1) {
      for (let b = a + 1; b < kids.length; b += 1) {
        flags.push(...collinearFlag(tree.ids[kids[a]], tree.ids[kids[b]], pearson(items[a], items[b])));
      }
    }
  }
  return { correlations, groups, flags };
}
