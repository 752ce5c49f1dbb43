import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { NotFoundError } from "../errors";
import { requireMembership } from "./require-membership";

export const ZSetMemberInput = z.object({
  email: z.email("Enter a valid email address").transform((e) => e.trim().toLowerCase()),
  role: z.enum(["ANALYST", "REVIEWER", "MANAGER"]),
});
export type TSetMemberInput = z.input<typeof ZSetMemberInput>;

/** Adds a user to a project with a role, or changes their role. Managers and admins only. */
export async function setMember(options: { actor: ActingUser; projectId: string; input: TSetMemberInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "MANAGER");
  const input = ZSetMemberInput.parse(options.input);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true },
  });
  if (!user) throw new NotFoundError(`User ${input.email}`);
  return db.$transaction(async (tx) => {
    const before = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId: user.id } } });
    const membership = await tx.membership.upsert({
      where: { projectId_userId: { projectId, userId: user.id } },
      create: { projectId, userId: user.id, role: input.role },
      update: { role: input.role },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: before ? "membership.update" : "membership.create",
      entityType: "Membership",
      entityId: `${projectId}:${user.id}`,
      before,
      after: membership,
    });
    return { user, role: membership.role };
  });
}
