/**
 * A hand-made application log of ten applications in two regions, used by the pure channel summaries and by
 * the SQL queries (test/programme), which must give the same figures. Codes are real reference codes so the
 * rows satisfy the database's foreign keys. Every expected figure is worked by hand in the tests.
 *
 * id  region  channel        service                oktmo     submitted (UTC)   decided  delivered outcome deadline rating
 * T1  RU-TUL  portal         marriage_registration  70701000  2024-03-01        +2 d     +3 d      issued   5        5
 * T2  RU-TUL  portal         marriage_registration  70701000  2024-03-02        +6 d     +7 d      refused  5        2
 * T3  RU-TUL  mfc            hunting_licence        70701000  2024-04-10        +4 d     +5 d      issued   10       4
 * T4  RU-TUL  mfc            hunting_licence        70701000  2024-04-11        —        —         —        10       —
 * T5  RU-TUL  mobile_office  marriage_registration  70620000  2024-02-05        +1 d     +1 d      issued   5        5
 * T6  RU-TUL  mobile_office  hunting_licence        70620000  2024-02-06        +10 d    +12 d     issued   10       —
 * T7  RU-TUL  mobile_office  hunting_licence        70630000  2024-05-20        +3 d     +4 d      refused  10       3
 * T8  RU-TUL  paper          marriage_registration  70701000  2024-06-01        +5.5 d   +8 d      issued   5        —
 * K1  RU-KLU  portal         hunting_licence        29701000  2024-01-15        +3 d     +3 d      issued   10       4
 * K2  RU-KLU  portal         hunting_licence        29701000  2024-12-31 23:00  +2 d     —         issued   10       —
 */
import type {
  ApplicationChannel,
  ApplicationRecord,
} from '../../../../src/core/programme/channels/application-record.js';

const DAY = 86_400_000;

function application(
  applicationId: string,
  regionCode: string,
  channel: ApplicationChannel,
  serviceId: string,
  oktmo: string,
  submitted: string,
  decidedAfterDays: number | null,
  deliveredAfterDays: number | null,
  outcome: 'issued' | 'refused' | null,
  deadlineDays: number,
  rating: number | null,
): ApplicationRecord {
  const submittedAt = new Date(submitted);
  const after = (days: number | null): Date | null =>
    days === null ? null : new Date(submittedAt.getTime() + days * DAY);
  return {
    applicationId,
    regionCode,
    channel,
    serviceId,
    oktmo,
    submittedAt,
    decidedAt: after(decidedAfterDays),
    deliveredAt: after(deliveredAfterDays),
    outcome,
    deadlineDays,
    rating,
  };
}

export const TINY_LOG: readonly ApplicationRecord[] = Object.freeze([
  application(
    'T1',
    'RU-TUL',
    'portal',
    'marriage_registration',
    '70701000',
    '2024-03-01T00:00:00Z',
    2,
    3,
    'issued',
    5,
    5,
  ),
  application(
    'T2',
    'RU-TUL',
    'portal',
    'marriage_registration',
    '70701000',
    '2024-03-02T00:00:00Z',
    6,
    7,
    'refused',
    5,
    2,
  ),
  application('T3', 'RU-TUL', 'mfc', 'hunting_licence', '70701000', '2024-04-10T00:00:00Z', 4, 5, 'issued', 10, 4),
  application('T4', 'RU-TUL', 'mfc', 'hunting_licence', '70701000', '2024-04-11T00:00:00Z', null, null, null, 10, null),
  application(
    'T5',
    'RU-TUL',
    'mobile_office',
    'marriage_registration',
    '70620000',
    '2024-02-05T00:00:00Z',
    1,
    1,
    'issued',
    5,
    5,
  ),
  application(
    'T6',
    'RU-TUL',
    'mobile_office',
    'hunting_licence',
    '70620000',
    '2024-02-06T00:00:00Z',
    10,
    12,
    'issued',
    10,
    null,
  ),
  application(
    'T7',
    'RU-TUL',
    'mobile_office',
    'hunting_licence',
    '70630000',
    '2024-05-20T00:00:00Z',
    3,
    4,
    'refused',
    10,
    3,
  ),
  application(
    'T8',
    'RU-TUL',
    'paper',
    'marriage_registration',
    '70701000',
    '2024-06-01T00:00:00Z',
    5.5,
    8,
    'issued',
    5,
    null,
  ),
  application('K1', 'RU-KLU', 'portal', 'hunting_licence', '29701000', '2024-01-15T00:00:00Z', 3, 3, 'issued', 10, 4),
  application(
    'K2',
    'RU-KLU',
    'portal',
    'hunting_licence',
    '29701000',
    '2024-12-31T23:00:00Z',
    2,
    null,
    'issued',
    10,
    null,
  ),
]);
