/**
 * Whether a failed statement broke a unique key: PostgreSQL's SQLSTATE 23505 or better-sqlite3's
 * SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY. TypeORM wraps the driver's error in `driverError`.
 */
export function isUniqueViolation(error: unknown): boolean {
  const codes = [codeOf(error), codeOf((error as { driverError?: unknown } | null)?.driverError)];
  return codes.some(
    (code) =>
      code === '23505' ||
      code === 'SQLITE_CONSTRAINT_UNIQUE' ||
      code === 'SQLITE_CONSTRAINT_PRIMARYKEY',
  );
}

function codeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? (value as { code?: unknown }).code
    : undefined;
}
