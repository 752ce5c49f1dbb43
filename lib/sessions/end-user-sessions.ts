import type { Tx } from "../db";

/**
 * Ends every open session of a user inside the caller's transaction (password change,
 * deactivation, "sign out everywhere"), so the change and the sign-outs commit together.
 * Returns how many sessions were open.
 */
export async function endUserSessions(tx: Tx, userId: string, now = new Date()): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, endedAt: null, expiresAt: { gt: now } },
    data: { endedAt: now },
  });
  return count;
}
