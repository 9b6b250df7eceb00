/**
 * The robustness of a run from its stored analysis: runs N, evaluations and seed (rating_analysis and its stored
 * report), Sobol shares per
 * assumption on the mean absolute rank shift (sensitivity_index), and the coherence flags. Null when the run was
 * never analysed. An assumption has no bilingual name of its own: its id stands in both languages.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import { MEAN_ABS_SHIFT_TARGET } from '../../ratings/store-analysis.js';
import type { RobustnessReport } from '../../core/analysis/robustness-report.js';
import { sobolProblems } from '../../core/analysis/sobol-bootstrap.js';
import { type CoherenceFlagKind, undefinedCorrelationSummary } from '../../core/analysis/coherence-flags.js';
import type { CoherenceFlag, Localised, Robustness } from '../model.js';

/** The stored report (rating_analysis.summary, JSON text or jsonb), or null; older reports lack some fields. */
function storedSummary(value: unknown): Partial<RobustnessReport> | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as Partial<RobustnessReport>;
}

const FLAG_TEXT: Record<string, Localised> = {
  'negative-with-parent': {
    ru: 'отрицательно коррелирует с родительским узлом',
    en: 'correlates negatively with its parent',
  },
  'weak-with-parent': { ru: 'слабо коррелирует с родительским узлом', en: 'correlates weakly with its parent' },
  collinear: { ru: 'почти коллинеарен с', en: 'nearly collinear with' },
} satisfies Record<Exclude<CoherenceFlagKind, 'undefined-correlation'>, Localised>;

/** One stored flag said in both languages: node, what was found, the other node, the statistic. */
function flagMessage(flag: {
  node_id: string;
  other_node_id: string | null;
  flag: string;
  statistic: string | null;
  value: number | null;
}): Localised {
  const text = FLAG_TEXT[flag.flag] ?? { ru: flag.flag, en: flag.flag };
  const other = flag.other_node_id ? ` ${flag.other_node_id}` : '';
  const value = flag.value === null ? '' : flag.value.toFixed(2);
  return {
    ru: `${flag.node_id} ${text.ru}${other}${value ? ` (${flag.statistic} ${value.replace('.', ',')})` : ''}`,
    en: `${flag.node_id} ${text.en}${other}${value ? ` (${flag.statistic} ${value})` : ''}`,
  };
}

/** Nodes whose correlation with the parent is undefined, said once (sparse data would otherwise list hundreds). */
function undefinedCorrelations(nodes: readonly string[]): CoherenceFlag[] {
  const shown = 10;
  const list = nodes.slice(0, shown).join(', ');
  const more = nodes.length - shown;
  return nodes.length === 0
    ? []
    : [
        {
          nodeId: nodes.length === 1 ? nodes[0] : `${nodes.length} nodes`,
          kind: 'undefined-correlation',
          value: null,
          message: {
            ru: `слишком мало значений (или только постоянные), чтобы вычислить корреляцию с родительским узлом: узлов ${nodes.length}: ${list}${more > 0 ? ` и ещё ${more}` : ''}`,
            en: undefinedCorrelationSummary(nodes, shown),
          },
        },
      ];
}

export async function loadRobustness(db: Kysely<DB>, runId: number): Promise<Robustness | null> {
  const analysis = await db
    .selectFrom('rating_analysis')
    .select(['replications', 'seed', 'summary'])
    .where('run_id', '=', runId)
    .executeTakeFirst();
  if (!analysis) return null;
  const summary = storedSummary(analysis.summary);
  const estimates = new Map((summary?.sensitivity?.meanAbsShift ?? []).map((s) => [s.assumption, s]));
  const shares = await db
    .selectFrom('sensitivity_index')
    .select(['assumption', 'first_order', 'total_order'])
    .where('run_id', '=', runId)
    .where('target', '=', MEAN_ABS_SHIFT_TARGET)
    .orderBy('total_order', 'desc')
    .orderBy('assumption')
    .execute();
  const flags = await db
    .selectFrom('coherence_flag')
    .select(['node_id', 'other_node_id', 'flag', 'statistic', 'value'])
    .where('run_id', '=', runId)
    .orderBy('node_id')
    .orderBy('other_node_id')
    .orderBy('flag')
    .execute();
  return {
    // rating_analysis.replications counts model evaluations; N is the report's `runs`.
    runs: summary?.runs ?? analysis.replications,
    evaluations: summary?.evaluations ?? analysis.replications,
    seed: Number(analysis.seed),
    sobol: shares.map((s) => {
      const estimate = estimates.get(s.assumption);
      return {
        nodeId: s.assumption,
        name: { ru: s.assumption, en: s.assumption },
        first: s.first_order,
        total: s.total_order,
        firstInterval: estimate?.firstInterval ?? null,
        totalInterval: estimate?.totalInterval ?? null,
        resolved: estimate?.problems
          ? estimate.problems.length === 0
          : sobolProblems(s.first_order, s.total_order, [s.total_order, s.total_order]).length === 0,
      };
    }),
    coherence: [
      ...flags
        .filter((f) => f.flag !== 'undefined-correlation')
        .map((f): CoherenceFlag => ({
          nodeId: f.node_id,
          kind: f.flag,
          value: f.value,
          message: flagMessage(f),
        })),
      ...undefinedCorrelations([
        ...new Set(flags.filter((f) => f.flag === 'undefined-correlation').map((f) => f.node_id)),
      ]),
    ],
  };
}
