/**
 * Robustness and Methodology sheets. Robustness holds three blocks one under another: rank intervals per region
 * (nominal place, median, 5 % and 95 % ranks, in ranking order), the Sobol shares per assumption (first order and
 * total, on the mean absolute rank shift), and the coherence flags; without an analysis it says so in one line.
 * Methodology lists the tree depth first, indented by level, with weights, effective weights and methods, then
 * the run's hashes.
 */
import type { XlsxSheet } from '../../xlsx-writer/xlsx-sheet.js';
import type { XlsxWorkbook } from '../../xlsx-writer/xlsx-workbook.js';
import type { Lang, PublicationModel } from '../model.js';
import { SHEETS, sheetBanner, t } from './labels.js';
import { PLAIN, withStyle } from '../../xlsx-writer/cell-style.js';
import { addTable } from './publication-table.js';

export function addRobustnessSheet(workbook: XlsxWorkbook, model: PublicationModel, lang: Lang): void {
  const names = new Map(model.regions.map((r) => [r.code, r.name[lang]]));
  const { sheet, headerRow } = addTable(workbook, {
    name: SHEETS.robustness[lang],
    banner: sheetBanner(model, lang),
    columns: [
      { header: t(lang, 'место', 'place'), width: 8 },
      { header: t(lang, 'код_региона', 'region_code'), width: 12 },
      { header: t(lang, 'регион', 'region'), width: 36 },
      { header: t(lang, 'медианное_место', 'rank_median'), numFmt: '0.0', width: 14 },
      { header: t(lang, 'место_5проц', 'rank_5pct'), width: 12 },
      { header: t(lang, 'место_95проц', 'rank_95pct'), width: 12 },
    ],
    rows: model.ranking.map((r) => [
      r.place,
      r.regionCode,
      names.get(r.regionCode) ?? r.regionCode,
      r.interval?.median ?? null,
      r.interval?.low ?? null,
      r.interval?.high ?? null,
    ]),
  });
  let row = headerRow + Math.max(model.ranking.length, 1) + 2;
  const robustness = model.robustness;
  if (!robustness) {
    sheet.set(
      row,
      1,
      t(
        lang,
        'Анализ устойчивости для этого расчёта не проводился.',
        'No robustness analysis was run for this rating.',
      ),
    );
    return;
  }
  row = block(
    sheet,
    row,
    t(
      lang,
      `Доли Соболя (N = ${robustness.runs} прогонов, ${robustness.evaluations} вычислений модели, seed ${robustness.seed}; интервалы: 95 % бутстреп)`,
      `Sobol shares (N = ${robustness.runs} runs, ${robustness.evaluations} model evaluations, seed ${robustness.seed}; intervals: 95% bootstrap)`,
    ),
    [
      t(lang, 'допущение', 'assumption'),
      t(lang, 'первого_порядка', 'first_order'),
      t(lang, 'первого_от', 'first_low'),
      t(lang, 'первого_до', 'first_high'),
      t(lang, 'полная', 'total'),
      t(lang, 'полная_от', 'total_low'),
      t(lang, 'полная_до', 'total_high'),
      t(lang, 'оценка', 'estimate'),
    ],
    robustness.sobol.map((s) =>
      s.resolved
        ? [
            s.name[lang],
            s.first,
            s.firstInterval?.[0] ?? null,
            s.firstInterval?.[1] ?? null,
            s.total,
            s.totalInterval?.[0] ?? null,
            s.totalInterval?.[1] ?? null,
            t(lang, 'доля', 'share'),
          ]
        : [
            s.name[lang],
            null,
            null,
            null,
            null,
            null,
            null,
            t(
              lang,
              `не определена при N = ${robustness.runs} (оценки ${s.first.toFixed(3).replace('.', ',')} / ${s.total.toFixed(3).replace('.', ',')}); нужно больше прогонов`,
              `not resolved at N = ${robustness.runs} (estimates ${s.first.toFixed(3)} / ${s.total.toFixed(3)}); more runs needed`,
            ),
          ],
    ),
    '0.000',
  );
  block(
    sheet,
    row + 1,
    t(lang, 'Согласованность (флаги)', 'Coherence flags'),
    [t(lang, 'узел', 'node'), t(lang, 'флаг', 'flag'), t(lang, 'значение', 'value'), t(lang, 'пояснение', 'message')],
    robustness.coherence.map((c) => [c.nodeId, c.kind, c.value, c.message[lang]]),
    '0.00',
  );
}

const BOLD = withStyle(PLAIN, { bold: true });
const TITLE = withStyle(PLAIN, { bold: true, size: 12 });

/** A titled block at `row`: title, bold header, rows; returns the row after it. */
function block(
  sheet: XlsxSheet,
  row: number,
  title: string,
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  numFmt: string,
): number {
  sheet.set(row, 1, title, TITLE);
  header.forEach((h, j) => sheet.set(row + 1, j + 1, h, BOLD));
  const number = withStyle(PLAIN, { numFmt });
  rows.forEach((values, i) =>
    values.forEach((v, j) => {
      if (v === null) return;
      sheet.set(row + 2 + i, j + 1, v, typeof v === 'number' ? number : PLAIN);
    }),
  );
  if (rows.length === 0) sheet.set(row + 2, 1, '—');
  return row + 2 + Math.max(rows.length, 1) + 1;
}

export function addMethodologySheet(workbook: XlsxWorkbook, model: PublicationModel, lang: Lang): void {
  const { sheet, headerRow } = addTable(workbook, {
    name: SHEETS.methodology[lang],
    banner: sheetBanner(model, lang),
    columns: [
      { header: t(lang, 'узел', 'node'), width: 48 },
      { header: t(lang, 'название', 'name'), width: 48 },
      { header: t(lang, 'уровень', 'level'), width: 8 },
      { header: t(lang, 'вес', 'weight'), numFmt: '0.####', width: 10 },
      { header: t(lang, 'эффективный_вес', 'effective_weight'), numFmt: '0.00%', width: 16 },
      { header: t(lang, 'метод', 'method'), width: 36 },
    ],
    rows: model.methodology.map((n) => [n.id, n.name[lang], n.level, n.weight, n.effectiveWeight, n.method[lang]]),
  });
  const depth = new Map<string, number>();
  model.methodology.forEach((n, i) => {
    const d = n.parentId === null ? 0 : (depth.get(n.parentId) ?? 0) + 1;
    depth.set(n.id, d);
    if (d > 0) sheet.style(headerRow + 1 + i, 2, { indent: Math.min(d * 2, 15) });
  });
  const after = headerRow + Math.max(model.methodology.length, 1) + 2;
  const facts: [string, string][] = [
    [t(lang, 'методика', 'methodology'), `${model.run.methodologyId} v${model.run.methodologyVersion}`],
    [t(lang, 'хеш методики (SHA-256)', 'methodology hash (SHA-256)'), model.run.methodologyHash],
    [t(lang, 'хеш исходных данных (SHA-256)', 'input hash (SHA-256)'), model.run.inputHash],
  ];
  facts.forEach(([k, v], i) => {
    sheet.set(after + i, 1, k, BOLD);
    sheet.set(after + i, 2, v);
  });
}
