import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { matchKey } from "../arabic/normalize";
import { claimContextSelect, withClaimContext } from "../claims/claim-context";
import { requireMembership } from "../projects/require-membership";

/**
 * Claims to link to: matched on the Arabic-normalised claim text, the speaker's names, an entity
 * the claim is about, or its event; optionally excluding one article (the one being annotated).
 */
export async function searchClaims(options: {
  actor: ActingUser;
  projectId: string;
  q?: string;
  entityId?: string;
  eventId?: string;
  excludeArticleId?: string;
  limit?: number;
}) {
  await requireMembership(options.actor, options.projectId);
  const key = options.q
    ? matchKey(options.q)
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim()
    : "";
  const english = options.q?.trim() ?? "";
  const rows = await db.claim.findMany({
    where: {
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
                ],
              },
            ],
          }
        : {}),
    },
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 30,
    select: claimContextSelect,
  });
  return withClaimContext(rows);
}
