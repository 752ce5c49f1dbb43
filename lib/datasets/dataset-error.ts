import type { ZodError } from "zod";
import { ValidationError } from "../errors";

/** A dataset line that cannot be imported: which line, and why. Nothing of the file is kept. */
export class DatasetLineError extends ValidationError {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`Line ${line}: ${reason}`, { line, reason });
  }
}

/** The first problem zod found, with where in the record it is, in one line. */
export function describeZodError(error: ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return "invalid record";
  const where = first.path.length
    ? `${first.path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
        .join("")
        .replace(/^\./, "")}: `
    : "";
  return `${where}${first.message}${rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})` : ""}`;
}
