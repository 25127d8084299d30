import type { AppConfig } from './app-config.js';

/**
 * Settings that are valid but probably not what an operator wants, said once at start-up by every
 * process that sends links to requesters (the API and the worker).
 */
export function configWarnings(config: AppConfig): string[] {
  const warnings: string[] = [];
  if (config.publicBaseUrl === undefined) {
    warnings.push(
      'PUBLIC_BASE_URL is not set: status links in e-mails are relative and acknowledgement ' +
        'letters are refused (LETTER.STATUS_URL_NOT_ABSOLUTE). Set it to the address requesters use.',
    );
  }
  // Letters live in the database, but document files live in this directory: with PostgreSQL
  // several instances share the database, so a per-process default would let one instance store a
  // file that the others cannot serve.
  if (config.database.type === 'postgres' && !config.documents.dirConfigured) {
    warnings.push(
      `DOCUMENTS_DIR is not set: document files are stored in ${config.documents.dir}. With ` +
        'DATABASE_URL, set it to one directory that the API and the worker (every instance) share.',
    );
  }
  return warnings;
}
