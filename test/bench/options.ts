// Reading the `--name value` options of the async sections (run.ts passes them as strings).

/** A bad option value; run.ts prints it with the usage line and exits with 2. */
export class UsageError extends Error {}

/** A whole number ≥ `min`, or `fallback` when the option is absent. */
export function intOption(
  options: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  min = 1,
): number {
  const raw = options[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError(`--${name} ${raw}: give a whole number ≥ ${min}`);
  }
  return n;
}

/** A number > 0 (seconds may be fractional), or `fallback` when the option is absent. */
export function positiveOption(
  options: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
): number {
  const raw = options[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} ${raw}: give a number > 0`);
  return n;
}
