/**
 * The data dictionary of a publication (`data-dictionary.md`): what each file is, and the meaning of every column
 * of the CSV tables (the same columns as the Ranking and Indicators sheets) under its Russian and English names.
 */
import { writeFile } from 'node:fs/promises';
import { licenceText } from './licence-text.js';
import { join } from 'node:path';
import type { PublicationModel } from './model.js';
import { DRAFT_TEXT, type FileMark, isDraft, markNote, modelFileMark } from './marking.js';
import { manifestFileName } from './manifest.js';

/** `data-dictionary.md`, or with the run's marks `data-dictionary-DRAFT.md` (src/report/marking.ts). */
export const dataDictionaryFileName = (mark: FileMark): string => `data-dictionary${mark}.md`;

const RANKING: readonly [string, string, string][] = [
  ['место', 'place', 'Place in the rating (1 = best; ties share the place)'],
  ['код_региона', 'region_code', 'Region code (ISO 3166-2 where one exists)'],
  ['регион', 'region', 'Region name'],
  ['федеральный_округ', 'federal_district', 'Federal district'],
  [
    'балл',
    'score',
    'Index score on the methodology scale (0–100), rounded to 2 decimals; more decimals where two regions in different places would otherwise show the same score',
  ],
  ['группа', 'band', 'Score band of the methodology'],
  [
    'место_в_прошлом_году',
    'previous_place',
    "Place in the previous year's published rating of the same methodology (empty: not rated then)",
  ],
  ['изменение_места', 'places_gained', 'previous place − place: positive = moved up'],
  ['изменение_балла', 'score_change', 'score − previous score (from unrounded scores), rounded to 2 decimals'],
  ['медианное_место', 'rank_median', 'Median rank over the Monte Carlo replications of the robustness analysis'],
  ['место_5проц', 'rank_5pct', '5th percentile of the simulated ranks (best plausible place)'],
  ['место_95проц', 'rank_95pct', '95th percentile of the simulated ranks (worst plausible place)'],
];

const INDICATORS: readonly [string, string, string][] = [
  ['период', 'period', 'Rating year'],
  ['код_региона', 'region_code', 'Region code'],
  ['регион', 'region', 'Region name'],
  ['код_услуги', 'service_id', 'Service id'],
  ['услуга', 'service', 'Service name'],
  ['код_этапа', 'stage_id', 'Stage of the service (e.g. information, application, status, result, appeal)'],
  ['этап', 'stage', 'Stage name'],
  ['код_показателя', 'indicator_id', 'Indicator id'],
  ['показатель', 'indicator', 'Indicator name'],
  ['исходное_значение', 'raw_value', 'Measured value as ingested (empty: not measured)'],
  [
    'нормированное_значение',
    'normalised_value',
    'Value after imputation, outlier treatment and normalisation (0–100), as scored',
  ],
  ['восстановлено', 'imputed', '1 when the value was missing and imputed by the methodology'],
  ['обработан_выброс', 'treated', '1 when the value was treated as an outlier (winsorised or transformed)'],
];

const NOTE: [string, string, string] = [
  'примечание',
  'note',
  'DRAFT (not published, under embargo) and/or SYNTHETIC DEMO DATA on every row of such a publication',
];

function table(rows: readonly [string, string, string][]): string {
  return [
    '| column (ru) | column (en) | meaning |',
    '|---|---|---|',
    ...rows.map(([ru, en, text]) => `| ${ru} | ${en} | ${text} |`),
  ].join('\n');
}

export function dataDictionaryText(model: PublicationModel, files: readonly { file: string; kind: string }[]): string {
  const p = `${model.period}${modelFileMark(model)}`;
  return [
    `# Data dictionary: rating ${model.period} (run ${model.run.id})`,
    '',
    ...(isDraft(model) ? [`**${DRAFT_TEXT.en}** / ${DRAFT_TEXT.ru}`, ''] : []),
    ...(model.synthetic ? ['**SYNTHETIC DEMO DATA**: generated for demonstration; not official statistics.', ''] : []),
    `Source: ${model.source.name.en}. Licence: ${licenceText(model, 'en')}. egov-monitor ${model.softwareVersion}; computed ${model.run.computedAt}.`,
    '',
    '## Files',
    '',
    '| file | kind |',
    '|---|---|',
    ...files.map((f) => `| ${f.file} | ${f.kind} |`),
    '',
    `CSV files are UTF-8 with a byte-order mark. \`*.csv\` use a comma and a decimal point; \`*-excel-ru.csv\` use a semicolon and a decimal comma (for Russian-locale Excel). Text cells starting with = + - @, tab or CR carry a leading apostrophe so that spreadsheets do not run them as formulas. ${manifestFileName(modelFileMark(model))} lists every file with its SHA-256.`,
    '',
    `## ranking-${p}.csv (sheet Ranking / Рейтинг)`,
    '',
    table(markNote(model) ? [...RANKING, NOTE] : RANKING),
    '',
    `## indicators-${p}.csv (sheet Indicators / Показатели)`,
    '',
    table(markNote(model) ? [...INDICATORS, NOTE] : INDICATORS),
    '',
    '## Other sheets',
    '',
    '- Services / Услуги, Stages / Этапы: region × service and region × stage scores (a stage score is the mean of that stage over the services).',
    '- Robustness / Устойчивость: rank intervals, Sobol shares per assumption, coherence flags.',
    '- Methodology / Методика: the tree with weights, effective weights (share of the index), methods and hashes.',
    '- Inputs / Исходные данные: per input column the count, missing, min, max, mean, sample sd and skewness of the raw values.',
    '- About / О публикации: source, licence, run, software version, computation time.',
    '',
  ].join('\n');
}

export async function writeDataDictionary(
  model: PublicationModel,
  dir: string,
  files: readonly { file: string; kind: string }[],
): Promise<string> {
  const file = dataDictionaryFileName(modelFileMark(model));
  await writeFile(join(dir, file), dataDictionaryText(model, files), 'utf8');
  return file;
}
