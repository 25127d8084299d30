// What is wrong with a file or one of its rows: a stable code for programs and a Dutch sentence
// for the clerk, naming the row and the column. Never thrown: the reader returns them.

export type InventoryIssueCode =
  | 'unreadable'
  | 'no_header'
  | 'missing_columns'
  | 'id_missing'
  | 'id_invalid'
  | 'id_duplicate'
  | 'matter_missing'
  | 'matter_too_short'
  | 'matter_and_publication_context'
  | 'family_not_numeric'
  | 'thread_not_numeric'
  | 'document_missing'
  | 'document_too_long'
  | 'date_invalid'
  | 'assessment_missing'
  | 'assessment_unknown'
  | 'ground_unknown'
  | 'remark_too_long'
  | 'link_invalid'
  | 'link_too_long'
  // An import into a request: a row naming no document of it, or a copy (assessed with its
  // twin), a sheet without rows.
  | 'id_unknown'
  | 'id_is_copy'
  | 'no_rows';

export interface InventoryIssue {
  readonly code: InventoryIssueCode;
  /** The spreadsheet's row number (the header is row 1); absent for a problem of the whole file. */
  readonly line?: number;
  /** The column's header as the template writes it. */
  readonly column?: string;
  /** Plain Dutch for the clerk. */
  readonly message: string;
}

export function issue(
  code: InventoryIssueCode,
  message: string,
  at: { line?: number; column?: string } = {},
): InventoryIssue {
  return { code, message, ...at };
}

/** "Rij 3, kolom ID: …" or, for the whole file, the message alone. */
export function formatIssue(i: InventoryIssue): string {
  const where = [
    i.line !== undefined ? `rij ${i.line}` : undefined,
    i.column !== undefined ? `kolom ${i.column}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return where === '' ? i.message : `${where[0].toUpperCase()}${where.slice(1)}: ${i.message}`;
}
