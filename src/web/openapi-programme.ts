/**
 * JSON Schemas of GET /programme/{year} (the ProgrammeReport of src/programme/report.ts with `money` nullable under
 * the embargo). Kept apart from openapi.ts for size; the same helpers' shapes, JSON Schema 2020-12.
 */
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const nullable = (type: string) => ({ type: [type, 'null'] });
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: unknown) => ({ type: 'array', items });
const orNull = (schema: unknown) => ({ oneOf: [{ type: 'null' }, schema] });

const volume = { applications: int, documentsIssued: int };
const dea = obj({
  id: str,
  efficiency: num,
  efficient: bool,
  weaklyEfficient: bool,
  lambdas: arr(obj({ id: str, weight: num })),
  peers: arr(str),
  inputSlacks: arr(num),
  outputSlacks: arr(num),
  inputTargets: arr(num),
  outputTargets: arr(num),
});

export const PROGRAMME_SCHEMAS = {
  ProgrammeRegion: obj({ code: str, nameRu: str, nameEn: str, federalDistrict: str, population: int }),
  TargetAssessment: obj({
    status: { enum: ['met', 'on_track', 'behind', 'no_target'] },
    targetShare: nullable('number'),
    targetYear: nullable('integer'),
    gap: nullable('number'),
    trendReachesYear: nullable('integer'),
  }),
  AdoptionAssessment: obj({
    regionCode: str,
    year: int,
    measuredShare: num,
    trend: orNull(obj({ slope: num, intercept: num })),
    regional: ref('TargetAssessment'),
    federal: ref('TargetAssessment'),
  }),
  AdoptionAggregate: obj({
    group: str,
    year: int,
    measuredShare: num,
    regionalTargetShare: nullable('number'),
    regionsReporting: int,
    populationReporting: num,
    regionsWithoutPopulation: int,
    regionsMeetingOwnTarget: int,
    regionsWithTarget: int,
    federal: ref('TargetAssessment'),
  }),
  ChannelSummary: obj({
    regionCode: str,
    channel: { enum: ['portal', 'mfc', 'mobile_office', 'paper', 'all'] },
    applications: int,
    share: num,
    medianDaysToResult: nullable('number'),
    deadlineCompliance: nullable('number'),
    refusalShare: nullable('number'),
    meanRating: nullable('number'),
    ratings: int,
  }),
  MobileOfficeActivity: obj({
    regionCode: str,
    period: str,
    ...volume,
    municipalities: arr(obj({ oktmo: str, name: nullable('string'), ...volume })),
    services: arr(obj({ serviceId: str, ...volume })),
  }),
  UnitCosts: obj({
    regionCode: str,
    spendingRub: num,
    spending: arr(obj({ programme: str, amountRub: num })),
    spendingPerCapitaRub: nullable('number'),
    score: nullable('number'),
    scoreChange: nullable('number'),
    applications: int,
    eApplications: int,
    costPerApplicationRub: nullable('number'),
    costPerEApplicationRub: nullable('number'),
    eApplicationsPer1000: nullable('number'),
  }),
  MoneyFrontier: obj({
    outputs: arr({ enum: ['score', 'eApplicationsPer1000'] }),
    scores: arr(obj({ regionCode: str, constantReturns: dea, variableReturns: dea, scaleEfficiency: num })),
    efficientConstantReturns: arr(str),
    efficientVariableReturns: arr(str),
    excluded: arr(obj({ regionCode: str, reason: { enum: ['no_score', 'no_spending', 'no_population'] } })),
  }),
  ProgrammeReport: obj({
    year: int,
    scope: { enum: ['nation', 'region'] },
    region: orNull(ref('ProgrammeRegion')),
    regions: arr(ref('ProgrammeRegion')),
    services: arr(obj({ id: str, nameRu: str, nameEn: str })),
    synthetic: bool,
    adoption: obj({
      regions: arr(ref('AdoptionAssessment')),
      districts: arr(ref('AdoptionAggregate')),
      nation: arr(ref('AdoptionAggregate')),
      realNational: obj({
        indicatorCode: str,
        name: obj({ ru: str, en: str }),
        unit: { enum: ['percent'] },
        real: { enum: [true] },
        points: arr(obj({ year: int, value: num, note: nullable('string') })),
        source: obj({ ru: str, en: str }),
      }),
    }),
    channels: obj({
      source: { enum: ['application_log', 'channel_volume', 'none'] },
      regions: arr(ref('ChannelSummary')),
      nation: arr(ref('ChannelSummary')),
      mobileOffices: arr(ref('MobileOfficeActivity')),
      grain: { enum: ['year', 'quarter', 'month'] },
    }),
    money: orNull(
      obj({
        ratingRunId: int,
        previousRatingRunId: nullable('integer'),
        previousRatingPeriod: nullable('integer'),
        applicationCountSource: { enum: ['application_log', 'channel_volume', 'none'] },
        regions: arr(ref('UnitCosts')),
        frontier: ref('MoneyFrontier'),
      }),
    ),
  }),
} as const;

/** Query parameters of GET /programme/{year}. */
export const PROGRAMME_QUERY = [
  {
    name: 'region',
    in: 'query',
    required: false,
    description: 'a region code such as RU-TUL; absent: the nation',
    schema: { type: 'string', pattern: '^RU-[A-Z]{2,3}$' },
  },
  {
    name: 'grain',
    in: 'query',
    required: false,
    description: 'period grain of the mobile-office activity (default quarter)',
    schema: { enum: ['year', 'quarter', 'month'] },
  },
];
