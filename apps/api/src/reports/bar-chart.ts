// A grouped bar chart as SVG text, drawn on the server: no JavaScript, readable by a screen
// reader through its title and description (and the table printed next to it), and the series
// told apart by pattern and a label, not by colour alone.

export interface ChartSeries {
  readonly name: string;
  /** Absent for a category without a value (nothing decided that month). */
  readonly values: readonly (number | null)[];
}

export interface BarChart {
  /** Unique on the page: the ids of the title and description derive from it. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

const HEIGHT = 260;
const TOP = 30;
const BOTTOM = 60;
const LEFT = 48;
const BAR = 14;
const GAP = 12;
/** Solid, hatched, dotted: up to three series stay apart in black and white. */
const FILLS = ['#154273', 'url(#{id}-hatch)', 'url(#{id}-dots)'];

const esc = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function barChartSvg(chart: BarChart): string {
  const n = chart.series.length;
  const groupWidth = n * BAR + GAP;
  const width = LEFT + chart.categories.length * groupWidth + 20;
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + plot - (v / max) * plot;
  const fill = (i: number) => FILLS[i % FILLS.length]!.replace('{id}', chart.id);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" class="rapportage-grafiek" width="${width}" height="${HEIGHT + 24 * n}" viewBox="0 0 ${width} ${HEIGHT + 24 * n}" aria-labelledby="${chart.id}-titel ${chart.id}-beschrijving">`,
    `<title id="${chart.id}-titel">${esc(chart.title)}</title>`,
    `<desc id="${chart.id}-beschrijving">${esc(chart.description)}</desc>`,
    `<defs><pattern id="${chart.id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a4a00" stroke-width="3"/></pattern>`,
    `<pattern id="${chart.id}-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.5" fill="#1b5e20"/></pattern></defs>`,
    `<line x1="${LEFT}" y1="${TOP + plot}" x2="${width - 10}" y2="${TOP + plot}" stroke="#000000"/>`,
    `<text x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end" font-size="11">${max}</text>`,
    `<text x="${LEFT - 6}" y="${TOP + plot}" text-anchor="end" font-size="11">0</text>`,
  );
  chart.categories.forEach((category, c) => {
    const x0 = LEFT + c * groupWidth + GAP / 2;
    chart.series.forEach((series, i) => {
      const v = series.values[c];
      if (v === null || v === undefined) return;
      const x = x0 + i * BAR;
      parts.push(
        `<rect x="${x}" y="${y(v)}" width="${BAR - 2}" height="${TOP + plot - y(v)}" fill="${fill(i)}" stroke="#000000" stroke-width="0.5"/>`,
      );
    });
    parts.push(
      `<text x="${x0 + (n * BAR) / 2}" y="${TOP + plot + 14}" text-anchor="end" font-size="11" transform="rotate(-45 ${x0 + (n * BAR) / 2} ${TOP + plot + 14})">${esc(category)}</text>`,
    );
  });
  chart.series.forEach((series, i) => {
    const ly = HEIGHT + 24 * i;
    parts.push(
      `<rect x="${LEFT}" y="${ly - 12}" width="16" height="16" fill="${fill(i)}" stroke="#000000"/>`,
      `<text x="${LEFT + 24}" y="${ly + 1}" font-size="13">${esc(series.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
