/**
 * Draws a ChartSpec as a PNG (and, on an SVG surface, as SVG): chart.js on an @napi-rs/canvas (no system libraries, no browser), horizontal bars
 * with optional point markers and whiskers (floating bars 3 px thick), title, axis title and footnote, with animations and device scaling off so the same
 * spec gives the same pixels.
 */
import type { SvgCanvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, registerables } from 'chart.js';
import { hasValueLabels, legendItems, valueLabelsPlugin } from './bar-labels.js';
import { FONT_FAMILY, registerFonts } from './fonts.js';
import { encodePng, encodePngSync } from './png-file.js';
import type { ChartSpec } from './spec.js';
import { type MakeSurface, pngSurface, type Surface, svgSurface } from './surface.js';

let chartJsReady = false;

export function renderChartPng(spec: ChartSpec): Buffer {
  const { canvas, chart } = drawChart(spec, pngSurface);
  const png = encodePngSync(canvas);
  chart.destroy();
  return png;
}

/** The same PNG bytes as renderChartPng, compressed off this thread (libuv's pool) so the caller can draw the next chart. */
export function encodeChartPng(spec: ChartSpec): Promise<Buffer> {
  const { canvas, chart } = drawChart(spec, pngSurface);
  const png = encodePng(canvas); // takes a copy of the pixels before it returns
  chart.destroy();
  return png;
}

/** The chart as the SVG canvas writes it (unfinished: svg-file.ts adds the viewBox, title and description). */
export function renderChartSvg(spec: ChartSpec): string {
  const { canvas, chart } = drawChart<SvgCanvas>(spec, svgSurface);
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  return svg;
}

function drawChart<S extends Surface>(spec: ChartSpec, make: MakeSurface<S>): { canvas: S; chart: Chart } {
  registerFonts();
  if (!chartJsReady) {
    Chart.register(...registerables);
    chartJsReady = true;
  }
  Chart.defaults.font.family = FONT_FAMILY;
  const canvas = make(spec.width, spec.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, spec.width, spec.height);
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: [...spec.categories],
      datasets: spec.series.map((s) =>
        s.mark === 'range'
          ? {
              type: 'bar' as const,
              order: 2,
              label: s.label,
              data: (s.ranges ?? []).map((r) => (r ? [r[0], r[1]] : null)),
              backgroundColor: s.colour,
              barThickness: 3,
              grouped: false,
            }
          : s.mark === 'point'
            ? {
                type: 'line' as const,
                order: 0,
                label: s.label,
                data: [...s.values],
                showLine: false,
                pointRadius: 5,
                pointStyle: 'circle',
                backgroundColor: s.colour,
                borderColor: s.colour,
              }
            : {
                type: 'bar' as const,
                order: 1,
                label: s.label,
                data: [...s.values],
                backgroundColor: s.colours ? [...s.colours] : s.colour,
                barPercentage: 0.8,
              },
      ) as never,
    },
    plugins: [valueLabelsPlugin(spec) as never],
    options: {
      indexAxis: 'y',
      locale: spec.lang === 'ru' ? 'ru-RU' : 'en-US',
      // room past the longest bar for its value label
      layout: { padding: { right: hasValueLabels(spec) ? 44 : 0 } },
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      plugins: {
        title: { display: true, text: spec.title, font: { size: 18, weight: 'bold' }, color: '#1b2733' },
        subtitle: { display: true, text: spec.note, position: 'bottom', color: '#8a1c1c', font: { size: 12 } },
        legend: spec.legend
          ? {
              display: spec.legend.length > 0,
              position: 'top',
              labels: { usePointStyle: true, generateLabels: () => legendItems(spec) },
            }
          : { display: spec.series.length > 1, position: 'top' },
      },
      scales: {
        x: {
          min: spec.valueAxis.min,
          max: spec.valueAxis.max,
          reverse: spec.valueAxis.reverse ?? false,
          title: { display: true, text: spec.valueAxis.title },
          ticks: { includeBounds: false },
          ...(spec.valueAxis.ticks
            ? {
                afterBuildTicks: (axis: { ticks: { value: number }[] }) =>
                  void (axis.ticks = spec.valueAxis.ticks!.map((value) => ({ value }))),
              }
            : {}),
          // an axis fitted to the data leaves room for the labels at the ends of the longest bars
          ...(hasValueLabels(spec) && spec.valueAxis.min === undefined ? { grace: '8%' } : {}),
          grid: { color: '#e3e8ee' },
        },
        y: { ticks: { autoSkip: false, font: { size: 12 } }, grid: { display: false } },
      },
    },
  };
  const chart = new Chart(context as unknown as ConstructorParameters<typeof Chart>[0], config);
  return { canvas, chart };
}
