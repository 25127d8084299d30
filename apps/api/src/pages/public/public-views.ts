import type { InventoryRow } from '@wobdesk/inventory';
import { longDate } from '@wobdesk/letters';

/** One inventory row as the public page shows it. */
export interface PublicInventoryRow {
  readonly id: string;
  readonly document: string;
  readonly date: string;
  readonly assessment: string;
  readonly grounds: string;
}

/** The inventory as the public table: number, description, date, assessment, grounds. */
export function inventoryTable(rows: readonly InventoryRow[]): PublicInventoryRow[] {
  return rows.map((r) => ({
    id: r.id,
    document: r.document,
    date: r.date === undefined ? '' : longDate(r.date),
    assessment: r.assessment,
    grounds: r.grounds.join(', '),
  }));
}
