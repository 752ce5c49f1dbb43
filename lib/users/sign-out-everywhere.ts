import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { endUserSessions } from "../sessions/end-user-sessions";

/** Ends every session of the actor, on every browser, including the one asking. API tokens are kept. */
export async function signOutEverywhere(options: { actor: ActingUser; now?: Date }) {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const ended = await endUserSessions(tx, options.actor.id, now);
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "user.sign_out_everywhere",
      entityType: "User",
      entityId: options.actor.id,
      after: { endedSessions: ended },
    });
    return { endedSessions: ended };
  });
}
