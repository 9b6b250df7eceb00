/**
 * The method in words: a methodology document and a run's node tree told in plain Russian or English — the steps
 * (normalisation, missing values, outliers, aggregation, rounding and ties) as sentences, and the tree (index →
 * services → stages → indicators) as nested collapsible lists with each node's share of its parent's weight and, for
 * an indicator, its direction and how it is put on the common scale.
 */
import type { RunMethodology } from '../../ratings/queries.js';
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';

type Node = RunMethodology['nodes'][number];
type Doc = Record<string, unknown>;

const obj = (value: unknown): Doc =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {};
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const fmt = (value: number, lang: PageLang): string =>
  value.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 2 });

const NORMALISERS: Record<string, { ru: string; en: string }> = {
  goalposts: {
    ru: 'приводится к шкале между «целевыми столбами» (худшее и лучшее допустимые значения)',
    en: 'put on a scale between goalposts (the worst and best admissible values)',
  },
  'min-max': {
    ru: 'приводится к шкале от минимума до максимума среди регионов',
    en: 'put on a scale from the minimum to the maximum across regions',
  },
  minmax: {
    ru: 'приводится к шкале от минимума до максимума среди регионов',
    en: 'put on a scale from the minimum to the maximum across regions',
  },
  'z-score': {
    ru: 'стандартизуется (отклонение от среднего в стандартных отклонениях)',
    en: 'standardised (distance from the mean in standard deviations)',
  },
  zscore: {
    ru: 'стандартизуется (отклонение от среднего в стандартных отклонениях)',
    en: 'standardised (distance from the mean in standard deviations)',
  },
  rank: { ru: 'заменяется местом региона', en: "replaced by the region's rank" },
  'percentile-rank': { ru: 'заменяется процентильным рангом', en: 'replaced by its percentile rank' },
  'distance-to-target': { ru: 'измеряется как расстояние до цели', en: 'measured as the distance to a target' },
  'distance-to-best': {
    ru: 'измеряется как расстояние до лучшего региона',
    en: 'measured as the distance to the best region',
  },
};

const AGGREGATIONS: Record<string, { ru: string; en: string }> = {
  arithmetic: { ru: 'взвешенное среднее арифметическое', en: 'the weighted arithmetic mean' },
  geometric: {
    ru: 'взвешенное среднее геометрическое (слабость одного компонента не компенсируется полностью)',
    en: 'the weighted geometric mean (a weak component is not fully compensated)',
  },
  harmonic: { ru: 'взвешенное среднее гармоническое', en: 'the weighted harmonic mean' },
  generalised: { ru: 'обобщённое степенное среднее', en: 'the generalised (power) mean' },
  copeland: { ru: 'попарное сравнение регионов (метод Коупленда)', en: 'pairwise comparison of regions (Copeland)' },
};

function normaliserText(spec: Doc, lang: PageLang): string {
  const method = typeof spec.method === 'string' ? spec.method : '';
  const base = NORMALISERS[method]?.[lang] ?? method;
  const range = Array.isArray(spec.range) ? spec.range.map(num) : [];
  return range.length === 2 && range[0] !== null && range[1] !== null
    ? `${base}, ${lang === 'ru' ? 'от' : 'from'} ${fmt(range[0], lang)} ${lang === 'ru' ? 'до' : 'to'} ${fmt(range[1], lang)}`
    : base;
}

function aggregationText(spec: Doc, lang: PageLang): string {
  const method = typeof spec.method === 'string' ? spec.method : 'arithmetic';
  return AGGREGATIONS[method]?.[lang] ?? method;
}

/** The steps of the method as sentences. */
export function methodSteps(document: unknown, lang: PageLang): string[] {
  const doc = obj(document);
  const ru = lang === 'ru';
  const missing = obj(doc.missing);
  const impute = obj(missing.impute);
  const minShare = num(missing.minShare);
  const outliers = obj(doc.outliers);
  const rank = obj(doc.rank);
  const decimals = num(rank.decimals) ?? num(obj(doc.rounding).decimals);
  const steps = [
    ru
      ? `Каждый показатель ${normaliserText(obj(doc.normalisation), lang)}; показатели, где лучше меньшее (сроки, доля отказов), переворачиваются.`
      : `Each indicator is ${normaliserText(obj(doc.normalisation), lang)}; indicators where lower is better (durations, refusals) are inverted.`,
    impute.method === undefined || impute.method === 'none'
      ? ru
        ? 'Пропуски не заполняются: оценка узла считается по имеющимся данным.'
        : 'Missing values are not imputed: a node is scored from the data it has.'
      : ru
        ? `Пропуски заполняются методом «${String(impute.method)}».`
        : `Missing values are imputed by "${String(impute.method)}".`,
    ...(minShare !== null && minShare > 0
      ? [
          ru
            ? `Регион без ${fmt(minShare * 100, lang)} % данных не получает места.`
            : `A region with less than ${fmt(minShare * 100, lang)}% of the data gets no place.`,
        ]
      : []),
    outliers.method === undefined || outliers.method === 'none'
      ? ru
        ? 'Выбросы не обрабатываются.'
        : 'Outliers are not treated.'
      : ru
        ? `Выбросы обрабатываются методом «${String(outliers.method)}».`
        : `Outliers are treated by "${String(outliers.method)}".`,
    ru
      ? `Оценки складываются снизу вверх: ${aggregationText(obj(doc.aggregation), lang)} с весами, показанными ниже.`
      : `Scores are combined bottom-up by ${aggregationText(obj(doc.aggregation), lang)} with the weights shown below.`,
    ...(decimals !== null
      ? [
          ru
            ? `Места присваиваются по итоговой оценке, округлённой до ${decimals} знаков; равные оценки делят место.`
            : `Places follow the final score rounded to ${decimals} decimals; equal scores share a place.`,
        ]
      : []),
  ];
  return steps;
}

const KIND_WORDS: Record<string, { ru: string; en: string }> = {
  index: { ru: 'индекс', en: 'index' },
  service: { ru: 'услуга', en: 'service' },
  stage: { ru: 'этап', en: 'stage' },
  indicator: { ru: 'показатель', en: 'indicator' },
  group: { ru: 'группа', en: 'group' },
};

function leafWords(node: Node, lang: PageLang): string {
  const spec = obj(node.method);
  const direction = num(spec.direction) ?? (typeof spec.direction === 'string' ? Number(spec.direction) : null);
  const better =
    direction === -1
      ? lang === 'ru'
        ? 'лучше меньше'
        : 'lower is better'
      : lang === 'ru'
        ? 'лучше больше'
        : 'higher is better';
  const unit = typeof spec.unit === 'string' && spec.unit !== '' ? `${spec.unit}, ` : '';
  const normaliser = obj(spec.normaliser);
  return `${unit}${better}${Object.keys(normaliser).length ? `; ${normaliserText(normaliser, lang)}` : ''}`;
}

/** The node tree as nested <details>, the index open; weights as each node's share of its siblings' total. */
export function methodTree(nodes: readonly Node[], lang: PageLang): SafeHtml {
  const children = new Map<string | null, Node[]>();
  for (const n of nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  const label = (n: Node) => (lang === 'ru' ? n.labelRu : n.labelEn) || n.nodeId;
  const render = (list: readonly Node[]): SafeHtml => {
    const total = list.reduce((s, n) => s + (Number.isFinite(n.weight) ? n.weight : 0), 0);
    return html`<ul class="tree">
      ${list.map((n) => {
        const share = total > 0 ? `${fmt((n.weight / total) * 100, lang)} %` : '—';
        const kind = KIND_WORDS[n.kind]?.[lang] ?? n.kind;
        const below = children.get(n.nodeId) ?? [];
        if (below.length === 0)
          return html`<li>
            <strong>${label(n)}</strong>
            <span class="meta">(${kind}, ${lang === 'ru' ? 'вес' : 'weight'} ${share}; ${leafWords(n, lang)})</span>
          </li>`;
        const summary = html`<strong>${label(n)}</strong>
          <span class="meta"
            >(${kind}, ${lang === 'ru' ? 'вес' : 'weight'} ${share}; ${aggregationText(obj(n.method), lang)}
            ${lang === 'ru' ? 'из' : 'of'} ${below.length})</span
          >`;
        return html`<li><details${n.parentId === null ? html` open` : ''}><summary>${summary}</summary>${render(below)}</details></li>`;
      })}
    </ul>`;
  };
  return render(children.get(null) ?? []);
}
