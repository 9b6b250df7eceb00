/** A chart as plain data: what to draw, not how. The renderer turns a spec into PNG pixels. */
export interface BarSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
  /** 'bar' (default) or 'point' markers drawn over the bars (e.g. medians, rank interval ends). */
  readonly mark?: 'bar' | 'point';
}

export interface ChartSpec {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  /** Category labels (one per bar row). */
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  readonly valueAxis: { readonly title: string; readonly min?: number; readonly max?: number; readonly reverse?: boolean };
  /** A footnote, e.g. the synthetic-data warning and the source. */
  readonly note: string;
}
