import { apiRoute, readJson, ZNoParams } from "@/lib/api/handler";
import { changePassword, ZChangePasswordInput } from "@/lib/users/change-password";

export const PUT = apiRoute(ZNoParams, async ({ req, user }) =>
  changePassword({ actor: user, input: await readJson(req, ZChangePasswordInput) }),
);
