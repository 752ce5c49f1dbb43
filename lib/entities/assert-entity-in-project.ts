import { db } from "../db";
import { NotFoundError } from "../errors";

export async function assertEntityInProject(entityId: string, projectId: string): Promise<void> {
  const entity = await db.entity.findFirst({
    where: { id: entityId, projectId, deletedAt: null, mergedIntoId: null },
    select: { id: true },
  });
  if (!entity) throw new NotFoundError("Entity");
}
