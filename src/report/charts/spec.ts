/** A chart as plain data: what to draw, not how. The renderer turns a spec into PNG pixels. */
export interface BarSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
  /** 'bar' (default), 'point' markers drawn over the bars (e.g. medians), or 'range' whiskers from `ranges`. */
  readonly mark?: 'bar' | 'point' | 'range';
  /** For mark 'range': [low, high] per category (null where there is none); `values` is then ignored. */
  readonly ranges?: readonly (readonly [number, number] | null)[];
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
  readonly valueAxis: {
    readonly title: string;
    readonly min?: number;
    readonly max?: number;
    readonly reverse?: boolean;
  };
  /** A footnote, e.g. the synthetic-data warning and the source. */
  readonly note: string;
}
