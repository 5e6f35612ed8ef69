/** PostgreSQL error helpers (SQLSTATE codes). */
const codeOf = (e: unknown): string | undefined =>
  (e as { code?: string; driverError?: { code?: string } })?.driverError?.code ??
  (e as { code?: string })?.code;

export const isUniqueViolation = (e: unknown): boolean => codeOf(e) === '23505';
export const isForeignKeyViolation = (e: unknown): boolean => codeOf(e) === '23503';

/** The constraint a unique violation hit, e.g. `agents_email_key`. */
export const constraintOf = (e: unknown): string | undefined =>
  (e as { constraint?: string; driverError?: { constraint?: string } })?.driverError?.constraint ??
  (e as { constraint?: string })?.constraint;
