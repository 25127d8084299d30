import { barChartSvg } from './bar-chart.js';

describe('barChartSvg', () => {
  const svg = barChartSvg({
    id: 'g1',
    title: 'Ontvangen <en> besloten',
    description: 'Per maand',
    categories: ['januari 2025', 'februari 2025'],
    series: [
      { name: 'Ontvangen', values: [4, 2] },
      { name: 'Besloten', values: [1, null] },
    ],
  });

  it('names itself for a screen reader and escapes text', () => {
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="g1-titel g1-beschrijving"');
    expect(svg).toContain('<title id="g1-titel">Ontvangen &lt;en&gt; besloten</title>');
  });

  it('draws one bar per value and tells the series apart by pattern, with a legend', () => {
    expect(svg.match(/<rect x="\d+(\.\d+)?" y="[\d.]+" width="12"/g)).toHaveLength(3);
    expect(svg).toContain('url(#g1-hatch)');
    expect(svg).toContain('>Besloten</text>');
  });
});
