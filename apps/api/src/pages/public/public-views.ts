import type { InventoryRow } from '@wobdesk/inventory';

/** One inventory row as the public page shows it. */
export interface PublicInventoryRow {
  readonly id: string;
  readonly document: string;
  /** YYYY-MM-DD, or '' when the document has no date (the page prints a dash). */
  readonly documentDate: string;
  readonly assessment: string;
  readonly grounds: string;
}

/** The inventory as the public table: number, description, date, assessment, grounds. */
export function inventoryTable(rows: readonly InventoryRow[]): PublicInventoryRow[] {
  return rows.map((r) => ({
    id: r.id,
    document: r.document,
    documentDate: r.date?.toString() ?? '',
    assessment: r.assessment,
    grounds: r.grounds.join(', '),
  }));
}
