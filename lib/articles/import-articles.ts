import { v7 as uuidv7 } from "uuid";
import { mapDatabaseError } from "../api/database-error";
import type { ActingUser } from "../auth/acting-user";
import { db, streamSql } from "../db";
import type { TArticleDraft, TParsedSource } from "../import/parse-upload";
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

/** Articles written per transaction when several files are imported at once. */
const GROUP_ARTICLES = 250;
/** Groups written at once: the database writes one (and builds its search vectors) while the next is prepared and sent. */
const GROUPS_IN_FLIGHT = 2;

/** A file that passed every check before the database: its articles, ready to write. */
type TPrepared = { name: string; drafts: (TArticleDraft & { hash: string })[] };

/**
 * Imports parsed upload sources into a project (managers only). Each source is all-or-nothing:
 * a refused file imports none of its articles, and the others are unaffected. A text already in
 * the project (same hash), or twice in one file, is refused as a duplicate.
 *
 * Files are checked in order (a text of an earlier file counts as already in the project), then
 * written a group of files at a time: one transaction with one statement each for the articles,
 * their segments and their audit events. Should the database refuse anything in a group, its
 * files are written again one transaction each, so the answer for every file stays its own.
 */
export async function importArticles(options: {
  actor: ActingUser;
  projectId: string;
  sources: TParsedSource[];
  onProgress?: (done: number, total: number) => void;
}): Promise<TImportSummary> {
  const { actor, projectId, sources } = options;
  await requireMembership(actor, projectId, "MANAGER");
  const results: TImportResult[] = new Array(sources.length);
  /** Texts of this import's earlier files, by hash: their titles, for the duplicate message. */
  const accepted = new Map<string, string>();
  let done = 0;
  let group: { index: number; file: TPrepared }[] = [];
  let groupArticles = 0;
  // Creation times a millisecond apart in file order across groups, also while two are written at once.
  let clock = Date.now();
  const writing = new Set<Promise<void>>();

  const flush = async () => {
    if (group.length === 0) return;
    const written = group;
    const createdFrom = Math.max(Date.now(), clock);
    clock = createdFrom + groupArticles;
    group = [];
    groupArticles = 0;
    const task: Promise<void> = writeGroup(
      actor,
      projectId,
      written.map((g) => g.file),
      createdFrom,
    )
      .then((answers) => {
        for (const [i, result] of answers.entries()) results[written[i]!.index] = result;
        done += written.length;
        options.onProgress?.(done, sources.length);
      })
      .finally(() => writing.delete(task));
    // Its failure is thrown where it is awaited (below or at the end), not as an unhandled rejection.
    task.catch(() => undefined);
    writing.add(task);
    if (writing.size >= GROUPS_IN_FLIGHT) await Promise.race(writing);
  };

  // Hashes already in the project, looked up for many files at once.
  for (let start = 0; start < sources.length; ) {
    const chunk: { index: number; source: TParsedSource }[] = [];
    let articles = 0;
    for (; start < sources.length && (chunk.length === 0 || articles < GROUP_ARTICLES); start++) {
      const source = sources[start]!;
      chunk.push({ index: start, source });
      articles += source.ok ? source.drafts.length : 0;
    }
    const checked = chunk.map(({ index, source }) => ({ index, source, file: checkFile(source) }));
    const existing = await existingTexts(
      projectId,
      checked.flatMap((c) => ("drafts" in c.file ? c.file.drafts.map((d) => d.hash) : [])),
    );
    for (const { index, source, file } of checked) {
      if (!("drafts" in file)) {
        results[index] = file;
        done++;
        options.onProgress?.(done, sources.length);
        continue;
      }
      const refusal = duplicateRefusal(source.name, file.drafts, existing, accepted);
      if (refusal) {
        results[index] = refusal;
        done++;
        options.onProgress?.(done, sources.length);
        continue;
      }
      for (const d of file.drafts) accepted.set(d.hash, d.title);
      group.push({ index, file });
      groupArticles += file.drafts.length;
      if (groupArticles >= GROUP_ARTICLES) await flush();
    }
  }
  await flush();
  await Promise.all(writing);

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

const refusedResult = (name: string, code: string, message: string): TImportResult => ({
  name,
  status: "refused",
  articles: [],
  error: { code, message },
});

/** The checks that need no database: the parse, and the same text twice in one file. */
function checkFile(source: TParsedSource): TPrepared | TImportResult {
  if (!source.ok) return refusedResult(source.name, source.code, source.message);
  const drafts = source.drafts.map((d) => ({ ...d, hash: textHash(d.text) }));
  const seen = new Set<string>();
  for (const d of drafts) {
    if (seen.has(d.hash))
      return refusedResult(source.name, "duplicate", `The file contains the same text twice ("${d.title}")`);
    seen.add(d.hash);
  }
  return { name: source.name, drafts };
}

async function existingTexts(projectId: string, hashes: string[]) {
  if (hashes.length === 0) return new Map<string, { title: string; deletedAt: Date | null }>();
  const rows = await db.article.findMany({
    where: { projectId, textHash: { in: hashes } },
    select: { textHash: true, title: true, deletedAt: true },
  });
  return new Map(rows.map((r) => [r.textHash, r]));
}

function duplicateRefusal(
  name: string,
  drafts: TPrepared["drafts"],
  existing: Map<string, { title: string; deletedAt: Date | null }>,
  accepted: Map<string, string>,
): TImportResult | null {
  for (const d of drafts) {
    const stored = existing.get(d.hash);
    const earlier = accepted.get(d.hash);
    if (!stored && earlier === undefined) continue;
    const where = stored?.deletedAt ? "a deleted article (restore it instead)" : `"${stored ? stored.title : earlier}"`;
    return refusedResult(name, "duplicate", `Duplicate: the same text is already in this project as ${where}`);
  }
  return null;
}

/** Writes a group of files in one transaction; if the database refuses it, each file on its own. */
async function writeGroup(
  actor: ActingUser,
  projectId: string,
  files: TPrepared[],
  createdFrom: number,
): Promise<TImportResult[]> {
  if (files.length > 1) {
    try {
      return await writeFiles(actor, projectId, files, createdFrom);
    } catch (error) {
      if (!isDuplicateRace(error) && !mapDatabaseError(error)) throw error;
    }
  }
  const results: TImportResult[] = [];
  let fileCreatedFrom = createdFrom;
  for (const file of files) {
    const from = fileCreatedFrom;
    fileCreatedFrom += file.drafts.length;
    try {
      results.push(...(await writeFiles(actor, projectId, [file], from)));
    } catch (error) {
      // A concurrent import of the same text loses the race on the unique (project, hash) index.
      if (isDuplicateRace(error)) {
        results.push(
          refusedResult(
            file.name,
            "duplicate",
            "Duplicate: the same text was imported into this project at the same time",
          ),
        );
        continue;
      }
      // Anything else the database refuses in this file's data refuses this file only: its
      // transaction rolled back, the files before it stay imported and the answer says so per file.
      const refusal = mapDatabaseError(error);
      if (refusal) {
        results.push(refusedResult(file.name, "invalid", refusal.message));
        continue;
      }
      throw error;
    }
  }
  return results;
}

function isDuplicateRace(error: unknown): boolean {
  const code = error instanceof Error && "code" in error ? (error as { code?: unknown }).code : undefined;
  return code === "P2002" || code === "23505";
}

/** Columns of one article, segment or audit event per array element: a multi-row insert in one statement. */
const INSERT_ARTICLES = `
insert into "Article" (id, "projectId", title, source, url, text, "textHash", "publishedAt", "createdById", "createdAt", "updatedAt")
select id, $1::uuid, title, source, url, text, hash, published, $2::uuid, created, created
from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::timestamp(3)[])
  as a(id, title, source, url, text, hash, published, created)`;
const INSERT_SEGMENTS = `
insert into "Segment" (id, "articleId", kind, index, "paragraphIndex", start, "end")
select id, article, kind::"SegmentKind", i, p, s, e
from unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[]) as g(id, article, kind, i, p, s, e)`;
const INSERT_AUDITS = `
insert into "AuditEvent" (id, "actorId", "projectId", action, "entityType", "entityId", after, "createdAt")
select id, $1::uuid, $2::uuid, 'article.import', 'Article', entity, after, created
from unnest($3::uuid[], $4::text[], $5::jsonb[], $6::timestamp(3)[]) as e(id, entity, after, created)`;

/** The page or document an article was extracted from (web and document imports only). */
const INSERT_SNAPSHOT = `
insert into "ArticleSnapshot" (id, "articleId", "articleVersion", kind, "requestedUrl", "finalUrl", "fileName",
  "contentType", "byteLength", sha256, content, metadata, "capturedAt")
values ($1::uuid, $2::uuid, 1, $3::"SnapshotKind", $4, $5, $6, $7, $8, $9, $10::bytea, $11::text::jsonb, $12::timestamp(3))`;

/**
 * The files' articles, segments and audit events: three statements in one transaction, through
 * postgres.js (the ORM's multi-row insert of tens of thousands of segments takes seconds).
 */
async function writeFiles(
  actor: ActingUser,
  projectId: string,
  files: TPrepared[],
  createdFrom: number,
): Promise<TImportResult[]> {
  // Times a millisecond apart in file order, as one insert per article gave: lists sort by them.
  let n = 0;
  const rows = files.map((file) =>
    file.drafts.map((d) => ({
      ...d,
      id: uuidv7(),
      file: file.name,
      createdAt: new Date(createdFrom + n++).toISOString(),
    })),
  );
  const articles = rows.flat();
  const segments = {
    id: [] as string[],
    article: [] as string[],
    kind: [] as string[],
    index: [] as number[],
    paragraph: [] as number[],
    start: [] as number[],
    end: [] as number[],
  };
  for (const a of articles) {
    const { paragraphs, sentences } = segmentText(a.text);
    for (const [kind, list] of [
      ["PARAGRAPH", paragraphs],
      ["SENTENCE", sentences],
    ] as const) {
      for (const g of list) {
        segments.id.push(uuidv7());
        segments.article.push(a.id);
        segments.kind.push(kind);
        segments.index.push(g.index);
        segments.paragraph.push(g.paragraphIndex);
        segments.start.push(g.start);
        segments.end.push(g.end);
      }
    }
  }
  const now = new Date().toISOString();
  await streamSql().begin(async (tx) => {
    await tx.unsafe(INSERT_ARTICLES, [
      projectId,
      actor.id,
      articles.map((a) => a.id),
      articles.map((a) => a.title),
      articles.map((a) => a.source),
      articles.map((a) => a.url),
      articles.map((a) => a.text),
      articles.map((a) => a.hash),
      articles.map((a) => a.publishedAt),
      articles.map((a) => a.createdAt),
    ]);
    await tx.unsafe(INSERT_SEGMENTS, [
      segments.id,
      segments.article,
      segments.kind,
      segments.index,
      segments.paragraph,
      segments.start,
      segments.end,
    ]);
    for (const a of articles) {
      const snap = a.snapshot;
      if (!snap) continue;
      await tx.unsafe(INSERT_SNAPSHOT, [
        uuidv7(),
        a.id,
        snap.kind,
        snap.requestedUrl,
        snap.finalUrl,
        snap.fileName,
        snap.contentType,
        snap.byteLength,
        snap.sha256,
        Buffer.from(snap.content),
        JSON.stringify(snap.metadata ?? {}),
        snap.capturedAt.toISOString(),
      ]);
    }
    await tx.unsafe(INSERT_AUDITS, [
      actor.id,
      projectId,
      articles.map(() => uuidv7()),
      articles.map((a) => a.id),
      articles.map((a) =>
        JSON.stringify({
          id: a.id,
          title: a.title,
          source: a.source,
          url: a.url,
          publishedAt: a.publishedAt ? `${a.publishedAt}T00:00:00.000Z` : null,
          textHash: a.hash,
          file: a.file,
          length: a.text.length,
          ...(a.snapshot
            ? { snapshot: { kind: a.snapshot.kind, url: a.snapshot.finalUrl, sha256: a.snapshot.sha256 } }
            : {}),
        }),
      ),
      articles.map(() => now),
    ]);
  });
  return files.map((file, i) => ({
    name: file.name,
    status: "imported",
    articles: rows[i]!.map((a) => ({ id: a.id, title: a.title })),
    error: null,
  }));
}
