import { sql } from "../db";
import type { ActingUser } from "../auth/acting-user";

type TSessionRow = ActingUser & { expiresAt: Date };

/**
 * The user of a session, if that session is still open: not signed out, not ended by a password
 * change or "sign out everywhere", not past its lifetime, and its user not deactivated. Runs on
 * every request made with a session cookie, so the session and its user are one statement.
 */
export async function getSessionUserById(options: {
  sessionId: string;
  userId: string;
  now?: Date;
}): Promise<ActingUser | null> {
  const [row] = await sql()<TSessionRow[]>`
    select u.id, u.email, u.name, u."isAdmin", u.locale, s."expiresAt"
    from "UserSession" s join "User" u on u.id = s."userId"
    where s.id = ${options.sessionId}::uuid and s."userId" = ${options.userId}::uuid
      and s."endedAt" is null and u."deactivatedAt" is null`;
  // The lifetime is compared here, as the token check does: both sides are UTC instants.
  if (!row || row.expiresAt.getTime() <= (options.now ?? new Date()).getTime()) return null;
  const { expiresAt: _expiresAt, ...user } = row;
  return user;
}
