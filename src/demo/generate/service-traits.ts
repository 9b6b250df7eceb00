/**
 * Illustrative traits of the 18 catalogue services, used only to give the synthetic dataset a realistic structure.
 * They are plausible orders of magnitude, not official figures: legal deadlines in calendar days, relative demand,
 * the share of applications that need interagency (SMEV) requests, a base refusal rate, and a latent difficulty
 * (higher = harder to deliver well online). `hasFee: false` services get an empty fee_online cell.
 */
export interface ServiceTraits {
  hasFee: boolean;
  deadlineDays: number;
  demandWeight: number;
  interagencyShare: number;
  refusalBase: number;
  difficulty: number;
}

const t = (
  hasFee: boolean,
  deadlineDays: number,
  demandWeight: number,
  interagencyShare: number,
  refusalBase: number,
  difficulty: number,
): ServiceTraits => ({ hasFee, deadlineDays, demandWeight, interagencyShare, refusalBase, difficulty });

export const SERVICE_TRAITS: Readonly<Record<string, ServiceTraits>> = Object.freeze({
  marriage_registration: t(true, 30, 6, 0.1, 0.02, -0.4),
  hunting_licence: t(true, 5, 1, 0.6, 0.04, 0),
  kindergarten_enrolment: t(false, 7, 10, 0.3, 0.03, -0.6),
  school_enrolment: t(false, 7, 8, 0.2, 0.03, -0.5),
  construction_permit: t(true, 7, 1, 0.9, 0.08, 0.5),
  urban_plan: t(true, 20, 1.5, 0.8, 0.05, 0.3),
  land_lease: t(true, 30, 1.5, 0.9, 0.12, 0.6),
  housing_registry: t(false, 30, 2, 0.9, 0.08, 0.3),
  redevelopment_approval: t(false, 45, 1.5, 0.8, 0.07, 0.5),
  address_assignment: t(false, 18, 2, 0.7, 0.04, 0.3),
  alcohol_licence: t(true, 30, 0.4, 0.8, 0.06, 0.3),
  taxi_permit: t(true, 30, 0.8, 0.7, 0.05, 0.2),
  large_family_certificate: t(false, 30, 3, 0.6, 0.03, 0.1),
  archive_certificate: t(false, 30, 5, 0.1, 0.03, 0.1),
  child_allowance: t(false, 10, 9, 0.8, 0.04, -0.2),
  utility_subsidy: t(false, 10, 8, 0.9, 0.05, 0),
  labour_veteran_title: t(false, 30, 3, 0.5, 0.04, 0.2),
  medical_licence: t(true, 45, 0.3, 0.8, 0.07, 0.4),
});

/** The traits of a service. @throws RangeError for a service the generator does not know */
export function serviceTraits(serviceId: string): ServiceTraits {
  const traits = SERVICE_TRAITS[serviceId];
  if (!traits) throw new RangeError(`demo generator has no traits for service "${serviceId}"`);
  return traits;
}

/**
 * Latent difficulty of each stage (higher = fewer regions do it well): information is easiest, receiving the result
 * electronically and status tracking the hardest, as in the public monitoring reports.
 */
export const STAGE_DIFFICULTY: Readonly<Record<string, number>> = Object.freeze({
  info: -1.0,
  appointment: -0.3,
  e_application: 0,
  fee_payment: 0.2,
  interagency: 0.1,
  status: 0.4,
  decision: 0,
  e_result: 0.8,
  quality_rating: -0.2,
  appeal: 0.5,
});
