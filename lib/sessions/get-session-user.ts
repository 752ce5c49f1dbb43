import { db } from "../db";
import { actingUserSelect, type ActingUser } from "../auth/acting-user";

/**
 * The user of a session, if that session is still open: not signed out, not ended by a password
 * change or "sign out everywhere", not past its lifetime, and its user not deactivated. Runs on
 * every request made with a session cookie.
 */
export async function getSessionUserById(options: {
  sessionId: string;
  userId: string;
  now?: Date;
}): Promise<ActingUser | null> {
  const row = await db.userSession.findFirst({
    where: {
      id: options.sessionId,
      userId: options.userId,
      endedAt: null,
      expiresAt: { gt: options.now ?? new Date() },
      user: { deactivatedAt: null },
    },
    select: { user: { select: actingUserSelect } },
  });
  return row?.user ?? null;
}
