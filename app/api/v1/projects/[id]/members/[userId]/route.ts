import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { removeMember } from "@/lib/projects/remove-member";

const ZParams = z.object({ id: z.uuid(), userId: z.uuid() });

export const DELETE = apiRoute(ZParams, async ({ user, params }) =>
  removeMember({ actor: user, projectId: params.id, userId: params.userId }),
);
