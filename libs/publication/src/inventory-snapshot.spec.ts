import { LocalDate } from '@wobdesk/domain';
import type { InventoryRow } from '@wobdesk/inventory';
import { inventoryFromJson, inventoryToJson } from './inventory-snapshot.js';

const row: InventoryRow = {
  id: '12',
  matter: 'WOO-2026-3',
  document: 'E-mail over "de kap" & de bouw',
  date: LocalDate.parse('2026-03-02'),
  assessment: 'Deels openbaar',
  suspended: false,
  grounds: ['5.1.2e'],
  publicLinks: [],
  relatedIds: ['WOO-2026-3-13'],
  caseNumbers: [],
};

describe('the inventory snapshot of a publication', () => {
  it('keeps every row as it was, the date as a calendar date', () => {
    const undated: InventoryRow = { ...row, id: '13', date: undefined };
    const back = inventoryFromJson(inventoryToJson([row, undated]));
    expect(back[0]!.date?.equals(row.date!)).toBe(true);
    expect({ ...back[0], date: undefined }).toEqual({ ...row, date: undefined });
    expect(back[1]).toEqual({ ...row, id: '13', date: undefined });
    expect('date' in back[1]!).toBe(false);
  });
});
