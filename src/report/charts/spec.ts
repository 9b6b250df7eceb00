/** A chart as plain data: what to draw, not how. The renderer turns a spec into PNG pixels. */
export interface BarSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
  /** 'bar' (default), 'point' markers drawn over the bars (e.g. medians), or 'range' whiskers from `ranges`. */
  readonly mark?: 'bar' | 'point' | 'range';
  /** For mark 'range': [low, high] per category (null where there is none); `values` is then ignored. */
  readonly ranges?: readonly (readonly [number, number] | null)[];
  /** A fill per category (e.g. the region's band, or rise against fall), instead of `colour` for that bar. */
  readonly colours?: readonly string[];
  /** Text set just past the end of each bar (null: none), e.g. the score with a decimal comma on Russian charts. */
  readonly valueLabels?: readonly (string | null)[];
}

/** One entry of a chart's own legend: a swatch (box, or dot for point marks) and its text. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly mark?: 'box' | 'point';
}

export interface ChartSpec {
  readonly id: string;
  readonly kind: string;
  /** The chart's language: axis numbers in its notation (decimal comma and spaced thousands in Russian). */
  readonly lang?: 'ru' | 'en';
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
    /** The tick values to label (e.g. places 1, 10, …, 85), instead of chart.js's own. */
    readonly ticks?: readonly number[];
  };
  /** The legend's entries when they are not one per series (e.g. the bands of the bars); [] for none. */
  readonly legend?: readonly LegendEntry[];
  /** A footnote, e.g. the synthetic-data warning and the source. */
  readonly note: string;
}
