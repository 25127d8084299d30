// The spreadsheet's columns: the header the template writes, every header the platform's importer
// recognises, and which columns it requires. Headers are matched as the importer does, so a file
// made for the platform reads here the same way.

export type ColumnKey =
  | 'id'
  | 'matter'
  | 'familyId'
  | 'emailThreadId'
  | 'document'
  | 'fileType'
  | 'date'
  | 'assessment'
  | 'suspended'
  | 'grounds'
  | 'remark'
  | 'publicLinks'
  | 'relatedIds'
  | 'caseNumbers'
  | 'publicationContext';

export interface Column {
  readonly key: ColumnKey;
  /** The template's header; the export writes it. */
  readonly header: string;
  /** Every name the importer accepts, already normalised (see `normaliseHeader`). */
  readonly names: readonly string[];
  /** The importer refuses a file without this column. */
  readonly requiredColumn: boolean;
}

const column = (
  key: ColumnKey,
  header: string,
  names: readonly string[],
  requiredColumn = false,
): Column => ({ key, header, names, requiredColumn });

/** The template's 14 columns in template order: the order the export writes. */
export const TEMPLATE_COLUMNS: readonly Column[] = [
  column('id', 'ID', ['id'], true),
  column('matter', 'Matter', ['matter', 'matter / marjoleinnummer']),
  column('familyId', 'Family', ['family', 'familie', 'family id']),
  column('emailThreadId', 'Email Thread ID', ['thread id', 'email thread id', 'email thread']),
  column(
    'document',
    'Document',
    [
      'document',
      'document id',
      'documentnr',
      'document nr',
      'documentnr.',
      'document nr.',
      'nr.',
      'omschrijving',
      'name',
    ],
    true,
  ),
  column('fileType', 'File Type', ['file type', 'filetype']),
  column('date', 'Datum', ['date', 'datum', 'datum (utc)']),
  column('assessment', 'Beoordeling', ['beoordeling', 'openbaarmaking'], true),
  column('suspended', 'Opgeschort', ['opgeschort', 'suspended', 'tag015']),
  column(
    'grounds',
    'Beoordelingsgrond',
    [
      'beoordelingsgrond',
      'grond',
      'tagmulti006',
      'beoordelingsgrond (; gescheiden)',
      'code entries',
    ],
    true,
  ),
  column('remark', 'Toelichting', ['toelichting', 'opmerking']),
  column('publicLinks', 'Publieke Link', [
    'publiekelinktag',
    'publieke link',
    'publiekelink',
    'publicatielink',
    'publicatie link',
    'publiekelink ( | gescheiden)',
  ]),
  column('relatedIds', 'Gerelateerd ID', ['gerelateerd id']),
  column('caseNumbers', 'Zaaknummer', ['zaaknr', 'casenr', 'zaak', 'case', 'zaaknummer']),
];

/** Not in the template: the platform accepts it instead of Matter. */
export const PUBLICATION_CONTEXT_COLUMN = column('publicationContext', 'publicatiecontext', [
  'publicatiecontext',
  'publicationcontext',
  'publication context',
  'publication_context',
]);

export const ALL_COLUMNS: readonly Column[] = [...TEMPLATE_COLUMNS, PUBLICATION_CONTEXT_COLUMN];

/** As the importer: lower case, trimmed, leading digits stripped ("06 Datum" → "datum"). */
export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/^\d+/, '').trim();
}

/** The column a header names, or undefined for a column the importer ignores ("Periode"). */
export function columnForHeader(header: string): Column | undefined {
  const name = normaliseHeader(header);
  return ALL_COLUMNS.find((c) => c.names.includes(name));
}
