import { z } from "zod";
import { ZTimestamp } from "../api/wire";

/** An API token as listed: never its value. */
export const ZApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe("the token's first characters, to tell tokens apart"),
  createdAt: ZTimestamp,
  lastUsedAt: ZTimestamp.nullable(),
  expiresAt: ZTimestamp.nullable(),
  revokedAt: ZTimestamp.nullable(),
});

/** POST /tokens: the new token with its value, shown this once. */
export const ZCreatedApiToken = ZApiToken.extend({ token: z.string() });
