import { apiRoute, created, readJson, ZNoParams } from "@/lib/api/handler";
import { createUser, ZCreateUserInput } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

export const GET = apiRoute(ZNoParams, async ({ user }) => ({ users: await listUsers({ actor: user }) }));

export const POST = apiRoute(ZNoParams, async ({ req, user }) =>
  created(await createUser({ actor: user, input: await readJson(req, ZCreateUserInput) })),
);
