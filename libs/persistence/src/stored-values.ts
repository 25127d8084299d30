/**
 * Value lists the schema constrains with CHECKs. The workflow contract has its own copies
 * (libs/workflow/src/contract.ts); `libs/workflow/src/stored-values.check.ts` fails to compile
 * when the two drift apart, and persistence does not depend on workflow (a lower layer
 * never imports a higher one).
 */
export const STORED_ROLES = ['clerk', 'coordinator'] as const;
export const STORED_CHANNELS = ['post', 'email', 'web_form', 'phone', 'in_person'] as const;
export const STORED_CONVERSATION_CHANNELS = ['phone', 'in_person', 'video', 'email'] as const;
export const STORED_ITEM_OUTCOMES = [
  'granted',
  'partly_granted',
  'refused',
  'no_documents',
  'already_public',
] as const;

/** `"column" IN ('a', 'b')`: portable SQL for a CHECK over a list of strings. */
export function inList(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}
