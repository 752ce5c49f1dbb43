import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { buildLedger, type TIncidentLedger } from "./ledger";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The ledger of one incident (./ledger.ts): its live claims in live articles, accepted and
 * machine-proposed alike (each row says which), and the links between them that contradict and
 * are not dismissed. Three statements, read in parallel after the access check.
 */
export async function getIncidentLedger(options: { actor: ActingUser; eventId: string }): Promise<TIncidentLedger> {
  const event = await db.event.findFirst({
    where: { id: options.eventId, deletedAt: null },
    select: {
      id: true,
      projectId: true,
      titleAr: true,
      titleEn: true,
      occurredOn: true,
      place: true,
      status: true,
      version: true,
      grade: true,
      gradeRationale: true,
      gradedById: true,
      gradedAt: true,
    },
  });
  if (!event) throw new NotFoundError("Event");
  await requireMembership(options.actor, event.projectId, "ANALYST", "Event");
  const live = { eventId: event.id, deletedAt: null, article: { deletedAt: null } } as const;
  const [claims, contradictingLinks, gradedBy] = await Promise.all([
    db.claim.findMany({
      where: live,
      select: {
        id: true,
        kind: true,
        figures: true,
        sourceText: true,
        sourceType: true,
        proposed: true,
        features: true,
        article: { select: { id: true, title: true, source: true, publishedAt: true } },
      },
    }),
    db.claimLink.count({
      where: { relation: "CONTRADICTS", state: { not: "DISMISSED" }, fromClaim: live, toClaim: live },
    }),
    event.gradedById ? db.user.findUnique({ where: { id: event.gradedById }, select: { name: true } }) : null,
  ]);
  const { gradedById: _gradedById, ...incident } = event;
  return buildLedger({
    incident: {
      ...incident,
      occurredOn: day(event.occurredOn),
      gradedAt: event.gradedAt?.toISOString() ?? null,
      gradedBy: gradedBy?.name ?? null,
    },
    claims,
    contradictingLinks,
  });
}
