/** The columns of the applications layout (docs/data-formats.md), in file order: what the ingest reads and the demo writes. */
export const APPLICATION_COLUMNS = [
  'application_id',
  'region',
  'oktmo',
  'service',
  'channel',
  'submitted_at',
  'registered_at',
  'interagency_sent_at',
  'interagency_answered_at',
  'decided_at',
  'delivered_at',
  'outcome',
  'deadline_days',
  'rating',
] as const;
