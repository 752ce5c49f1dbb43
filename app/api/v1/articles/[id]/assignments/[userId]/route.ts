import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/handler";
import { removeAssignment } from "@/lib/assignments/remove-assignment";
import { setAssignmentStatus, ZSetAssignmentStatusInput } from "@/lib/assignments/set-assignment-status";

const ZParams = z.object({ id: z.uuid(), userId: z.uuid() });

export const PATCH = apiRoute(ZParams, async ({ req, user, params }) =>
  setAssignmentStatus({
    actor: user,
    articleId: params.id,
    userId: params.userId,
    input: await readJson(req, ZSetAssignmentStatusInput),
  }),
);

export const DELETE = apiRoute(ZParams, async ({ user, params }) =>
  removeAssignment({ actor: user, articleId: params.id, userId: params.userId }),
);
