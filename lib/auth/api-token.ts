import { createHash, randomBytes } from "node:crypto";

/** Personal API tokens: `wbt_` + 32 random bytes. Only the SHA-256 of a token is stored. */
export const TOKEN_PREFIX = "wbt_";

export function generateApiToken(): { token: string; prefix: string; tokenHash: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6), tokenHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
