// Recognise PostgreSQL errors through drizzle's wrapper (DrizzleQueryError puts
// the driver's error in `cause`). Both drivers carry the SQLSTATE in `code`.

function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** 23505: a unique constraint refused the row (a lost race or a reused key). */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === "23505";
}

/** 42501: raised by the append-only triggers (and by missing privileges). */
export function isRefusedChange(error: unknown): boolean {
  return sqlState(error) === "42501";
}
