import { ApiError, describeError } from "@/components/ui/api-client";

/**
 * The server's validation messages, keyed by the path of the field they are about, so a form
 * shows each one under its input. Zod issues arrive as `details` of a 400 answer; the claim
 * figures are validated on their own, so their paths start at the figures ("killed.min").
 * Messages with no field of the form land in `general`.
 */
export type TFieldErrors = { fields: Record<string, string>; general: string | null };

type TIssue = { path: (string | number)[]; message: string };

function isIssue(value: unknown): value is TIssue {
  if (!value || typeof value !== "object") return false;
  const v = value as { path?: unknown; message?: unknown };
  return Array.isArray(v.path) && typeof v.message === "string";
}

/** Zod issues (from the server, or from the same schema run in the browser) by field. */
export function issueErrors(
  issues: readonly unknown[],
  knownPaths: ReadonlySet<string>,
  fallback: string,
): TFieldErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const issue of issues.filter(isIssue)) {
    const path = issue.path.join(".");
    // An issue on a nested part of a known field ("killed.value") goes to the nearest known one.
    const target = [...issue.path.keys()]
      .reverse()
      .map((n) => issue.path.slice(0, n + 1).join("."))
      .find((p) => knownPaths.has(p));
    const key = knownPaths.has(path) ? path : target;
    if (key !== undefined) fields[key] = fields[key] ? `${fields[key]}; ${issue.message}` : issue.message;
    else rest.push(issue.message);
  }
  const general = rest.length > 0 ? rest.join(" · ") : Object.keys(fields).length === 0 ? fallback : null;
  return { fields, general };
}

export function fieldErrors(
  error: unknown,
  knownPaths: ReadonlySet<string>,
  messages: { networkError: string },
): TFieldErrors {
  if (!(error instanceof ApiError) || error.status !== 400 || !Array.isArray(error.details)) {
    return { fields: {}, general: describeError(error, messages) };
  }
  return issueErrors(error.details, knownPaths, error.message);
}

export const NO_ERRORS: TFieldErrors = { fields: {}, general: null };
