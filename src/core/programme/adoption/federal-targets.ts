/**
 * The federal target for the share of residents using e-services (Decree No. 601 of 7 May 2012): 40% in
 * 2015, 50% in 2016, 60% in 2017 and 70% by 2018. Shares are percentages (0–100) throughout the programme
 * module. No federal milestone was set after 2018; we hold 70% as the standing target for later years.
 */
import type { TargetMilestone } from './milestone.js';

export const FEDERAL_ADOPTION_TARGETS: readonly TargetMilestone[] = Object.freeze([
  { year: 2015, share: 40 },
  { year: 2016, share: 50 },
  { year: 2017, share: 60 },
  { year: 2018, share: 70 },
]);
