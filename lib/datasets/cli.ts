import type { ActingUser } from "../auth/acting-user";
import { actingUserSelect } from "../auth/acting-user";
import { db } from "../db";
import { NotFoundError, ValidationError } from "../errors";

/**
 * What the dataset commands share. A command runs on the server with the database's own access,
 * so it acts as a named account (--as email) or, by default, the oldest administrator; the domain
 * functions still check that account's role in the project.
 */
export async function commandActor(email: string | undefined): Promise<ActingUser> {
  const user = email
    ? await db.user.findFirst({
        where: { email: email.trim().toLowerCase(), deactivatedAt: null },
        select: actingUserSelect,
      })
    : await db.user.findFirst({
        where: { isAdmin: true, deactivatedAt: null },
        orderBy: { createdAt: "asc" },
        select: actingUserSelect,
      });
  if (!user)
    throw new NotFoundError(
      email ? `Active user ${email}` : "An administrator account (create one, or pass --as email)",
    );
  return user;
}

/** A project by id, or by its exact name when exactly one project has it. */
export async function findProject(idOrName: string): Promise<{ id: string; name: string }> {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName);
  const matches = await db.project.findMany({
    where: isId ? { id: idOrName } : { name: idOrName },
    select: { id: true, name: true },
    take: 2,
  });
  if (matches.length === 0) throw new NotFoundError(`Project "${idOrName}"`);
  if (matches.length > 1) throw new ValidationError(`Several projects are named "${idOrName}"; give the project id`);
  return matches[0]!;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
