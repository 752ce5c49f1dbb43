import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { ValidationError } from "../errors";
import { endUserSessions } from "../sessions/end-user-sessions";

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password"),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `The new password must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(500),
});

/**
 * A user changes their own password (e.g. the random one printed on the first start). Every
 * session of the user ends with it, this browser's too: whoever knew the old password is signed
 * out everywhere. API tokens are kept (they are revoked one by one under Settings).
 */
export async function changePassword(options: { actor: ActingUser; input: z.input<typeof ZChangePasswordInput> }) {
  const input = ZChangePasswordInput.parse(options.input);
  const user = await db.user.findUniqueOrThrow({ where: { id: options.actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new ValidationError("The current password is wrong");
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.actor.id }, data: { passwordHash } });
    const endedSessions = await endUserSessions(tx, options.actor.id);
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "user.password_change",
      entityType: "User",
      entityId: options.actor.id,
      after: { endedSessions },
    });
    return { changed: true, endedSessions };
  });
}
