import { ZClaimFigures, type TClaimFigures } from "../claims/figures";
import { sql } from "../db";
import type { TIncidentFeatures } from "../incidents/types";

/**
 * A claim as the link rules read it, with its article's date and its event's status. Read through
 * postgres.js: the link refresh reads hundreds of these per changed claim, and mapping them through
 * the ORM cost a hundred times the query itself (JSON columns and relations).
 */
export type TLinkableRow = {
  id: string;
  articleId: string;
  projectId: string;
  kind: string;
  eventId: string | null;
  eventStatus: "PROPOSED" | "CONFIRMED" | "REJECTED" | null;
  figures: TClaimFigures;
  features: TIncidentFeatures | Record<string, never>;
  quoteKey: string;
  quoteShingles: string[];
  thingKey: string;
  sourceText: string;
  deleted: boolean;
  /** YYYY-MM-DD of the article, or null. */
  publishedAt: string | null;
  /** Where the claim is in its article: its claim span, else its suggestion's range. */
  range: { start: number; end: number } | null;
};

type TFilter = "ids" | "events" | "thing" | "shingles";

const COLUMNS = `c.id, c."articleId", c."projectId", c.kind::text AS kind, c."eventId", e.status::text AS "eventStatus", c.figures, c.features,
  c."quoteKey", c."quoteShingles", c."thingKey", c."sourceText", (c."deletedAt" IS NOT NULL OR a."deletedAt" IS NOT NULL) AS deleted,
  to_char(a."publishedAt", 'YYYY-MM-DD') AS "publishedAt",
  CASE WHEN cs.id IS NOT NULL THEN json_build_object('start', cs.start, 'end', cs."end")
       ELSE (SELECT json_build_object('start', s.start, 'end', s."end") FROM "Suggestion" s WHERE s."claimId" = c.id LIMIT 1) END AS range`;
const FROM = `FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" LEFT JOIN "Event" e ON e.id = c."eventId" LEFT JOIN "Span" cs ON cs.id = c."claimSpanId"`;

const WHERE: Record<TFilter, string> = {
  ids: `c.id = ANY($1::uuid[])`,
  events: `c."projectId" = $1::uuid AND c."deletedAt" IS NULL AND c."eventId" = ANY($2::uuid[]) ORDER BY c."createdAt" DESC LIMIT $3`,
  thing: `c."projectId" = $1::uuid AND c."deletedAt" IS NULL AND c."thingKey" = $2 AND c.kind = 'COUNT' ORDER BY c."createdAt" DESC LIMIT $3`,
  shingles: `c."projectId" = $1::uuid AND c."deletedAt" IS NULL AND c."quoteShingles" && $2::text[] LIMIT $3`,
};

/** The figures are parsed here, once, so the link rules read them without casts. */
async function read(filter: TFilter, params: unknown[]): Promise<TLinkableRow[]> {
  const rows = await sql().unsafe<(Omit<TLinkableRow, "figures"> & { figures: unknown })[]>(
    `SELECT ${COLUMNS} ${FROM} WHERE ${WHERE[filter]}`,
    params as never[],
  );
  return rows.map((row) => ({ ...row, figures: ZClaimFigures.parse(row.figures) }));
}

export const readLinkableClaims = (ids: readonly string[]) => read("ids", [ids]);
export const claimsOfEvents = (projectId: string, eventIds: readonly string[], limit: number) =>
  read("events", [projectId, eventIds, limit]);
export const countsOfThing = (projectId: string, thingKey: string, limit: number) =>
  read("thing", [projectId, thingKey, limit]);
export const claimsSharingShingles = (projectId: string, shingles: readonly string[], limit: number) =>
  read("shingles", [projectId, shingles, limit]);
