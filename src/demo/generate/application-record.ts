/** One synthetic application event-log row; timestamps in milliseconds since the epoch (UTC), null = stage not passed. */
import type { ApplicationChannel, ApplicationOutcome } from '../../core/programme/channels/application-record.js';

/** The channel and outcome sets are the core's (src/core/programme/channels/application-record.ts), written once. */
export type Channel = ApplicationChannel;
export type Outcome = ApplicationOutcome;

export interface ApplicationRecord {
  applicationId: string;
  regionCode: string;
  oktmo: string;
  serviceId: string;
  channel: Channel;
  submittedAt: number;
  registeredAt: number | null;
  interagencySentAt: number | null;
  interagencyAnsweredAt: number | null;
  decidedAt: number | null;
  deliveredAt: number | null;
  outcome: Outcome | null;
  deadlineDays: number;
  rating: number | null;
}

/** The CSV header of the applications layout, in column order. */
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
