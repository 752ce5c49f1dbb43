import { z } from "zod";

/**
 * Query strings, read with zod schemas (the `Z…Query` schemas beside the domain functions): the
 * route parses with the schema and the OpenAPI document describes each parameter from it, so its
 * types, enums and limits are the ones the server applies.
 */

/** A yes/no flag: `true` or `1` is yes; absent, `false` or `0` is no. */
export const ZFlag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((v) => v === "true" || v === "1");

/** The query string as an object for a `Z…Query` schema; empty values count as absent. */
export function readQuery<S extends z.ZodType>(params: URLSearchParams, schema: S): z.output<S> {
  const values: Record<string, string> = {};
  for (const [name, value] of params) if (value !== "") values[name] = value;
  return schema.parse(values);
}
