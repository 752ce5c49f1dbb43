import { apiRoute, created, readJson, ZNoParams } from "@/lib/api/handler";
import { createApiToken, ZCreateApiTokenInput } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

export const GET = apiRoute(ZNoParams, async ({ user }) => ({ tokens: await listApiTokens({ actor: user }) }));

export const POST = apiRoute(ZNoParams, async ({ req, user }) =>
  created(await createApiToken({ actor: user, input: await readJson(req, ZCreateApiTokenInput) })),
);
