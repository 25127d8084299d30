import { csvCell, reportCsv } from './report-csv.js';

describe('the report CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+31')).toBe("'+31");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Jansen, P.')).toBe('"Jansen, P."');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('writes each table under its title', () => {
    const csv = reportCsv([
      { id: 'a', title: 'Eerste', columns: ['x', 'y'], rows: [[1, 'b']] },
      { id: 'b', title: 'Tweede', columns: ['z'], rows: [] },
    ]);
    expect(csv).toBe('Eerste\r\nx,y\r\n1,b\r\n\r\nTweede\r\nz\r\n');
  });
});
