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
  return warnings;
}
