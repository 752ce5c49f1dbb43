import { apiRoute, ZNoParams } from "@/lib/api/handler";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";

/** Sign out everywhere: every session of the caller ends, this one too. */
export const DELETE = apiRoute(ZNoParams, async ({ user }) => signOutEverywhere({ actor: user }));
