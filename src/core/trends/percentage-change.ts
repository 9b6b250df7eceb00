import { endpoints } from './cagr.js';

/**
 * Percentage change of a series per `per` years (COINr prc_change): with two present values,
 *   ((y_last − y_first)·100 / y_first) · per / (t_last − t_first);
 * with three or more, from the least-squares line y = a + b·t: b·per / (a + b·t_first) · 100 (the fitted change per
 * period relative to the fitted first value).
 * Edge cases: fewer than two present values → NaN; all present values equal → 0; a zero (fitted) first value → NaN.
 * Missing values are skipped.
 * @example percentageChange([2018, 2020], [100, 110]) = 5 (% a year); [2018, 2019, 2020], [1, 2, 3] → 1/(0 + 1)·100 = 100.
 */
export function percentageChange(years: ArrayLike<number>, values: ArrayLike<number>, per = 1): number {
  const [first, last] = endpoints(years, values);
  if (first < 0) return NaN;
  const t: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < values.length; i++)
    if (values[i] === values[i]) {
      t.push(years[i]);
      y.push(values[i]);
    }
  if (y.every((v) => v === y[0])) return 0;
  let change: number;
  if (y.length === 2) {
    change = (((values[last] - values[first]) * 100) / values[first]) * (per / (years[last] - years[first]));
  } else {
    const mt = t.reduce((a, b) => a + b, 0) / t.length;
    const my = y.reduce((a, b) => a + b, 0) / y.length;
    let stt = 0;
    let sty = 0;
    t.forEach((ti, i) => {
      stt += (ti - mt) ** 2;
      sty += (ti - mt) * (y[i] - my);
    });
    const b = sty / stt;
    const a = my - b * mt;
    change = ((b * per) / (a + b * years[first])) * 100;
  }
  return Number.isFinite(change) ? change : NaN;
}
