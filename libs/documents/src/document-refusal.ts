/** Why a file was refused at intake: a stable code, the HTTP status it means, and the texts. */
const REFUSALS = {
  'DOCUMENT.EMPTY': {
    status: 422,
    nl: 'Het bestand is leeg (0 bytes).',
    en: 'The file is empty (0 bytes).',
  },
  'DOCUMENT.TOO_LARGE': {
    status: 413,
    nl: 'Het bestand is groter dan is toegestaan.',
    en: 'The file is larger than allowed.',
  },
  'DOCUMENT.TYPE_MISMATCH': {
    status: 415,
    nl: 'De extensie van de bestandsnaam past niet bij de inhoud van het bestand.',
    en: "The file name's extension does not match the file's content.",
  },
  'DOCUMENT.UNSUPPORTED_TYPE': {
    status: 415,
    nl: 'Dit soort bestand kan Wobdesk niet opnemen (wel: PDF, e-mail, Office, afbeeldingen, ZIP).',
    en: 'Wobdesk cannot take this type of file (it takes PDF, e-mail, office files, images, ZIP).',
  },
  'DOCUMENT.CORRUPT': {
    status: 422,
    nl: 'Het bestand is beschadigd en kan niet worden gelezen.',
    en: 'The file is damaged and cannot be read.',
  },
  'DOCUMENT.ENCRYPTED': {
    status: 422,
    nl: 'Het bestand is versleuteld of met een wachtwoord beveiligd. Lever het zonder beveiliging aan.',
    en: 'The file is encrypted or password-protected. Provide it without protection.',
  },
  'DOCUMENT.OFFICE_UNREADABLE': {
    status: 422,
    nl: 'Het Office-bestand kan niet worden geopend: het is beschadigd of met een wachtwoord beveiligd. Lever het aan zonder wachtwoord, of als PDF.',
    en: 'The office file cannot be opened: it is damaged or password-protected. Provide it without a password, or as a PDF.',
  },
  'DOCUMENT.ZIP_UNSAFE_PATH': {
    status: 422,
    nl: 'Het ZIP-bestand bevat een onveilige bestandsnaam (een pad buiten het archief).',
    en: 'The ZIP archive holds an unsafe file name (a path outside the archive).',
  },
  'DOCUMENT.ZIP_BOMB': {
    status: 422,
    nl: 'Het ZIP-bestand pakt uit tot te veel of te grote bestanden, of is te diep genest.',
    en: 'The ZIP archive unpacks to too many or too large files, or is nested too deeply.',
  },
  'DOCUMENT.MALFORMED_UPLOAD': {
    status: 400,
    nl: 'De upload is niet goed aangekomen (geen geldig multipart/form-data, of te veel delen).',
    en: 'The upload did not arrive intact (no valid multipart/form-data, or too many parts).',
  },
  'DOCUMENT.NO_FILES': {
    status: 400,
    nl: 'Stuur een of meer bestanden mee (multipart/form-data, veld "files").',
    en: 'Send one or more files (multipart/form-data, field "files").',
  },
} as const;

export type DocumentRefusalCode = keyof typeof REFUSALS;
export const DOCUMENT_REFUSAL_CODES = Object.keys(REFUSALS) as readonly DocumentRefusalCode[];

/**
 * A file refused at intake. `fileName` names the file as the clerk knows it: for a file inside
 * an e-mail or an archive, the path through them (`archief.zip › brief.pdf`).
 */
export class DocumentRefusal extends Error {
  readonly status: number;
  readonly nl: string;
  readonly en: string;

  constructor(
    readonly code: DocumentRefusalCode,
    readonly fileName: string | undefined,
    readonly details: Record<string, unknown> = {},
  ) {
    const refusal = REFUSALS[code];
    const about = fileName === undefined ? '' : ` (${fileName})`;
    super(`${code}: ${refusal.en}${about}`);
    this.status = refusal.status;
    this.nl = `${refusal.nl.replace(/\.$/, '')}${about}.`;
    this.en = `${refusal.en.replace(/\.$/, '')}${about}.`;
  }
}
