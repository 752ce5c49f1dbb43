import type { ActingUser } from "../auth/acting-user";
import { db } from "../db";
import { requireMembership } from "../projects/require-membership";
import { glossaryTermSelect } from "./schemas";

/** A project's glossary in Arabic order; `deleted` lists the removed terms (to restore them). */
export async function listGlossary(options: { actor: ActingUser; projectId: string; deleted?: boolean }) {
  await requireMembership(options.actor, options.projectId, "ANALYST", "Project");
  return db.glossaryTerm.findMany({
    where: { projectId: options.projectId, deletedAt: options.deleted ? { not: null } : null },
    orderBy: [{ arabicKey: "asc" }, { id: "asc" }],
    select: glossaryTermSelect,
  });
}
