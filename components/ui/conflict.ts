import type { z } from "zod";
import { ApiError } from "./api-client";

/**
 * The record a 409 answer carries in `details.current` (the record as the server holds it now)
 * or, for a create that clashes, `details.existing`: parsed with the resource's response schema
 * from lib/<domain>/schemas.ts, so it has the same shape as the record the page already shows.
 * Null when the error is not a 409 or carries no such record.
 */
export function conflictRecord<S extends z.ZodType>(
  error: unknown,
  schema: S,
  key: "current" | "existing" = "current",
): z.output<S> | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const details = error.details;
  if (!details || typeof details !== "object" || !(key in details)) return null;
  const parsed = schema.safeParse((details as Record<string, unknown>)[key]);
  return parsed.success ? parsed.data : null;
}
