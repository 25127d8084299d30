import { MEDIA, type MediaType } from './media-types.js';

/** The extension LibreOffice reads each office type by. */
const OFFICE_EXTENSIONS: ReadonlyMap<MediaType, string> = new Map<MediaType, string>([
  [MEDIA.docx, 'docx'],
  [MEDIA.xlsx, 'xlsx'],
  [MEDIA.pptx, 'pptx'],
  [MEDIA.odt, 'odt'],
  [MEDIA.ods, 'ods'],
  [MEDIA.odp, 'odp'],
]);

export const isOffice = (type: string): boolean => OFFICE_EXTENSIONS.has(type as MediaType);

/** The extension LibreOffice should read an office document by. */
export function officeExtensionOf(type: string): string {
  const extension = OFFICE_EXTENSIONS.get(type as MediaType);
  if (extension === undefined) throw new Error(`Not an office type: ${type}`);
  return extension;
}

/** Why a document was kept without a PDF, as the clerk reads it. */
export const NOT_CONVERTED = {
  unavailable:
    'Niet omgezet naar PDF: LibreOffice is niet geïnstalleerd op de server. Het document is bewaard zoals het is aangeleverd.',
  timed_out:
    'Niet omgezet naar PDF: het omzetten duurde te lang. Het document is bewaard zoals het is aangeleverd.',
  failed:
    'Niet omgezet naar PDF: LibreOffice stopte met een fout. Het document is bewaard zoals het is aangeleverd.',
  unreadable:
    'Niet omgezet naar PDF: LibreOffice kan het bestand niet openen. Het document is bewaard zoals het is aangeleverd.',
} as const;
