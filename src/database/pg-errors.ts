/** PostgreSQL error helpers (SQLSTATE codes). */
const codeOf = (e: unknown): string | undefined =>
  (e as { code?: string; driverError?: { code?: string } })?.driverError?.code ??
  (e as { code?: string })?.code;

export const isUniqueViolation = (e: unknown): boolean => codeOf(e) === '23505';
