/**
 * Chart-ready series of a programme report, neutral of any chart library (src/report draws them):
 *   adoptionLines    one line per measured series over the years: the region (region scope), its district or
 *                    every district, the nation, the region's road-map milestones and the federal targets
 *   channelShares    per channel, the share of applications in the scope region and in the nation (0–1)
 *   efficiencyPoints spending per resident (x) against rating score (y) per region, with its DEA flags and a
 *                    `highlight` on the scope region: the scatter of "money against results"
 *   mobileDocuments  documents issued by mobile offices per service, summed over the periods
 * Years without a value are null in `values`, never 0. Labels are bilingual.
 */
import {
  APPLICATION_CHANNELS,
  FEDERAL_ADOPTION_TARGETS,
  milestoneFor,
  type ApplicationChannel,
} from '../core/programme/index.js';
import { NATIONAL_CODE } from './channel-queries.js';
import { CHANNEL_LABELS, type Bilingual } from './labels.js';
import type { ProgrammeReport } from './report.js';

export interface LineSeries {
  readonly id: string;
  readonly label: Bilingual;
  readonly values: readonly (number | null)[];
}

export interface ProgrammeChartData {
  readonly adoption: { readonly years: readonly number[]; readonly lines: readonly LineSeries[] };
  readonly channelShares: readonly {
    readonly channel: ApplicationChannel;
    readonly label: Bilingual;
    readonly scope: number | null;
    readonly nation: number | null;
  }[];
  readonly efficiencyPoints: readonly {
    readonly regionCode: string;
    readonly x: number;
    readonly y: number;
    readonly efficientConstantReturns: boolean;
    readonly efficientVariableReturns: boolean;
    readonly highlight: boolean;
  }[];
  readonly mobileDocuments: readonly {
    readonly serviceId: string;
    readonly label: Bilingual;
    readonly documents: number;
  }[];
}

/** Builds the four chart data sets of the module comment. */
export function programmeChartData(report: ProgrammeReport): ProgrammeChartData {
  const { adoption } = report;
  const years = [...new Set([...adoption.regions, ...adoption.districts, ...adoption.nation].map((a) => a.year))].sort(
    (a, b) => a - b,
  );
  const along = (pick: (year: number) => number | null | undefined): (number | null)[] =>
    years.map((y) => pick(y) ?? null);
  const lines: LineSeries[] = [];
  const region = report.region;
  if (region) {
    const own = new Map(adoption.regions.map((a) => [a.year, a]));
    lines.push({
      id: region.code,
      label: { ru: region.nameRu, en: region.nameEn },
      values: along((y) => own.get(y)?.measuredShare),
    });
    lines.push({
      id: 'road-map',
      label: { ru: 'Цель дорожной карты', en: 'Road-map target' },
      values: along((y) => own.get(y)?.regional.targetShare),
    });
  }
  for (const group of [...new Set(adoption.districts.map((d) => d.group))].sort()) {
    const rows = new Map(adoption.districts.filter((d) => d.group === group).map((d) => [d.year, d.measuredShare]));
    lines.push({ id: group, label: { ru: group, en: group }, values: along((y) => rows.get(y)) });
  }
  const nation = new Map(adoption.nation.map((n) => [n.year, n.measuredShare]));
  lines.push({ id: NATIONAL_CODE, label: { ru: 'Россия', en: 'Russia' }, values: along((y) => nation.get(y)) });
  lines.push({
    id: 'federal',
    label: { ru: 'Федеральная цель', en: 'Federal target' },
    values: along((y) => milestoneFor(FEDERAL_ADOPTION_TARGETS, y)?.share),
  });

  const scopeCode = region?.code ?? NATIONAL_CODE;
  const scopeRows = region ? report.channels.regions.filter((c) => c.regionCode === scopeCode) : report.channels.nation;
  const channelShares = APPLICATION_CHANNELS.map((channel) => ({
    channel,
    label: CHANNEL_LABELS[channel],
    scope: scopeRows.find((c) => c.channel === channel)?.share ?? null,
    nation: report.channels.nation.find((c) => c.channel === channel)?.share ?? null,
  }));

  const dea = new Map(report.money.frontier.scores.map((s) => [s.regionCode, s]));
  const efficiencyPoints = report.money.regions.flatMap((r) =>
    r.spendingPerCapitaRub === null || r.score === null
      ? []
      : [
          {
            regionCode: r.regionCode,
            x: r.spendingPerCapitaRub,
            y: r.score,
            efficientConstantReturns: dea.get(r.regionCode)?.constantReturns.efficient ?? false,
            efficientVariableReturns: dea.get(r.regionCode)?.variableReturns.efficient ?? false,
            highlight: r.regionCode === region?.code,
          },
        ],
  );

  const documents = new Map<string, number>();
  for (const m of report.channels.mobileOffices) {
    if (region && m.regionCode !== region.code) continue;
    for (const s of m.services) documents.set(s.serviceId, (documents.get(s.serviceId) ?? 0) + s.documentsIssued);
  }
  const serviceLabel = (id: string): Bilingual => {
    const s = report.services.find((x) => x.id === id);
    return s ? { ru: s.nameRu, en: s.nameEn } : { ru: id, en: id };
  };
  const mobileDocuments = [...documents.entries()]
    .map(([serviceId, n]) => ({ serviceId, label: serviceLabel(serviceId), documents: n }))
    .sort((a, b) => b.documents - a.documents || a.serviceId.localeCompare(b.serviceId));

  return { adoption: { years, lines }, channelShares, efficiencyPoints, mobileDocuments };
}
