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
