/**
 * The ranking a reader's weighting gives, as the explorer page shows it: every region's new place and score (the
 * project's core replaying the run from its normalised values), its official place, and the change (official place −
 * new place: positive = moves up). Rows in the new order, unranked regions last by name. Pure: the page's script and
 * the tests run this very function.
 */
import { rescore } from '../../core/explorer/rescore.js';
import { weightChoiceEdits, type WeightChoice } from '../../core/explorer/weight-choice.js';
import type { ExplorerPayload } from './explorer-payload.js';

export interface ExplorerRow {
  readonly code: string;
  readonly ru: string;
  readonly en: string;
  /** New place and score (null = none, e.g. every weight of its data set to 0). */
  readonly rank: number | null;
  readonly score: number | null;
  readonly officialRank: number | null;
  readonly officialScore: number | null;
  /** officialRank − rank; null when either is missing. */
  readonly change: number | null;
}

/** @throws the core's MethodError when the choice cannot apply (e.g. a geometric mean over a zero score). */
export function explorerRanking(payload: ExplorerPayload, choice: WeightChoice, lang: 'ru' | 'en'): ExplorerRow[] {
  const { scores, ranks } = rescore(payload.rescore, weightChoiceEdits(choice, payload.nodes));
  const unit = new Map(payload.rescore.units.map((code, u) => [code, u]));
  const value = (array: Float64Array, code: string): number | null => {
    const u = unit.get(code);
    return u === undefined || Number.isNaN(array[u]) ? null : array[u];
  };
  const rows = payload.regions.map((r): ExplorerRow => {
    const rank = value(ranks, r.code);
    return {
      code: r.code,
      ru: r.ru,
      en: r.en,
      rank,
      score: value(scores, r.code),
      officialRank: r.rank,
      officialScore: r.score,
      change: rank === null || r.rank === null ? null : r.rank - rank,
    };
  });
  const name = (r: ExplorerRow) => (lang === 'ru' ? r.ru : r.en);
  return rows.sort((a, b) =>
    a.rank === b.rank
      ? name(a).localeCompare(name(b), lang)
      : a.rank === null
        ? 1
        : b.rank === null
          ? -1
          : a.rank - b.rank,
  );
}
