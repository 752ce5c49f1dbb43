import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "../projects/require-membership";
import { publisherSelect } from "./schemas";

/** The project's publisher settings (any member may read them; null while none are set). */
export async function getPublisher(options: { actor: ActingUser; projectId: string }) {
  await requireMembership(options.actor, options.projectId);
  const publisher = await db.projectPublisher.findUnique({
    where: { projectId: options.projectId },
    select: publisherSelect,
  });
  return { publisher };
}
