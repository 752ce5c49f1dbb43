import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { matchKey } from "../arabic/normalize";
import { parseArabicNumber } from "../arabic/numbers";
import { claimContextSelect, withClaimContext } from "../claims/claim-context";
import type { Prisma } from "../generated/prisma/client";
import { claimsVisibleTo } from "../curation/layer";
import { requireMembership } from "../projects/require-membership";

/** A query that is a number («25», «٢٥», «خمسة وعشرين») also finds the claims reporting that figure. */
function figureMatches(q: string): Prisma.ClaimWhereInput[] {
  const read = parseArabicNumber(q.trim());
  if (!read || read.value === undefined) return [];
  const value = read.value;
  return (["killed", "injured", "value"] as const).flatMap((role) =>
    (["value", "min", "max"] as const).map((field) => ({ figures: { path: [role, field], equals: value } })),
  );
}

/**
 * Claims to link to: matched on the Arabic-normalised claim text, the speaker's names, a figure
 * the claim reports (when the query is a number), an entity the claim is about, or its event; optionally excluding one article (the one being annotated).
 * Given the claim being linked (`nearClaimId`), the claims of its incident — the event clustering
 * proposed for it, or one an analyst set — come first: they are the likeliest partners.
 */
export async function searchClaims(options: {
  actor: ActingUser;
  projectId: string;
  q?: string;
  entityId?: string;
  eventId?: string;
  excludeArticleId?: string;
  nearClaimId?: string;
  limit?: number;
}) {
  const access = await requireMembership(options.actor, options.projectId);
  const visible = claimsVisibleTo(options.projectId, { id: options.actor.id, role: access.role });
  const near = options.nearClaimId
    ? await db.claim.findFirst({
        where: { id: options.nearClaimId, projectId: options.projectId },
        select: { id: true, eventId: true },
      })
    : null;
  const key = options.q
    ? matchKey(options.q)
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim()
    : "";
  const english = options.q?.trim() ?? "";
  const where = {
    projectId: options.projectId,
    deletedAt: null,
    proposed: false,
    article: { deletedAt: null },
    ...(options.excludeArticleId ? { articleId: { not: options.excludeArticleId } } : {}),
    ...(options.eventId ? { eventId: options.eventId } : {}),
    ...(options.entityId
      ? { OR: [{ speakerEntityId: options.entityId }, { entities: { some: { entityId: options.entityId } } }] }
      : {}),
    ...(key
      ? {
          AND: [
            {
              OR: [
                { quoteKey: { contains: key } },
                { speakerEntity: { matchKeys: { has: key } } },
                { speakerEntity: { nameEn: { contains: english, mode: "insensitive" as const } } },
                { speakerSpan: { quote: { contains: options.q } } },
                ...figureMatches(options.q ?? ""),
              ],
            },
          ],
        }
      : {}),
  } satisfies Prisma.ClaimWhereInput;
  const take = options.limit ?? 30;
  const page = (extra: Prisma.ClaimWhereInput) =>
    db.claim.findMany({
      where: { AND: [where, extra, ...visible] },
      orderBy: { createdAt: "desc" as const },
      take,
      select: claimContextSelect,
    });
  const [mates, rest] = await Promise.all([
    near?.eventId ? page({ eventId: near.eventId, id: { not: near.id } }) : [],
    page(near ? { id: { not: near.id } } : {}),
  ]);
  const seen = new Set(mates.map((c) => c.id));
  return withClaimContext([...mates, ...rest.filter((c) => !seen.has(c.id))].slice(0, take));
}
