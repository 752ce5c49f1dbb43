import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { claimsListedFor } from "../curation/layer";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { entitySelect } from "./entity-input";

const claimForProfile = {
  id: true,
  kind: true,
  figures: true,
  status: true,
  occurredOn: true,
  attribution: true,
  channel: true,
  claimSpan: { select: { quote: true, start: true, end: true } },
  speakerSpan: { select: { quote: true } },
  speakerEntity: { select: { id: true, nameAr: true, nameEn: true } },
  article: { select: { id: true, title: true, publishedAt: true, source: true } },
} as const;

/** "Who said what": an entity with every claim it made or is about, across all articles, by date. */
export async function getEntityProfile(options: { actor: ActingUser; entityId: string }) {
  const entity = await db.entity.findFirst({
    where: { id: options.entityId, deletedAt: null },
    select: { ...entitySelect, projectId: true, mergedIntoId: true },
  });
  if (!entity) throw new NotFoundError("Entity");
  const access = await requireMembership(options.actor, entity.projectId, "ANALYST", "Entity");
  // Under independent annotation an analyst reads only the claims lib/curation/layer.ts lets them.
  const live = {
    deletedAt: null,
    proposed: false,
    article: { deletedAt: null },
    AND: claimsListedFor(entity.projectId, { id: options.actor.id, role: access.role }),
  };
  const [spoken, about] = await Promise.all([
    db.claim.findMany({ where: { speakerEntityId: entity.id, ...live }, select: claimForProfile }),
    db.claim.findMany({ where: { entities: { some: { entityId: entity.id } }, ...live }, select: claimForProfile }),
  ]);
  const byDate = (a: { article: { publishedAt: Date | null } }, b: { article: { publishedAt: Date | null } }) =>
    (a.article.publishedAt?.getTime() ?? 0) - (b.article.publishedAt?.getTime() ?? 0);
  return { ...entity, claimsMade: spoken.sort(byDate), claimsAbout: about.sort(byDate) };
}
