import { apiRoute, readJson, ZNoParams } from "@/lib/api/handler";
import { updateMySettings, ZUpdateMySettingsInput } from "@/lib/users/update-my-settings";

export const GET = apiRoute(ZNoParams, async ({ user }) => user);

export const PATCH = apiRoute(ZNoParams, async ({ req, user }) =>
  updateMySettings({ actor: user, input: await readJson(req, ZUpdateMySettingsInput) }),
);
