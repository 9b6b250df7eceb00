/**
 * The Inputs sheet (profile of the raw inputs; its last line names the engine that computed it) and the About
 * sheet (source, licence, run, software version, generated-at = the run's computation time, and the synthetic
 * warning when it applies).
 */
import type { XlsxWorkbook } from '../../xlsx-writer/xlsx-workbook.js';
import type { Lang, PublicationModel } from '../model.js';
import type { InputProfile } from '../profile/profile-inputs.js';
import { SHEETS, sheetBanner, t } from './labels.js';
import { addTable } from './publication-table.js';
import { licenceText } from '../licence-text.js';

const RUN_STATUS = {
  draft: { ru: 'черновик', en: 'draft' },
  published: { ru: 'опубликован', en: 'published' },
  withdrawn: { ru: 'отозван', en: 'withdrawn' },
} as const;

export function addInputsSheet(
  workbook: XlsxWorkbook,
  model: PublicationModel,
  lang: Lang,
  profile: InputProfile,
): void {
  const services = new Map(model.serviceScores.columns.map((c) => [c.id, c.name[lang]]));
  const indicators = new Map(model.indicators.map((i) => [i.id, i.name[lang]]));
  const { sheet, headerRow } = addTable(workbook, {
    name: SHEETS.inputs[lang],
    banner: sheetBanner(model, lang),
    columns: [
      { header: t(lang, 'услуга', 'service'), width: 36 },
      { header: t(lang, 'показатель', 'indicator'), width: 40 },
      { header: t(lang, 'код_показателя', 'indicator_id'), width: 24 },
      { header: t(lang, 'число_значений', 'count'), width: 10 },
      { header: t(lang, 'пропуски', 'missing'), width: 10 },
      { header: t(lang, 'минимум', 'min'), numFmt: '0.####', width: 12 },
      { header: t(lang, 'максимум', 'max'), numFmt: '0.####', width: 12 },
      { header: t(lang, 'среднее', 'mean'), numFmt: '0.####', width: 12 },
      { header: t(lang, 'ст_откл', 'sd'), numFmt: '0.####', width: 12 },
      { header: t(lang, 'асимметрия', 'skewness'), numFmt: '0.###', width: 12 },
    ],
    rows: profile.rows.map((r) => [
      r.serviceId === null ? null : (services.get(r.serviceId) ?? r.serviceId),
      indicators.get(r.indicatorId) ?? r.indicatorId,
      r.indicatorId,
      r.count,
      r.missing,
      r.min,
      r.max,
      r.mean,
      r.sd,
      r.skewness,
    ]),
  });
  const note = headerRow + Math.max(profile.rows.length, 1) + 2;
  sheet.set(
    note,
    1,
    t(
      lang,
      `Исходные (ненормированные) значения по регионам. Расчёт: ${profile.engine}; ст. откл. выборочное (n − 1); асимметрия — моментный коэффициент g1.`,
      `Raw (not normalised) values over the regions. Computed with ${profile.engine}; sd is the sample sd (n − 1); skewness is the moment coefficient g1.`,
    ),
  );
}

export function addAboutSheet(workbook: XlsxWorkbook, model: PublicationModel, lang: Lang): void {
  const banner = sheetBanner(model, lang);
  const facts: [string, string | number][] = [
    [
      t(lang, 'Публикация', 'Publication'),
      t(
        lang,
        `Рейтинг регионов по качеству электронных госуслуг, ${model.period}`,
        `Regional e-government services rating, ${model.period}`,
      ),
    ],
    [
      t(lang, 'Данные', 'Data'),
      model.synthetic ? 'SYNTHETIC DEMO DATA' : t(lang, 'данные мониторинга', 'monitoring data'),
    ],
    [t(lang, 'Источник', 'Source'), model.source.name[lang]],
    [t(lang, 'Лицензия', 'Licence'), licenceText(model, lang)],
    ...(model.source.url ? [[t(lang, 'Ссылка', 'URL'), model.source.url] as [string, string]] : []),
    [
      t(lang, 'Расчёт', 'Rating run'),
      `${model.run.id} (${model.run.version === null ? t(lang, 'черновик', 'draft') : `${t(lang, 'версия', 'v')}${lang === 'ru' ? ' ' : ''}${model.run.version}`}, ${(RUN_STATUS as Record<string, { ru: string; en: string }>)[model.run.status]?.[lang] ?? model.run.status})`,
    ],
    [t(lang, 'Методика', 'Methodology'), `${model.run.methodologyId} v${model.run.methodologyVersion}`],
    ...(model.run.status === 'draft'
      ? []
      : [
          [
            t(lang, 'Основная методика периода', 'Headline methodology of the period'),
            model.run.headline
              ? t(lang, 'да', 'yes')
              : t(lang, 'нет: опубликована наряду с основной', 'no: published alongside the headline'),
          ] as [string, string],
        ]),
    [t(lang, 'Хеш методики', 'Methodology hash'), model.run.methodologyHash],
    [t(lang, 'Хеш исходных данных', 'Input hash'), model.run.inputHash],
    [t(lang, 'Рассчитано', 'Computed at'), model.run.computedAt],
    [t(lang, 'Программа', 'Software'), `egov-monitor ${model.softwareVersion}`],
    [t(lang, 'Регионов в рейтинге', 'Regions ranked'), model.ranking.length],
  ];
  addTable(workbook, {
    name: SHEETS.about[lang],
    banner,
    columns: [
      { header: t(lang, 'поле', 'field'), width: 28 },
      { header: t(lang, 'значение', 'value'), width: 100 },
    ],
    rows: facts,
  });
}
