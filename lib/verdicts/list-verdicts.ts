import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "../projects/require-membership";
import { verdictSelect } from "./record-verdict";

/** Verdicts of a project, newest first; withdrawn ones only when asked (history). */
export async function listVerdicts(options: {
  actor: ActingUser;
  projectId: string;
  claimId?: string;
  eventId?: string;
  includeWithdrawn?: boolean;
}) {
  await requireMembership(options.actor, options.projectId);
  return db.verdict.findMany({
    where: {
      projectId: options.projectId,
      ...(options.claimId ? { claimId: options.claimId } : {}),
      ...(options.eventId ? { eventId: options.eventId } : {}),
      ...(options.includeWithdrawn ? {} : { withdrawnAt: null }),
    },
    orderBy: { createdAt: "desc" },
    select: verdictSelect,
  });
}
