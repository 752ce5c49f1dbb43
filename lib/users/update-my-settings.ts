import { z } from "zod";
import { db } from "../db";
import { actingUserSelect, type ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";

export const ZUpdateMySettingsInput = z.object({
  locale: z.enum(["en", "ar"]).optional(),
  name: z.string().trim().min(1).max(200).optional(),
});
export type TUpdateMySettingsInput = z.input<typeof ZUpdateMySettingsInput>;

/** A user changes their own name or interface language. */
export async function updateMySettings(options: { actor: ActingUser; input: TUpdateMySettingsInput }) {
  const input = ZUpdateMySettingsInput.parse(options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: options.actor.id }, select: actingUserSelect });
    const after = await tx.user.update({ where: { id: options.actor.id }, data: input, select: actingUserSelect });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "user.update",
      entityType: "User",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
