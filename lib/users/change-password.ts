import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { ValidationError } from "../errors";

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password"),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH, `The new password must be at least ${MIN_PASSWORD_LENGTH} characters`).max(500),
});

/** A user changes their own password (e.g. the random one printed on the first start). */
export async function changePassword(options: { actor: ActingUser; input: z.input<typeof ZChangePasswordInput> }) {
  const input = ZChangePasswordInput.parse(options.input);
  const user = await db.user.findUniqueOrThrow({ where: { id: options.actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new ValidationError("The current password is wrong");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.actor.id }, data: { passwordHash } });
    await recordAudit(tx, { actorId: options.actor.id, action: "user.password_change", entityType: "User", entityId: options.actor.id });
  });
  return { changed: true };
}
