import { mapDatabaseError } from "../api/database-error";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import type { TParsedSource } from "../import/parse-upload";
import { requireMembership } from "../projects/require-membership";
import { segmentText } from "../text/segment";
import { textHash } from "./text-hash";

export type TImportResult = {
  name: string;
  status: "imported" | "refused";
  articles: { id: string; title: string }[];
  error: { code: string; message: string } | null;
};

export type TImportSummary = { imported: number; refused: number; results: TImportResult[] };

/**
 * Imports parsed upload sources into a project (managers only). Each source is all-or-nothing:
 * a refused file imports none of its articles, and the others are unaffected. A text already in
 * the project (same hash), or twice in one file, is refused as a duplicate.
 */
export async function importArticles(options: {
  actor: ActingUser;
  projectId: string;
  sources: TParsedSource[];
  onProgress?: (done: number, total: number) => void;
}): Promise<TImportSummary> {
  const { actor, projectId, sources } = options;
  await requireMembership(actor, projectId, "MANAGER");
  const results: TImportResult[] = [];
  for (const [index, source] of sources.entries()) {
    results.push(await importSource(actor, projectId, source));
    options.onProgress?.(index + 1, sources.length);
  }
  await import("../suggestions/suggestion-runs").then((m) =>
    m.scheduleSuggestionsAfterImport({
      projectId,
      actorId: actor.id,
      articleIds: results.flatMap((r) => r.articles.map((a) => a.id)),
    }),
  );
  return {
    imported: results.filter((r) => r.status === "imported").length,
    refused: results.filter((r) => r.status === "refused").length,
    results,
  };
}

async function importSource(actor: ActingUser, projectId: string, source: TParsedSource): Promise<TImportResult> {
  const refused = (code: string, message: string): TImportResult => ({
    name: source.name,
    status: "refused",
    articles: [],
    error: { code, message },
  });
  if (!source.ok) return refused(source.code, source.message);

  const drafts = source.drafts.map((d) => ({ ...d, hash: textHash(d.text) }));
  const seen = new Set<string>();
  for (const d of drafts) {
    if (seen.has(d.hash)) return refused("duplicate", `The file contains the same text twice ("${d.title}")`);
    seen.add(d.hash);
  }
  const existing = await db.article.findMany({
    where: { projectId, textHash: { in: [...seen] } },
    select: { title: true, deletedAt: true },
  });
  if (existing[0]) {
    const where = existing[0].deletedAt ? "a deleted article (restore it instead)" : `"${existing[0].title}"`;
    return refused("duplicate", `Duplicate: the same text is already in this project as ${where}`);
  }

  try {
    const articles = await db.$transaction(async (tx) => {
      const created: { id: string; title: string }[] = [];
      for (const d of drafts) {
        const article = await tx.article.create({
          data: {
            projectId,
            title: d.title,
            source: d.source,
            url: d.url,
            text: d.text,
            textHash: d.hash,
            publishedAt: d.publishedAt ? new Date(`${d.publishedAt}T00:00:00Z`) : null,
            createdById: actor.id,
          },
          select: { id: true, title: true, source: true, url: true, publishedAt: true, textHash: true },
        });
        const { paragraphs, sentences } = segmentText(d.text);
        await tx.segment.createMany({
          data: [
            ...paragraphs.map((s) => ({
              articleId: article.id,
              kind: "PARAGRAPH" as const,
              index: s.index,
              paragraphIndex: s.paragraphIndex,
              start: s.start,
              end: s.end,
            })),
            ...sentences.map((s) => ({
              articleId: article.id,
              kind: "SENTENCE" as const,
              index: s.index,
              paragraphIndex: s.paragraphIndex,
              start: s.start,
              end: s.end,
            })),
          ],
        });
        await recordAudit(tx, {
          actorId: actor.id,
          projectId,
          action: "article.import",
          entityType: "Article",
          entityId: article.id,
          after: { ...article, file: source.name, length: d.text.length },
        });
        created.push({ id: article.id, title: article.title });
      }
      return created;
    });
    return { name: source.name, status: "imported", articles, error: null };
  } catch (error) {
    // A concurrent import of the same text loses the race on the unique (project, hash) index.
    if (error instanceof Error && "code" in error && (error as { code?: string }).code === "P2002") {
      return refused("duplicate", "Duplicate: the same text was imported into this project at the same time");
    }
    // Anything else the database refuses in this file's data refuses this file only: its
    // transaction rolled back, the files before it stay imported and the answer says so per file.
    const refusal = mapDatabaseError(error);
    if (refusal) return refused("invalid", refusal.message);
    throw error;
  }
}
