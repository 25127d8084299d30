/** `"column" IN ('a', 'b')`: portable SQL for a CHECK over a list of strings. */
export function inList(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}
