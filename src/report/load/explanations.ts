/**
 * Per-region explanations: stages and services against the national and federal-district medians, and the gap to
 * the next place up with what would close it.
 *
 * Median: type 7 (mean of the two middle values for an even count) over the regions with a score; a column with
 * no score anywhere gives no comparison. Strongest: up to 3 stages and up to 3 services above the national median,
 * the largest score − national median first; weakest: up to 3 + 3 below it, worst first (ties by id). A region above
 * (or below) the median everywhere has no weaknesses (strengths): the lists may be empty. Gap to
 * next: the region with the largest place still better than this one's; scoreGap = its score − this score.
 */
import type { GapCloser } from '../../core/explain/gap-closers.js';
import { medianPresentOrNull } from '../../core/stats/quantile.js';
import type { Comparison, RankingRow, RegionExplanation, ScoreMatrix } from '../model.js';

export interface LeafInfo {
  readonly serviceId: string | null;
  readonly stageId: string;
  readonly indicatorId: string;
}

function comparisons(kind: Comparison['kind'], matrix: ScoreMatrix, i: number, peers: readonly number[]): Comparison[] {
  return matrix.columns.flatMap((c, j) => {
    const score = matrix.values[i][j];
    const national = medianPresentOrNull(matrix.values.map((row) => row[j]));
    const district = medianPresentOrNull(peers.map((p) => matrix.values[p][j]));
    return score === null || national === null || district === null
      ? []
      : [{ kind, id: c.id, score, nationalMedian: national, districtMedian: district }];
  });
}

const byGap = (a: Comparison, b: Comparison): number =>
  b.score - b.nationalMedian - (a.score - a.nationalMedian) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function explainRegions(
  ranking: readonly RankingRow[],
  districtOf: ReadonlyMap<string, string>,
  stages: ScoreMatrix,
  services: ScoreMatrix,
  closers: ReadonlyMap<string, readonly GapCloser[]> | null,
  leaves: ReadonlyMap<string, LeafInfo>,
): RegionExplanation[] {
  const rowOf = new Map(stages.regionCodes.map((c, i) => [c, i]));
  const peersOf = (code: string) =>
    stages.regionCodes.flatMap((c, p) => (districtOf.get(c) === districtOf.get(code) ? [p] : []));
  return ranking.map((r) => {
    const i = rowOf.get(r.regionCode);
    const peers = peersOf(r.regionCode);
    const lists =
      i === undefined ? [[], []] : [comparisons('stage', stages, i, peers), comparisons('service', services, i, peers)];
    // Strengths are above the national median and weaknesses below it: a region behind everywhere has no strengths.
    const strongest = lists.flatMap((l) =>
      l
        .filter((c) => c.score > c.nationalMedian)
        .sort(byGap)
        .slice(0, 3),
    );
    const weakest = lists.flatMap((l) =>
      l
        .filter((c) => c.score < c.nationalMedian)
        .sort(byGap)
        .reverse()
        .slice(0, 3),
    );
    const next = ranking.filter((o) => o.place < r.place).at(-1);
    const gapToNext =
      next === undefined
        ? null
        : {
            nextRegionCode: next.regionCode,
            nextPlace: next.place,
            scoreGap: next.score - r.score,
            closers: (closers?.get(r.regionCode) ?? []).map((c) => {
              const leaf = leaves.get(c.indicator);
              return {
                stageId: leaf?.stageId ?? '',
                gain: c.normalisedNeeded - c.normalisedNow,
                reachable: true,
                indicatorId: leaf?.indicatorId ?? c.indicator,
                serviceId: leaf?.serviceId ?? null,
                normalisedNow: c.normalisedNow,
                normalisedNeeded: c.normalisedNeeded,
                rawNow: c.rawNow,
                rawNeeded: c.rawNeeded,
              };
            }),
          };
    return { regionCode: r.regionCode, strongest, weakest, gapToNext };
  });
}
