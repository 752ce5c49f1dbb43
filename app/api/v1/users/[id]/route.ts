import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { setUserActive, ZSetUserActiveInput } from "@/lib/users/set-user-active";

/** `{ "active": false }` deactivates the user (every session ends, tokens stop); `true` reactivates. */
export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  setUserActive({ actor: user, userId: params.id, input: await readJson(req, ZSetUserActiveInput) }),
);
