import type { Imputer } from './imputer.js';

/**
 * Panel imputation "latest" (COINr impute_panel, imp_type "latest"): a missing value of this year takes the unit's
 * value of the same indicator in the latest earlier year where it is present; the year it came from is written to
 * `panel.origin` (the build state's imputedYears), so reports can show "2018 value".
 * Edge cases: a unit missing in every year stays missing; data without earlier years (no panel) throws, since
 * "latest" cannot mean anything there; present values are never replaced.
 * @example this year NaN, 2019 NaN, 2018 7, 2017 5 → 7 from 2018.
 */
export const imputeLatest: Imputer = (x, out, _groups, panel) => {
  if (!panel)
    throw new RangeError('latest: the data has no earlier years to take values from (a panel dataset is needed)');
  for (let u = 0; u < x.length; u++) {
    out[u] = x[u];
    if (x[u] === x[u]) continue;
    for (let i = panel.years.length - 1; i >= 0; i--) {
      const v = panel.columns[i][u];
      if (v === v) {
        out[u] = v;
        panel.origin[u] = panel.years[i];
        break;
      }
    }
  }
};
