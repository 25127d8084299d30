import { barChartView } from './bar-chart.js';

describe('barChartView', () => {
  const view = barChartView({
    id: 'g1',
    title: 'Ontvangen en besloten',
    description: 'Per maand',
    categories: ['januari 2025', 'februari 2025'],
    series: [
      { name: 'Ontvangen', values: [4, 2] },
      { name: 'Besloten', values: [1, null] },
    ],
  });

  it('draws one bar per value, the highest reaching the top of the plot', () => {
    expect(view.bars).toHaveLength(3);
    expect(view.max).toBe(4);
    expect(Math.max(...view.bars.map((b) => b.height))).toBe(170);
    expect(view.bars.find((b) => b.height === 170)!.y).toBe(20);
  });

  it('tells the series apart by pattern and names them in the legend', () => {
    expect(view.legend.map((l) => [l.name, l.fill])).toEqual([
      ['Ontvangen', '#154273'],
      ['Besloten', 'url(#g1-streep)'],
    ]);
    expect(view.labels.map((l) => l.text)).toEqual(['januari 2025', 'februari 2025']);
  });
});
