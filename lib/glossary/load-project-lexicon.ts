import { db } from "../db";
import { makeLexicon, type TLexicon } from "./render-english";

/**
 * The terms a project's English drafts use: its glossary first (a manager's choice wins), then
 * every entity's Arabic name and aliases with its English name.
 */
export async function loadProjectLexicon(projectId: string): Promise<TLexicon> {
  const [glossary, entities] = await Promise.all([
    db.glossaryTerm.findMany({ where: { projectId, deletedAt: null }, select: { arabic: true, english: true } }),
    db.entity.findMany({
      where: { projectId, mergedIntoId: null, deletedAt: null, nameEn: { not: "" } },
      select: { nameAr: true, nameEn: true, aliases: true },
    }),
  ]);
  return makeLexicon([
    ...glossary,
    ...entities.flatMap((e) => [e.nameAr, ...e.aliases].map((arabic) => ({ arabic, english: e.nameEn }))),
  ]);
}
