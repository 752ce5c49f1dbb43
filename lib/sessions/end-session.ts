import { db } from "../db";

/** Ends one session (the browser that signed out). Ending it twice is harmless. */
export async function endSession(options: { sessionId: string; now?: Date }): Promise<void> {
  await db.userSession.updateMany({
    where: { id: options.sessionId, endedAt: null },
    data: { endedAt: options.now ?? new Date() },
  });
}
