import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { endUserSessions } from "../sessions/end-user-sessions";

export const ZSetUserActiveInput = z.object({ active: z.boolean({ error: "active must be true or false" }) });
export type TSetUserActiveInput = z.input<typeof ZSetUserActiveInput>;

const userStatusSelect = { id: true, email: true, name: true, isAdmin: true, deactivatedAt: true } as const;

/**
 * An administrator deactivates or reactivates an account. Deactivation ends every session of the
 * user at once and stops their API tokens (token sign-in checks the flag); the account, its
 * memberships and everything it wrote stay. Administrators cannot deactivate themselves, so
 * the last one cannot lock everybody out.
 */
export async function setUserActive(options: {
  actor: ActingUser;
  userId: string;
  input: TSetUserActiveInput;
  now?: Date;
}) {
  if (!options.actor.isAdmin) throw new ForbiddenError("Only administrators deactivate or reactivate users");
  const { active } = ZSetUserActiveInput.parse(options.input);
  if (!active && options.userId === options.actor.id)
    throw new ValidationError("You cannot deactivate your own account");
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: options.userId }, select: userStatusSelect });
    if (!before) throw new NotFoundError("User");
    if ((before.deactivatedAt === null) === active) return { ...before, endedSessions: 0 };
    const after = await tx.user.update({
      where: { id: before.id },
      data: { deactivatedAt: active ? null : now },
      select: userStatusSelect,
    });
    const endedSessions = active ? 0 : await endUserSessions(tx, before.id, now);
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: before.id,
      before,
      after: { ...after, endedSessions },
    });
    return { ...after, endedSessions };
  });
}
