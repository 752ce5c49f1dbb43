import { db } from "../db";
import { env } from "../env";

/**
 * Records a new signed-in browser for `userId`. Its lifetime is fixed here, at sign-in, and never
 * extended: next-auth re-issues the cookie on every visit, but the row's `expiresAt` still ends it
 * `SESSION_MAX_AGE_HOURS` after the password was typed.
 */
export async function startSession(options: {
  userId: string;
  maxAgeSeconds?: number;
  now?: Date;
}): Promise<{ id: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const maxAgeSeconds = options.maxAgeSeconds ?? env().SESSION_MAX_AGE_HOURS * 3600;
  const expiresAt = new Date(now.getTime() + maxAgeSeconds * 1000);
  return db.userSession.create({
    data: { userId: options.userId, createdAt: now, expiresAt },
    select: { id: true, expiresAt: true },
  });
}
