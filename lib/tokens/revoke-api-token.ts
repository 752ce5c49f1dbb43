import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { NotFoundError } from "../errors";
import { tokenSelect } from "./create-api-token";

/** Revokes one of the actor's own tokens; revoking twice is harmless. */
export async function revokeApiToken(options: { actor: ActingUser; tokenId: string }) {
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findFirst({
      where: { id: options.tokenId, userId: options.actor.id },
      select: tokenSelect,
    });
    if (!before) throw new NotFoundError("API token");
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({
      where: { id: before.id },
      data: { revokedAt: new Date() },
      select: tokenSelect,
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "api_token.revoke",
      entityType: "ApiToken",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
