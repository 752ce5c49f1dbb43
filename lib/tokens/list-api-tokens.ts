import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { tokenSelect } from "./create-api-token";

/** The actor's own tokens, newest first; never the token values. */
export async function listApiTokens(options: { actor: ActingUser }) {
  return db.apiToken.findMany({
    where: { userId: options.actor.id },
    orderBy: { createdAt: "desc" },
    select: tokenSelect,
  });
}
