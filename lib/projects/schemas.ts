import { z } from "zod";
import { ZTimestamp, ZUserRef } from "../api/wire";

export const ZRole = z.enum(["ANALYST", "REVIEWER", "MANAGER"]);

export const ZProject = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

/** GET /projects/{id}: the project and the caller's role in it. */
export const ZProjectWithRole = ZProject.extend({ role: ZRole });

/** A project in GET /projects (administrators see every project, as managers). */
export const ZProjectListItem = ZProject.omit({ updatedAt: true }).extend({
  role: ZRole.nullable(),
  articleCount: z.number().int(),
  memberCount: z.number().int(),
});

export const ZMember = ZUserRef.extend({ role: ZRole, since: ZTimestamp });

export const ZMemberSet = z.object({ user: ZUserRef, role: ZRole });

export const ZMemberRemoved = z.object({ removed: z.literal(true) });
