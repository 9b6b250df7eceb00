/**
 * What a ChartSpec adds to chart.js's own drawing: the value labels set just past each bar's end (right of a
 * positive bar, left of a negative one), and the chart's own legend entries (the bands, rise against fall) in place
 * of one entry per series. Used by every renderer of a spec, so PNG and any other surface draw the same.
 */
import type { Chart, LegendItem, Plugin } from 'chart.js';
import { FONT_FAMILY } from './fonts.js';
import type { ChartSpec } from './spec.js';

const LABEL_COLOUR = '#1b2733';
const LABEL_FONT_SIZE = 12;
const GAP = 4;

/** Whether any series of the spec carries value labels (the renderer then leaves room for them). */
export const hasValueLabels = (spec: ChartSpec): boolean => spec.series.some((s) => s.valueLabels !== undefined);

/** Draws each series' `valueLabels` after the datasets, at the end of its bar (bars only; hidden bars skipped). */
export function valueLabelsPlugin(spec: ChartSpec): Plugin<'bar'> {
  return {
    id: 'egovValueLabels',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = `${LABEL_FONT_SIZE}px "${FONT_FAMILY}"`;
      ctx.fillStyle = LABEL_COLOUR;
      ctx.textBaseline = 'middle';
      spec.series.forEach((series, i) => {
        if (!series.valueLabels || (series.mark ?? 'bar') !== 'bar') return;
        chart.getDatasetMeta(i).data.forEach((element, j) => {
          const text = series.valueLabels![j];
          const value = series.values[j];
          if (text === null || text === undefined || value === null || value === undefined) return;
          const { x, y, base } = element as unknown as { x: number; y: number; base: number };
          const negative = x < base;
          ctx.textAlign = negative ? 'right' : 'left';
          ctx.fillText(text, negative ? x - GAP : x + GAP, y);
        });
      });
      ctx.restore();
    },
  };
}

/** chart.js legend items for the spec's own legend entries (a dot for point marks, a box otherwise). */
export function legendItems(spec: ChartSpec): LegendItem[] {
  return (spec.legend ?? []).map((entry) => ({
    text: entry.label,
    fillStyle: entry.colour,
    strokeStyle: entry.colour,
    lineWidth: 0,
    hidden: false,
    pointStyle: entry.mark === 'point' ? 'circle' : 'rect',
  }));
}
