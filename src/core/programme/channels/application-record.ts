/**
 * One application from the event log, as the programme analytics see it (the DB row is mapped to this shape
 * in src/programme). Times are instants; durations are measured in days of 86,400,000 ms.
 */
export const APPLICATION_CHANNELS = ['portal', 'mfc', 'mobile_office', 'paper'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

export const APPLICATION_OUTCOMES = ['issued', 'refused'] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

export interface ApplicationRecord {
  readonly applicationId: string;
  readonly regionCode: string;
  /** OKTMO code of the municipality where the application was filed (for mobile offices: where they worked). */
  readonly oktmo: string;
  readonly serviceId: string;
  readonly channel: ApplicationChannel;
  readonly submittedAt: Date;
  readonly decidedAt: Date | null;
  readonly deliveredAt: Date | null;
  readonly outcome: ApplicationOutcome | null;
  /** The legal deadline for the decision, in days. */
  readonly deadlineDays: number;
  /** Citizen rating 1–5, or null when not rated. */
  readonly rating: number | null;
}

export const MS_PER_DAY = 86_400_000;

/** Days from submission to delivery of the result ((deliveredAt − submittedAt) / 1 day), or null if not delivered. */
export function daysToResult(a: ApplicationRecord): number | null {
  return a.deliveredAt === null ? null : (a.deliveredAt.getTime() - a.submittedAt.getTime()) / MS_PER_DAY;
}

/**
 * Whether the decision came within the legal deadline: (decidedAt − submittedAt) / 1 day ≤ deadlineDays,
 * counted in elapsed (fractional) days. Null when there is no decision yet.
 */
export function decidedWithinDeadline(a: ApplicationRecord): boolean | null {
  if (a.decidedAt === null) return null;
  return (a.decidedAt.getTime() - a.submittedAt.getTime()) / MS_PER_DAY <= a.deadlineDays;
}
