import { db } from "../db";
import type { TEntityForMatching } from "../suggest/types";

/** The project's live entities with every name they go by, for the engine to find in articles. */
export async function loadEntitiesForMatching(projectId: string): Promise<TEntityForMatching[]> {
  const rows = await db.entity.findMany({
    where: { projectId, deletedAt: null, mergedIntoId: null },
    select: { id: true, kind: true, nameAr: true, nameEn: true, aliases: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((e) => ({
    id: e.id,
    kind: e.kind,
    names: [e.nameAr, ...e.aliases, ...(e.nameEn ? [e.nameEn] : [])],
  }));
}
