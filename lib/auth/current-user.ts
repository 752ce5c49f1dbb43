import { getServerSession } from "next-auth";
import { db, sql } from "../db";
import { getSessionUserById } from "../sessions/get-session-user";
import { UnauthorizedError } from "../errors";
import type { ActingUser } from "./acting-user";
import { hashApiToken, TOKEN_PREFIX } from "./api-token";
import { authOptions } from "./options";
import { limitTokenRequests } from "./token-rate-limit";

type TokenRow = {
  id: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  user: ActingUser & { deactivatedAt: string | null };
};

/**
 * The signed-in user of the current request's session cookie, or null. The cookie names a
 * session row that must still be open (see lib/sessions/get-session-user.ts).
 */
export async function getSessionUser(): Promise<ActingUser | null> {
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: string; sid?: string } | undefined;
  return claims?.id && claims.sid ? getSessionUserById({ sessionId: claims.sid, userId: claims.id }) : null;
}

/** The user behind a `Authorization: Bearer wbt_…` header; throws for a bad, revoked or expired token. */
export async function getTokenUser(authorization: string, now = new Date()): Promise<ActingUser> {
  const token = authorization.replace(/^Bearer\s+/i, "").trim();
  if (!token.startsWith(TOKEN_PREFIX)) throw new UnauthorizedError("Malformed API token");
  // The token and its user in one statement: this runs on every scripted request, so it skips
  // the ORM (see createSpan for the figures).
  const [row] = await sql()<TokenRow[]>`
    SELECT t.id, t."revokedAt", t."expiresAt", t."lastUsedAt",
      json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'isAdmin', u."isAdmin", 'locale', u.locale, 'deactivatedAt', u."deactivatedAt") AS user
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId" WHERE t."tokenHash" = ${hashApiToken(token)}`;
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.deactivatedAt) {
    throw new UnauthorizedError("API token is invalid, revoked or expired");
  }
  const { deactivatedAt: _deactivatedAt, ...user } = row.user;
  await limitTokenRequests(row.id);
  // Record use at most once a minute to keep reads from turning into writes.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return user;
}

/** Resolves the acting user of an API request: a bearer token if present, else the session. */
export async function authenticateRequest(headers: Headers): Promise<ActingUser> {
  const authorization = headers.get("authorization");
  if (authorization) return getTokenUser(authorization);
  const user = await getSessionUser();
  if (!user) throw new UnauthorizedError();
  return user;
}
