import { ValidationError } from "../errors";

/**
 * The edge guard every API input passes (JSON bodies, query strings, multipart text fields):
 * PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate is not a character at all (it
 * would be stored as U+FFFD, or fail). Both are refused with a 400 that names the field.
 */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string, or null when it may be stored. */
export function textProblem(
  value: string,
): "a NUL character (U+0000)" | "a lone surrogate (half of a UTF-16 pair)" | null {
  if (NUL.test(value)) return "a NUL character (U+0000)";
  if (LONE_SURROGATE.test(value)) return "a lone surrogate (half of a UTF-16 pair)";
  return null;
}

function fieldName(path: (string | number)[]): string {
  return path.length === 0
    ? "the body"
    : path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

/** The first string (or object key) in a parsed JSON value that cannot be stored, with its path. */
export function findBadText(value: unknown, path: (string | number)[] = []): { field: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { field: fieldName(path), problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadText(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { field: fieldName([...path, key]), problem: keyProblem };
      const found = findBadText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Throws a 400 naming the first field that holds NUL or a lone surrogate. */
export function assertStorableText(value: unknown, where = ""): void {
  const found = findBadText(value);
  if (!found) return;
  const field = where ? (found.field === "the body" ? where : `${where} ${found.field}`) : found.field;
  throw new ValidationError(`${field} contains ${found.problem}, which cannot be stored`, {
    field: found.field,
    problem: found.problem,
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Query parameters that carry ids (one, or several separated by commas). */
const ID_PARAMS = /(^|[a-z])Ids?$|^reassignTo$|^articles$/;

/**
 * Checks a query string: no NUL or lone surrogate anywhere, and every id parameter (`labelId`,
 * `excludeArticleId`, `reassignTo`, `articles=…`) a UUID, so a malformed id is a 400 naming the
 * parameter, never a database error.
 */
export function assertCleanQuery(params: URLSearchParams): void {
  for (const [name, value] of params) {
    const problem = textProblem(name) ?? textProblem(value);
    if (problem) throw new ValidationError(`Query parameter ${name} contains ${problem}`, { field: name, problem });
    if (!ID_PARAMS.test(name) || value === "") continue;
    const bad = value
      .split(",")
      .map((part) => part.trim())
      .find((part) => part !== "" && !UUID.test(part));
    if (bad !== undefined)
      throw new ValidationError(`Query parameter ${name} must be an id (a UUID), not "${bad.slice(0, 60)}"`, {
        field: name,
      });
  }
}
