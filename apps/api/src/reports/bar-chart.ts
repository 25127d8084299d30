// A grouped bar chart laid out on the server, drawn as inline SVG by the page template
// (partials/bar-chart.hbs): no JavaScript, named for a screen reader by its title and
// description (the table printed under it has every number), and the series told apart by a
// pattern and the legend, not by colour alone.

export interface ChartSeries {
  readonly name: string;
  /** Null for a category without a value (nothing decided that month). */
  readonly values: readonly (number | null)[];
}

export interface BarChart {
  /** Unique on the page: the ids of the title, description and patterns derive from it. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

export interface ChartView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly axis: {
    readonly x1: number;
    readonly x2: number;
    readonly y: number;
    readonly maxY: number;
  };
  readonly max: number;
  readonly bars: readonly { x: number; y: number; width: number; height: number; fill: string }[];
  readonly labels: readonly { x: number; y: number; text: string }[];
  readonly legend: readonly { y: number; textY: number; fill: string; name: string }[];
}

const PLOT_TOP = 20;
const PLOT_HEIGHT = 170;
const LABEL_SPACE = 80;
const LEFT = 48;
const BAR = 14;
const GAP = 12;
const LEGEND_LINE = 24;

export function barChartView(chart: BarChart): ChartView {
  const n = chart.series.length;
  const groupWidth = n * BAR + GAP;
  const width = Math.max(320, LEFT + chart.categories.length * groupWidth + 20);
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const base = PLOT_TOP + PLOT_HEIGHT;
  // Solid, hatched, dotted: three series stay apart in black and white.
  const fills = ['#154273', `url(#${chart.id}-streep)`, `url(#${chart.id}-stip)`];
  const bars = chart.categories.flatMap((_, c) =>
    chart.series.flatMap((series, i) => {
      const v = series.values[c];
      if (v === null || v === undefined) return [];
      const h = round((v / max) * PLOT_HEIGHT);
      const x = LEFT + c * groupWidth + GAP / 2 + i * BAR;
      return [{ x, y: round(base - h), width: BAR - 2, height: h, fill: fills[i % fills.length]! }];
    }),
  );
  const labels = chart.categories.map((text, c) => ({
    x: LEFT + c * groupWidth + GAP / 2 + (n * BAR) / 2,
    y: base + 14,
    text,
  }));
  const legendTop = base + LABEL_SPACE;
  return {
    id: chart.id,
    title: chart.title,
    description: chart.description,
    width,
    height: legendTop + n * LEGEND_LINE,
    axis: { x1: LEFT, x2: width - 10, y: base, maxY: PLOT_TOP + 4 },
    max,
    bars,
    labels,
    legend: chart.series.map((s, i) => ({
      y: legendTop + i * LEGEND_LINE - 12,
      textY: legendTop + i * LEGEND_LINE + 1,
      fill: fills[i % fills.length]!,
      name: s.name,
    })),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;
