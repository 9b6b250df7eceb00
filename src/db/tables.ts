/**
 * Row types of every table, as Kysely sees them. Domain code maps rows to domain objects; these shapes stay here.
 * `Generated<T>` marks columns with a database default.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json = ColumnType<unknown, string, string>;
/** jsonb with a database default. */
type JsonDefault = ColumnType<unknown, string | undefined, string>;
/** numeric columns come back from pg as strings. */
type Numeric = ColumnType<string, number | string, number | string>;

export interface FederalDistrictTable {
  code: string;
  name_ru: string;
  name_en: string;
}

export interface RegionTable {
  code: string;
  iso_code: string | null;
  name_ru: string;
  short_name_ru: string;
  name_en: string;
  federal_district: string;
  okato: string;
  oktmo: string;
  kladr: string;
  fias: string;
  timezone: string;
  population: number;
  tile_row: number;
  tile_col: number;
}

export interface StageTable {
  id: string;
  ord: number;
  name_ru: string;
  name_en: string;
  description_en: Generated<string>;
}

export interface ServiceTable {
  id: string;
  name_ru: string;
  name_en: string;
  level: 'federal' | 'regional' | 'municipal';
  publicly_named: Generated<boolean>;
  note: Generated<string>;
}

export interface IndicatorTable {
  id: string;
  stage_id: string;
  name_ru: string;
  name_en: string;
  kind: 'yes_partial_no' | 'share' | 'duration' | 'count' | 'rating';
  unit: Generated<string>;
  direction: number;
  min_value: number | null;
  max_value: number | null;
  source: 'monitoring' | 'event_log';
  scored: Generated<boolean>;
  note: Generated<string>;
}

export interface IngestBatchTable {
  id: Generated<string>;
  kind: 'measurements' | 'applications' | 'targets' | 'spending' | 'derived';
  period: number;
  content_sha256: string;
  source_name: string;
  status: Generated<'pending' | 'committed' | 'failed' | 'superseded'>;
  rows_total: Generated<number>;
  rows_accepted: Generated<number>;
  rows_rejected: Generated<number>;
  created_by: Generated<string>;
  created_at: Generated<Timestamp>;
  committed_at: Timestamp | null;
  superseded_by: string | null;
  parent_batch_id: string | null;
  summary: JsonDefault;
  sheet: Generated<string>;
  mapping_sha256: Generated<string>;
  synthetic: Generated<boolean>;
}

export interface IngestRejectTable {
  batch_id: string;
  file: string;
  line: number;
  column_name: Generated<string>;
  value: Generated<string>;
  reason: string;
}

export interface MeasurementTable {
  period: number;
  region_code: string;
  service_id: string;
  indicator_id: string;
  value: number;
  origin: Generated<'ingested' | 'derived'>;
  batch_id: string;
}

export interface MeasurementRevisionTable {
  id: Generated<string>;
  period: number;
  region_code: string;
  service_id: string;
  indicator_id: string;
  old_value: number | null;
  new_value: number | null;
  old_batch_id: string | null;
  new_batch_id: string;
  changed_by: string;
  changed_at: Generated<Timestamp>;
}

/** History of a target or spending cell: item is measured_share / target_share (targets) or the programme (spending). */
export interface AnnualRevisionTable {
  id: Generated<string>;
  kind: 'targets' | 'spending';
  region_code: string;
  year: number;
  item: string;
  old_value: Numeric | null;
  new_value: Numeric | null;
  old_batch_id: string | null;
  new_batch_id: string;
  changed_by: string;
  changed_at: Generated<Timestamp>;
}

export interface AdoptionTable {
  region_code: string;
  year: number;
  measured_share: number | null;
  target_share: number | null;
  batch_id: string;
}

export interface SpendingTable {
  region_code: string;
  year: number;
  programme: string;
  amount_rub: Numeric;
  batch_id: string;
}

export const CHANNELS = ['portal', 'mfc', 'mobile_office', 'paper'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ApplicationTable {
  year: number;
  region_code: string;
  application_id: string;
  oktmo: string;
  service_id: string;
  channel: Channel;
  submitted_at: Timestamp;
  registered_at: Timestamp | null;
  interagency_sent_at: Timestamp | null;
  interagency_answered_at: Timestamp | null;
  decided_at: Timestamp | null;
  delivered_at: Timestamp | null;
  outcome: 'issued' | 'refused' | null;
  deadline_days: number;
  rating: number | null;
  batch_id: string;
}

export interface ChannelVolumeTable {
  period: number;
  region_code: string;
  oktmo: string;
  service_id: string;
  channel: Channel;
  applications: number;
  documents_issued: number;
  batch_id: string;
}

export interface MethodologyTable {
  id: string;
  version: string;
  hash: string;
  name: string;
  document: Json;
  created_at: Generated<Timestamp>;
}

export const RUN_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RatingRunTable {
  id: Generated<number>;
  period: number;
  methodology_id: string;
  methodology_version: string;
  methodology_hash: string;
  input_hash: string;
  build_log: Json;
  status: Generated<RunStatus>;
  version: number | null;
  supersedes_run_id: number | null;
  correction_reason: string | null;
  synthetic: Generated<boolean>;
  created_by: string;
  created_at: Generated<Timestamp>;
  published_by: string | null;
  published_at: Timestamp | null;
  withdrawn_by: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_reason: string | null;
  /** The headline methodology of its period (migration 0014): exactly one published run per period. */
  headline: Generated<boolean>;
  /** The run that took over the headline from this one (withdrawn, corrected, or another published as headline). */
  headline_passed_to: number | null;
}

/** The self-contained part of a run (migration 0007): frame, expanded methodology, uncertainty spec, labels. */
export interface RatingRunArtifactTable {
  run_id: number;
  frame: Json;
  expanded_methodology: Json;
  uncertainty_spec: ColumnType<unknown, string | null, string | null>;
  labels: Json;
  catalogue_version: string;
  /** Adoption and office documents of the publication, stored when the run is published (migration 0012). */
  programme_figures: ColumnType<unknown, string | null | undefined, string | null>;
}

/** One input value of a run, with the batch and the measurement revision it came from. */
export interface RatingInputTable {
  run_id: number;
  node_id: string;
  region_code: string;
  value: number;
  batch_id: ColumnType<string, number | string, number | string>;
  revision_id: ColumnType<string | null, number | string | null, number | string | null>;
}

export interface RatingNodeTable {
  run_id: number;
  node_id: string;
  parent_id: string | null;
  level: number;
  kind: 'index' | 'service' | 'stage' | 'indicator' | 'group';
  label_ru: Generated<string>;
  label_en: Generated<string>;
  weight: number;
  method: JsonDefault;
}

export interface RatingResultTable {
  run_id: number;
  node_id: string;
  region_code: string;
  raw_value: number | null;
  score: number | null;
  rank: number | null;
  band: string | null;
  imputed: Generated<boolean>;
  treated: Generated<boolean>;
}

export interface RatingAnalysisTable {
  run_id: number;
  replications: number;
  seed: ColumnType<string, number | string, number | string>;
  params: Json;
  summary: JsonDefault;
  created_at: Generated<Timestamp>;
}

export interface RankIntervalTable {
  run_id: number;
  region_code: string;
  nominal_rank: number | null;
  median_rank: number | null;
  q05: number | null;
  q95: number | null;
  mean_abs_shift: number | null;
}

export interface SensitivityIndexTable {
  run_id: number;
  assumption: string;
  target: string;
  first_order: number;
  total_order: number;
}

export interface CoherenceFlagTable {
  run_id: number;
  node_id: string;
  other_node_id: Generated<string>;
  flag: 'negative-with-parent' | 'weak-with-parent' | 'collinear' | 'undefined-correlation';
  statistic: string;
  value: number | null;
}

export interface RunCommentTable {
  id: Generated<string>;
  run_id: number;
  region_code: string;
  author: string;
  body: string;
  created_at: Generated<Timestamp>;
}

export const ROLES = ['federal-analyst', 'regional'] as const;
export type TokenRole = (typeof ROLES)[number];

export interface ApiTokenTable {
  id: Generated<number>;
  token_prefix: string;
  token_hash: string;
  salt: string;
  role: TokenRole;
  region_code: string | null;
  label: Generated<string>;
  created_at: Generated<Timestamp>;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Timestamp>;
  actor: string;
  role: string;
  action: string;
  target: Generated<string>;
  details: JsonDefault;
}

export interface CampaignTable {
  id: Generated<number>;
  period: number;
  kinds: string[];
  indicators: Generated<string[]>;
  /** A date (YYYY-MM-DD); pg returns a Date at local midnight, so it is read as text (see src/campaign). */
  deadline: ColumnType<string, string, string>;
  note: Generated<string>;
  opened_by: string;
  opened_at: Generated<Timestamp>;
  closed_at: Timestamp | null;
}

export type SubmissionStatus = 'accepted' | 'rejected' | 'unchanged' | 'refused';

export interface CampaignSubmissionTable {
  id: Generated<string>;
  campaign_id: number;
  region_code: string;
  kind: string;
  file_name: string;
  status: SubmissionStatus;
  batch_id: string | null;
  correction: Generated<boolean>;
  values_stored: Generated<number>;
  rows_rejected: Generated<number>;
  rows_skipped: Generated<number>;
  outcome: JsonDefault;
  submitted_by: string;
  submitted_at: Generated<Timestamp>;
}

export interface CampaignCommentTable {
  id: Generated<string>;
  campaign_id: number;
  region_code: string;
  author: string;
  role: string;
  body: string;
  created_at: Generated<Timestamp>;
}

export interface WebSessionTable {
  id_sha256: string;
  token_prefix: string;
  csrf_token: string;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
}

/** 0013: a public response rendered at publication (see migrations/0013-published-content.ts). */
export interface PublishedPageTable {
  key: string;
  content_type: string;
  cache_control: string;
  vary: Generated<string>;
  etag: string;
  body: string;
  inputs_mark: string | null;
}

/** 0013: the national programme report of a published year per grain, as JSON. */
export interface PublishedProgrammeReportTable {
  year: number;
  grain: 'year' | 'quarter' | 'month';
  report: string;
  inputs_mark: string;
}

export interface DB {
  federal_district: FederalDistrictTable;
  region: RegionTable;
  stage: StageTable;
  service: ServiceTable;
  indicator: IndicatorTable;
  ingest_batch: IngestBatchTable;
  ingest_reject: IngestRejectTable;
  measurement: MeasurementTable;
  measurement_revision: MeasurementRevisionTable;
  annual_revision: AnnualRevisionTable;
  adoption: AdoptionTable;
  spending: SpendingTable;
  application: ApplicationTable;
  channel_volume: ChannelVolumeTable;
  methodology: MethodologyTable;
  rating_run: RatingRunTable;
  rating_run_artifact: RatingRunArtifactTable;
  rating_input: RatingInputTable;
  rating_node: RatingNodeTable;
  rating_result: RatingResultTable;
  rating_analysis: RatingAnalysisTable;
  rank_interval: RankIntervalTable;
  sensitivity_index: SensitivityIndexTable;
  coherence_flag: CoherenceFlagTable;
  run_comment: RunCommentTable;
  api_token: ApiTokenTable;
  audit_log: AuditLogTable;
  campaign: CampaignTable;
  campaign_submission: CampaignSubmissionTable;
  campaign_comment: CampaignCommentTable;
  web_session: WebSessionTable;
  published_page: PublishedPageTable;
  published_programme_report: PublishedProgrammeReportTable;
}

/** Tables in dependency order (parents first): used for row counts and for emptying test databases. */
export const TABLES: readonly (keyof DB)[] = [
  'federal_district',
  'region',
  'stage',
  'service',
  'indicator',
  'ingest_batch',
  'ingest_reject',
  'measurement',
  'measurement_revision',
  'annual_revision',
  'adoption',
  'spending',
  'application',
  'channel_volume',
  'methodology',
  'rating_run',
  'rating_run_artifact',
  'rating_input',
  'rating_node',
  'rating_result',
  'rating_analysis',
  'rank_interval',
  'sensitivity_index',
  'coherence_flag',
  'run_comment',
  'api_token',
  'audit_log',
  'campaign',
  'campaign_submission',
  'campaign_comment',
  'web_session',
  'published_page',
  'published_programme_report',
];
