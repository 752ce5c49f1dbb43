import { recordAudit } from "../audit/record-audit";
import type { ReservedSql } from "postgres";
import { z } from "zod";
import type { ActingUser } from "../auth/acting-user";
import { db, sql, streamSql } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { createWriter, FORMAT_INFO } from "../export/formats";
import { incidentsWriter } from "../export/incidents";
import { w3cWriter } from "../export/w3c";
import { keepVerdict, rulesFor, selectMaterial } from "../export/select-material";
import { collectionDirection } from "../export/text-direction";
import {
  EXPORT_FORMATS,
  type TArticleBundle,
  type TArticleExportFormat,
  type TExportFormat,
  type TProjectInfo,
} from "../export/types";
import { readQuery } from "../api/query";
import { requireMembership } from "../projects/require-membership";
import { ZExportSearchQuery } from "./schemas";
import { COUNT_SQL, DECLARE_ARTICLES, FETCH_ARTICLES } from "./export-sql";
import { countIncidents, readIncidentLedgers } from "./export-incidents";
import { EXPORT_LAYERS, withLayerExtras } from "./export-layers";
import { DECLARE_ANNOTATIONS } from "./annotations-sql";
import { articleRows } from "./article-lines";
import { DECLARE_ARTICLE_LINES } from "./article-lines-sql";
import { readBatch, readRegistry, type TExportFilter } from "./read-articles";

export const ZExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` }),
  /** Only these articles (ids of live articles of the project); null or absent: all. */
  articleIds: z.array(z.uuid("articles must be article ids")).max(10_000).nullable().default(null),
  reviewedOnly: z.boolean().default(false),
  /** format=incidents: also machine-proposed claims no analyst has accepted yet. */
  includeProposed: z.boolean().default(false),
  /** Beside the curated layer, a zip with each analyst's raw layer and/or the agreement report (./export-layers.ts). */
  layers: z.enum(EXPORT_LAYERS).default("curated"),
  agreement: z.boolean().default(false),
});
export type TExportQuery = z.input<typeof ZExportQuery>;

/** The query string form (ZExportSearchQuery): ?format=…&articles=id,id&reviewedOnly=true&proposed=true. */
export function exportQueryFromSearch(search: URLSearchParams): z.infer<typeof ZExportQuery> {
  const query = readQuery(search, ZExportSearchQuery);
  return ZExportQuery.parse({
    format: query.format,
    articleIds: query.articles
      ? query.articles
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean)
      : null,
    reviewedOnly: query.reviewedOnly,
    includeProposed: query.proposed,
    layers: query.layers,
    agreement: query.agreement,
  });
}

export type TPreparedExport = {
  format: TExportFormat;
  contentType: string;
  /** ASCII file name, and the same with the project's own name for clients that read UTF-8 names. */
  filename: string;
  filenameUtf8: string;
  totalArticles: number;
  /** The file, produced while it is read: memory holds one batch of articles at a time. */
  chunks(): AsyncGenerator<Uint8Array>;
};

/** Articles per cursor fetch: large enough to keep round trips few, small enough to keep memory flat. */
const BATCH = 100;

function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
}

/**
 * Exports a project, or chosen articles of it, in one of the dataset formats (managers only).
 * Authorisation and the article selection are checked here, before anything is produced, so a
 * caller can still answer with an error; the file itself is made by `chunks()`, which reads the
 * project from one read-only snapshot with a server-side cursor, a batch of articles at a time.
 */
export async function exportProject(options: {
  actor: ActingUser;
  projectId: string;
  query: TExportQuery;
  onProgress?: (done: number, total: number) => void;
}): Promise<TPreparedExport> {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "MANAGER");
  const query = ZExportQuery.parse(options.query);
  const found = await db.project.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      name: true,
      description: true,
      publisher: { select: { name: true, url: true, logoUrl: true, reviewUrlTemplate: true } },
    },
  });
  if (!found) throw new NotFoundError("Project");
  if (query.format === "claimreview" && !found.publisher)
    throw new ConflictError(
      "ClaimReview names the organisation that publishes the fact checks and the address of each review: set them in the project's settings (publisher) first",
    );
  const languages = await db.article.groupBy({
    by: ["language"],
    where: { projectId, deletedAt: null },
    _count: { _all: true },
  });
  const project: TExportProject = {
    ...found,
    textDirection: collectionDirection(languages.map((l) => ({ language: l.language, count: l._count._all }))),
  };
  const articleIds = query.articleIds ? [...new Set(query.articleIds)] : null;
  if (articleIds) {
    const found = await db.article.findMany({
      where: { id: { in: articleIds }, projectId, deletedAt: null },
      select: { id: true },
    });
    const known = new Set(found.map((a) => a.id));
    const unknown = articleIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new ValidationError(`${unknown.length} of the chosen articles are not in this project`, { unknown });
  }
  const extras = { rawLayers: query.layers === "curated+raw", agreement: query.agreement };
  if (query.format === "incidents" && (extras.rawLayers || extras.agreement))
    throw new ValidationError("Raw layers and the agreement report go with the article formats, not with incidents");
  if (query.format === "incidents") {
    await recordExport(actor, projectId, { format: query.format, includeProposed: query.includeProposed });
    return prepareIncidentExport(project, query.includeProposed, options.onProgress);
  }
  const format: TArticleExportFormat = query.format;
  const rules = rulesFor(format, query.reviewedOnly);
  const filter: TExportFilter = {
    projectId,
    articleIds,
    history: rules.history,
    reviewedOnly: query.reviewedOnly,
    positions: query.format === "w3c",
  };
  const [{ count: totalArticles } = { count: 0 }] = await sql().unsafe<{ count: number }[]>(COUNT_SQL, [
    projectId,
    articleIds,
  ]);

  await recordExport(actor, projectId, {
    format: query.format,
    reviewedOnly: query.reviewedOnly,
    articleIds,
    totalArticles,
    layers: query.layers,
    agreement: query.agreement,
  });

  const info = FORMAT_INFO[query.format];
  const date = new Date().toISOString().slice(0, 10);
  const suffix = `${query.reviewedOnly ? "-reviewed" : ""}-${date}.${info.extension}`;
  const filename = `${slug(project.name) || `project-${project.id.slice(0, 8)}`}${suffix}`;
  const filenameUtf8 = `${project.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim() || "project"}${suffix}`;
  const chunks = () => produce(project, format, filter, rules, totalArticles, options.onProgress);
  if (extras.rawLayers || extras.agreement)
    return {
      format: query.format,
      contentType: "application/zip",
      filename: `${filename}.zip`,
      filenameUtf8: `${filenameUtf8}.zip`,
      totalArticles,
      chunks: () => withLayerExtras({ actor, projectId, articleIds, extras, filename, chunks }),
    };
  return { format: query.format, contentType: info.contentType, filename, filenameUtf8, totalArticles, chunks };
}

/** Who took which data out, and when: recorded in the project's trail as the export starts (it streams afterwards). */
async function recordExport(actor: ActingUser, projectId: string, after: Record<string, unknown>): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "project.export",
      entityType: "Project",
      entityId: projectId,
      after,
    }),
  );
}

/** format=incidents: the incident ledgers as three CSV tables in a zip; `totalArticles` counts incidents. */
async function prepareIncidentExport(
  project: { id: string; name: string },
  includeProposed: boolean,
  onProgress?: (done: number, total: number) => void,
): Promise<TPreparedExport> {
  const total = await countIncidents(project.id);
  const info = FORMAT_INFO.incidents;
  const suffix = `${includeProposed ? "-with-proposed" : ""}-${new Date().toISOString().slice(0, 10)}.${info.extension}`;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const out: Uint8Array[] = [];
    const writer = incidentsWriter((chunk) => out.push(chunk));
    let done = 0;
    for await (const ledger of readIncidentLedgers(project.id, includeProposed)) {
      writer.incident(ledger);
      onProgress?.(++done, total);
    }
    writer.end();
    yield* out;
  }
  return {
    format: "incidents",
    contentType: info.contentType,
    filename: `${slug(project.name) || `project-${project.id.slice(0, 8)}`}${suffix}`,
    filenameUtf8: `${project.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim() || "project"}${suffix}`,
    totalArticles: total,
    chunks,
  };
}

type TExportProject = Pick<TProjectInfo, "id" | "name" | "description" | "publisher" | "textDirection">;

async function* produce(
  project: TExportProject,
  format: TArticleExportFormat,
  filter: TExportFilter,
  rules: ReturnType<typeof rulesFor>,
  total: number,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: (string | Uint8Array)[] = [];
  const sink = (chunk: string | Uint8Array) => pending.push(chunk);
  // W3C: the database writes the annotations, the writer the collection around them.
  const annotations = format === "w3c" ? w3cWriter(sink) : null;
  const writer = annotations ?? createWriter(format, sink);
  /** What the writer produced since the last call, as bytes. */
  const drain = (): Uint8Array[] => {
    const out: Uint8Array[] = [];
    let text = "";
    for (const chunk of pending) {
      if (typeof chunk === "string") {
        text += chunk;
      } else {
        if (text) out.push(encoder.encode(text));
        text = "";
        out.push(chunk);
      }
    }
    if (text) out.push(encoder.encode(text));
    pending = [];
    return out;
  };

  // JSONL and W3C: the database writes each article's output, on two connections at once (./article-lines.ts).
  const connections = await reserveConnections(format === "jsonl" || format === "w3c" ? 2 : 1);
  const [connection] = connections;
  if (!connection) throw new Error("No database connection for the export");
  let finished = false;
  let done = 0;
  const endAll = (statement: string) => Promise.all(connections.map((c) => c.unsafe(statement)));
  try {
    // One snapshot for the whole file, shared by every connection; JIT compilation costs more than
    // it saves on these statements.
    await connection.unsafe("begin isolation level repeatable read read only");
    await connection.unsafe("set local jit = off");
    if (connections.length > 1) {
      const [{ snapshot } = { snapshot: "" }] = await connection.unsafe<{ snapshot: string }[]>(
        "select pg_export_snapshot() as snapshot",
      );
      if (!/^[0-9A-F-]+$/i.test(snapshot)) throw new Error(`Unexpected snapshot name ${snapshot}`);
      for (const other of connections.slice(1)) {
        await other.unsafe("begin isolation level repeatable read read only");
        await other.unsafe(`set transaction snapshot '${snapshot}'`);
        await other.unsafe("set local jit = off");
      }
    }
    const registry = await readRegistry(connection, filter);
    writer.begin({
      ...project,
      exportedAt: new Date().toISOString(),
      selection: { articleIds: filter.articleIds, reviewedOnly: filter.reviewedOnly },
      ...registry,
      eventVerdicts: registry.eventVerdicts.filter((v) => keepVerdict(v, rules)),
    });
    yield* drain();

    if (format === "jsonl") {
      for await (const rows of articleRows(connections, DECLARE_ARTICLE_LINES, filter)) {
        yield Buffer.concat(rows.map(([line]) => line ?? Buffer.alloc(0)));
        done += rows.length;
        onProgress?.(done, total);
      }
    } else if (annotations) {
      for await (const rows of articleRows(connections, DECLARE_ANNOTATIONS, filter)) {
        for (const [items, count] of rows) if (items) annotations.annotations(items, Number(count?.toString()));
        yield* drain();
        done += rows.length;
        onProgress?.(done, total);
      }
    } else yield* writeArticles();
    writer.end();
    yield* drain();
    await endAll("commit");
    finished = true;
  } catch (error) {
    finished = true;
    await endAll("rollback").catch((rollbackError: unknown) => {
      throw new AggregateError([error, rollbackError], "The export failed and its snapshot could not be closed");
    });
    throw error;
  } finally {
    // Also reached when the reader stops early (a cancelled download): end the snapshot first.
    try {
      if (!finished) await endAll("rollback");
    } finally {
      for (const c of connections) c.release();
    }
  }

  /** The other formats: the writer's output for each article the JS reader assembles, a batch at a time. */
  async function* writeArticles(): AsyncGenerator<Uint8Array> {
    if (!connection) return;
    await connection.unsafe(DECLARE_ARTICLES, [
      filter.projectId,
      filter.articleIds,
      filter.history,
      filter.reviewedOnly,
    ]);
    const nextBatch = async (): Promise<TArticleBundle[] | null> => {
      const rows = await connection.unsafe<Record<string, unknown>[]>(FETCH_ARTICLES(BATCH));
      return rows.length === 0 ? null : readBatch(connection, filter, rows);
    };
    let upcoming = nextBatch();
    for (;;) {
      const bundles = await upcoming;
      if (!bundles) break;
      // The next batch is read while this one is written, so the database and this process work
      // side by side; at most two batches are held. (Its failure is thrown where it is awaited.)
      upcoming = nextBatch();
      upcoming.catch(() => undefined);
      // Hand each article's output on at once, so at most one article's output waits in memory.
      for (const bundle of bundles) {
        writer.article(selectMaterial(bundle, rules));
        yield* drain();
      }
      done += bundles.length;
      onProgress?.(done, total);
    }
  }
}

/**
 * Reserves `count` connections of the stream pool at once: one export after another, so two
 * exports each holding one connection cannot wait for each other's second.
 */
let reserving: Promise<unknown> = Promise.resolve();
function reserveConnections(count: number): Promise<ReservedSql[]> {
  const reserved = reserving.then(() => Promise.all(Array.from({ length: count }, () => streamSql().reserve())));
  reserving = reserved.catch(() => undefined);
  return reserved;
}
