import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { generateApiToken } from "../auth/api-token";
import { recordAudit } from "../audit/record-audit";

export const ZCreateApiTokenInput = z.object({
  name: z.string().trim().min(1, "Give the token a name").max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

/** Creates a personal API token. The token itself is returned once and only its hash is kept. */
export async function createApiToken(options: { actor: ActingUser; input: TCreateApiTokenInput; now?: Date }) {
  const input = ZCreateApiTokenInput.parse(options.input);
  const now = options.now ?? new Date();
  const { token, prefix, tokenHash } = generateApiToken();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: options.actor.id, name: input.name, prefix, tokenHash, expiresAt },
      select: tokenSelect,
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "api_token.create",
      entityType: "ApiToken",
      entityId: row.id,
      after: row,
    });
    return { ...row, token };
  });
}

export { tokenSelect };
