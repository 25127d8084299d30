import { LocalDate } from '@wobdesk/domain';
import type { InventoryRow } from '@wobdesk/inventory';

/** The inventory rows as stored with a publication: dates as 'YYYY-MM-DD'. */
export function inventoryToJson(rows: readonly InventoryRow[]): string {
  return JSON.stringify(rows.map((r) => ({ ...r, date: r.date?.toString() })));
}

/** The inverse of {@link inventoryToJson}. */
export function inventoryFromJson(json: string): InventoryRow[] {
  const rows = JSON.parse(json) as (Omit<InventoryRow, 'date'> & { date?: string })[];
  return rows.map(({ date, ...rest }) => ({
    ...rest,
    ...(date !== undefined && { date: LocalDate.parse(date) }),
  }));
}
