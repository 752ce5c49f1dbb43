import { AppError, ConflictError, NotFoundError, ValidationError } from "../errors";

/**
 * Database refusals caused by the request's own data, mapped once for every route so that no
 * bad input can answer 500: a unique key already taken is 409, a reference to something that
 * does not exist or a value PostgreSQL cannot take (malformed id, impossible date, number out of
 * range, NUL) is 400. Works for Prisma (P-codes, driver-adapter kinds) and postgres.js (SQLSTATE).
 */
type ErrorLike = { code?: unknown; kind?: unknown; cause?: unknown; meta?: unknown };

function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && chain.length < 8 && !chain.includes(current as ErrorLike)) {
    const e = current as ErrorLike;
    chain.push(e);
    current = (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError ?? e.cause;
  }
  return chain;
}

function errorCodes(error: unknown): string[] {
  return errorChain(error).flatMap((e) => [e.code, e.kind].filter((c): c is string => typeof c === "string"));
}

const UNIQUE = new Set(["P2002", "23505", "UniqueConstraintViolation", "23P01"]);
const MISSING_REFERENCE = new Set(["P2003", "23503", "ForeignKeyConstraintViolation"]);
const BAD_VALUE = new Set([
  "P2000",
  "P2005",
  "P2006",
  "P2007",
  "P2011",
  "P2012",
  "P2019",
  "P2020",
  "P2023",
  "P2033",
  "InvalidInputValue",
  "ValueOutOfRange",
  "LengthMismatch",
  "NullConstraintViolation",
  "InconsistentColumnData",
  "23502",
  "23514",
]);

/** The typed error for a database refusal caused by input, or null for anything else (a real fault). */
export function mapDatabaseError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const codes = errorCodes(error);
  if (codes.some((c) => UNIQUE.has(c))) return new ConflictError("This already exists (a unique value is taken)");
  if (codes.some((c) => MISSING_REFERENCE.has(c)))
    return new ValidationError("The request refers to something that does not exist");
  // SQLSTATE class 22: data exceptions (bad encoding, invalid text for a type, date or number out of range).
  if (codes.some((c) => BAD_VALUE.has(c) || /^22[0-9A-Z]{3}$/.test(c))) {
    return new ValidationError(
      "A value in the request cannot be stored (malformed id, impossible date, number out of range or invalid text)",
    );
  }
  if (codes.includes("P2025")) return new NotFoundError("Object");
  return null;
}
