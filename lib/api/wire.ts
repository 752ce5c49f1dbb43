import { z } from "zod";

/**
 * Building blocks of the API's response schemas (the `Z…` schemas in lib/<domain>/schemas.ts):
 * what a value looks like in the JSON the API sends. A schema parses either a domain result
 * (Date objects, as Prisma returns them) or the JSON of a response (ISO strings) into the same
 * JSON shape, so server pages hand the parsed value to client components unchanged and the
 * client's types are `z.output` of the same schema.
 */

const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** A moment: a Date on the server, an ISO 8601 string (UTC) in JSON. */
export const ZTimestamp = z.preprocess(isoOf, z.iso.datetime());

/** A calendar date stored as UTC midnight, sent as a full timestamp ("2023-12-09T00:00:00.000Z"). */
export const ZDayTimestamp = z
  .preprocess(isoOf, z.iso.datetime())
  .describe("a calendar date, as UTC midnight: the first ten characters are YYYY-MM-DD");

/** Who did something, as most records name them. */
export const ZPersonRef = z.object({ id: z.uuid(), name: z.string() });

/** A user with the email address (audit trails, span authors). */
export const ZUserRef = z.object({ id: z.uuid(), email: z.string(), name: z.string() });

/** Any JSON value (audit snapshots): described, not checked. */
export const ZJson = z.json();
