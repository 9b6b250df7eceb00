/**
 * The side-by-side comparison of region A with region B, or with the median of A's federal district, from the
 * compare page's reads (no I/O). Differences are A − B of the unrounded scores. The district median (type 7, of the
 * present scores of every region of the district, A included) has no place: a median is not ranked.
 */
import { medianPresentOrNull } from '../../core/stats/quantile.js';
import type { ComparisonReads, IndexResults } from '../../ratings/comparison-reads.js';
import type { RegionInfo } from '../../ratings/queries.js';
import type { ScoreMatrix } from '../../report/model.js';

/** The other side: a region, or the median of region A's federal district. */
export type Counterpart = { readonly region: RegionInfo } | { readonly district: string };

export interface ScorePair {
  readonly id: string;
  readonly name: { readonly ru: string; readonly en: string };
  readonly a: number | null;
  readonly b: number | null;
  /** a − b, null when either is missing. */
  readonly difference: number | null;
}

export interface YearPair {
  readonly period: number;
  readonly a: { readonly rank: number | null; readonly score: number | null } | null;
  readonly b: { readonly rank: number | null; readonly score: number | null } | null;
}

export interface Comparison {
  readonly a: RegionInfo;
  readonly b: Counterpart;
  readonly index: { readonly a: YearPair['a']; readonly b: YearPair['b']; readonly scoreDifference: number | null };
  readonly services: readonly ScorePair[];
  readonly stages: readonly ScorePair[];
  readonly years: readonly YearPair[];
}

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The codes of the regions on B's side: B itself, or every region of A's district. */
function sideCodes(reads: ComparisonReads, b: Counterpart): Set<string> {
  if ('region' in b) return new Set([b.region.code]);
  return new Set(reads.regions.filter((r) => r.federalDistrict === b.district).map((r) => r.code));
}

function indexSide(index: IndexResults, codes: ReadonlySet<string>, b: Counterpart): YearPair['b'] {
  if ('region' in b) return index.get(b.region.code) ?? null;
  const score = medianPresentOrNull([...codes].map((c) => index.get(c)?.score ?? null));
  return score === null ? null : { rank: null, score };
}

function matrixPairs(
  matrix: ScoreMatrix,
  a: string,
  codes: ReadonlySet<string>,
  b: Counterpart,
  dims: ComparisonReads['services'],
) {
  const rowOf = (code: string) => matrix.values[matrix.regionCodes.indexOf(code)];
  return dims.map((d, j): ScorePair => {
    const own = rowOf(a)?.[j] ?? null;
    const other =
      'region' in b
        ? (rowOf(b.region.code)?.[j] ?? null)
        : medianPresentOrNull([...codes].map((c) => rowOf(c)?.[j] ?? null));
    return { id: d.id, name: d.name, a: own, b: other, difference: difference(own, other) };
  });
}

export function compareRegions(reads: ComparisonReads, a: RegionInfo, b: Counterpart): Comparison {
  const codes = sideCodes(reads, b);
  const ownIndex = reads.index.get(a.code) ?? null;
  const otherIndex = indexSide(reads.index, codes, b);
  return {
    a,
    b,
    index: {
      a: ownIndex,
      b: otherIndex,
      scoreDifference: difference(ownIndex?.score ?? null, otherIndex?.score ?? null),
    },
    services: matrixPairs(reads.serviceScores, a.code, codes, b, reads.services),
    stages: matrixPairs(reads.stageScores, a.code, codes, b, reads.stages),
    years: reads.years.map((y) => ({
      period: y.run.period,
      a: y.index.get(a.code) ?? null,
      b: indexSide(y.index, codes, b),
    })),
  };
}
