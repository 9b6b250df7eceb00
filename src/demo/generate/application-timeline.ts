/**
 * The life of one synthetic application after submission: registration, interagency request, decision, delivery,
 * outcome and rating. All durations are drawn from the cell's random stream in a fixed order (every draw is made
 * whatever the branch), so the stream never shifts. Times are in minutes-rounded milliseconds (UTC).
 *
 * - registration: portal 1–180 min; MFC and mobile office 10 min – 1 day; paper 1–3 days.
 * - interagency (probability = the service's interagency share): sent 0–1 day after registration, scaled by
 *   (1 − m/2); answered after exp(N(ln μ, 0.6)) days, μ = max(0.3, 4.5 − 3m − 0.5t); 2 % never answered.
 * - decision: within the deadline D with probability c (the cell's compliance), after D·(0.08 + 0.9·u^(1+m+0.3t))
 *   days; otherwise after D·(1 + 0.6u) days; stuck applications (outliers) take 4–8 times longer. Never before
 *   registration + 30 min nor before the interagency answer + 2 h.
 * - refusal probability: service base × (1.6 − m); delivery: portal 0–0.1 day, MFC exp(N(ln(2.5 − 1.5m), 0.6)) days,
 *   paper 2–10, mobile office 3–14; 3 % never collected.
 * - rating (only when decided): asked with probability portal 0.35, MFC 0.25, mobile 0.30, paper 0.05;
 *   round(N(3.45 + 1.35m + 0.08t − 0.8·refused, 0.8)) limited to 1..5.
 * Stages after the log's extraction time stay empty (a decision not yet taken has no outcome and no rating).
 * m = region maturity, t = years since the first demo year.
 */
import type { ApplicationRecord, Channel } from './application-record.js';
import { clamp, type Random } from './random.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const roundMinute = (ms: number): number => Math.round(ms / MINUTE) * MINUTE;
const RATING_ASKED: Readonly<Record<Channel, number>> = { portal: 0.35, mfc: 0.25, mobile_office: 0.3, paper: 0.05 };

export interface TimelineContext {
  maturity: number;
  yearsSinceStart: number;
  deadlineDays: number;
  compliance: number;
  interagencyShare: number;
  refusalBase: number;
  stuckRate: number;
  extractedAt: number;
}

type Timeline = Omit<
  ApplicationRecord,
  'applicationId' | 'regionCode' | 'oktmo' | 'serviceId' | 'channel' | 'submittedAt' | 'deadlineDays'
>;

/** The stages of one application submitted at `submittedAt` through `channel`. */
export function applicationTimeline(
  random: Random,
  ctx: TimelineContext,
  channel: Channel,
  submittedAt: number,
): Timeline {
  const m = ctx.maturity;
  const t = ctx.yearsSinceStart;
  const u: number[] = [];
  for (let k = 0; k < 12; k++) u.push(random.uniform());
  const z0 = random.normal();
  const z1 = random.normal();
  const z2 = random.normal();
  const registrationDelay =
    channel === 'portal'
      ? (1 + 179 * u[0]) * MINUTE
      : channel === 'paper'
        ? (1 + 2 * u[0]) * DAY
        : (10 + 1430 * u[0]) * MINUTE;
  const registeredAt = roundMinute(submittedAt + registrationDelay);

  const interagency = u[1] < ctx.interagencyShare;
  const sentAt = interagency ? roundMinute(registeredAt + u[2] * (1 - m / 2) * DAY) : null;
  const answerDays = Math.exp(Math.log(Math.max(0.3, 4.5 - 3 * m - 0.5 * t)) + 0.6 * z0);
  let answeredAt = sentAt !== null && u[3] >= 0.02 ? roundMinute(sentAt + answerDays * DAY) : null;

  const withinDeadline = u[4] < ctx.compliance;
  let days = withinDeadline
    ? ctx.deadlineDays * (0.08 + 0.9 * u[5] ** (1 + m + 0.3 * t))
    : ctx.deadlineDays * (1 + 0.6 * u[5]);
  if (u[6] < ctx.stuckRate) days *= 4 + 4 * u[7];
  let decidedAt: number | null = roundMinute(
    Math.max(submittedAt + days * DAY, registeredAt + 30 * MINUTE, answeredAt === null ? 0 : answeredAt + 120 * MINUTE),
  );

  const refused = u[8] < ctx.refusalBase * (1.6 - m);
  const deliveryDays =
    channel === 'portal'
      ? 0.1 * u[9]
      : channel === 'paper'
        ? 2 + 8 * u[9]
        : channel === 'mobile_office'
          ? 3 + 11 * u[9]
          : Math.exp(Math.log(2.5 - 1.5 * m) + 0.6 * z1);
  let deliveredAt: number | null = u[10] >= 0.03 ? roundMinute(decidedAt + deliveryDays * DAY) : null;
  const rated = u[11] < RATING_ASKED[channel];
  const rating = rated ? clamp(Math.round(3.45 + 1.35 * m + 0.08 * t - (refused ? 0.8 : 0) + 0.8 * z2), 1, 5) : null;

  if (answeredAt !== null && answeredAt > ctx.extractedAt) answeredAt = null;
  if (deliveredAt !== null && deliveredAt > ctx.extractedAt) deliveredAt = null;
  if (decidedAt > ctx.extractedAt) {
    decidedAt = null;
    deliveredAt = null;
  }
  return {
    registeredAt,
    interagencySentAt: sentAt,
    interagencyAnsweredAt: answeredAt,
    decidedAt,
    deliveredAt,
    outcome: decidedAt === null ? null : refused ? 'refused' : 'issued',
    rating: decidedAt === null ? null : rating,
  };
}
