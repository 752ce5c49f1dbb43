import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership, type TProjectAccess } from "../projects/require-membership";
import { labelSelect } from "./label-input";

/**
 * The project's label set in display order, with how many live spans use each label. `access`:
 * the actor's membership in the project, when its caller already checked it.
 */
export async function listLabels(options: { actor: ActingUser; projectId: string; access?: TProjectAccess }) {
  if (options.access?.projectId !== options.projectId) await requireMembership(options.actor, options.projectId);
  const labels = await db.label.findMany({
    where: { projectId: options.projectId, deletedAt: null },
    orderBy: [{ order: "asc" }, { createdAt: "asc" }],
    select: { ...labelSelect, _count: { select: { spans: { where: { deletedAt: null } } } } },
  });
  return labels.map(({ _count, ...l }) => ({ ...l, spanCount: _count.spans }));
}
