import type { ActingUser } from "../auth/acting-user";
import { agreementCsv } from "../agreement/csv";
import { getAgreement } from "../agreement/get-agreement";
import { claimFieldsSelect } from "../claims/claim-fields-select";
import { db } from "../db";
import { zipStream } from "../export/zip-stream";

/**
 * What an export can add beside the curated layer (lib/curation/layer.ts): each analyst's raw
 * layer and the agreement report. With either, the export is a zip that holds the usual file as it
 * would be downloaded alone, then `raw-layers.jsonl` (one line per article and analyst: the
 * analyst's id, name and email, their live spans and claims on it, and whether the article is
 * curated) and `agreement.json` with `agreement.csv` (the agreement report over the exported
 * articles, as GET /projects/{id}/agreement gives it).
 */
export type TLayerExtras = { rawLayers: boolean; agreement: boolean };

export const EXPORT_LAYERS = ["curated", "curated+raw"] as const;

/** Each analyst's raw layer of the exported articles, one JSON line per article and analyst. */
async function rawLayersJsonl(projectId: string, articleIds: string[] | null): Promise<string> {
  const analysts = await db.membership.findMany({
    where: { projectId, role: "ANALYST" },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const authorIds = analysts.map((m) => m.user.id);
  const articleWhere = { projectId, deletedAt: null, ...(articleIds ? { id: { in: articleIds } } : {}) };
  const [articles, spans, claims] = await Promise.all([
    db.article.findMany({
      where: articleWhere,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, curatedAt: true },
    }),
    db.span.findMany({
      where: { article: articleWhere, authorId: { in: authorIds }, deletedAt: null },
      orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
      select: {
        id: true,
        articleId: true,
        authorId: true,
        labelId: true,
        label: { select: { key: true } },
        start: true,
        end: true,
        quote: true,
        note: true,
        entityId: true,
      },
    }),
    db.claim.findMany({
      where: { article: articleWhere, authorId: { in: authorIds }, deletedAt: null, proposed: false },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        articleId: true,
        authorId: true,
        ...claimFieldsSelect,
      },
    }),
  ]);
  const lines: string[] = [];
  for (const article of articles) {
    for (const { user } of analysts) {
      const theirSpans = spans.filter((s) => s.articleId === article.id && s.authorId === user.id);
      const theirClaims = claims.filter((c) => c.articleId === article.id && c.authorId === user.id);
      if (theirSpans.length === 0 && theirClaims.length === 0) continue;
      lines.push(
        JSON.stringify({
          type: "layer",
          articleId: article.id,
          articleTitle: article.title,
          curated: article.curatedAt !== null,
          analyst: { id: user.id, name: user.name, email: user.email },
          spans: theirSpans.map(({ articleId: _a, authorId: _u, label, ...s }) => ({ ...s, labelKey: label.key })),
          claims: theirClaims.map(({ articleId: _a, authorId: _u, occurredOn, ...c }) => ({
            ...c,
            occurredOn: occurredOn ? occurredOn.toISOString().slice(0, 10) : null,
          })),
        }),
      );
    }
  }
  return lines.map((l) => `${l}\n`).join("");
}

/**
 * The export as a zip with the extras asked for: the usual file (read whole from `chunks`, so
 * this form holds the file in memory once) and the raw layers and agreement report beside it.
 */
export async function* withLayerExtras(options: {
  actor: ActingUser;
  projectId: string;
  articleIds: string[] | null;
  extras: TLayerExtras;
  filename: string;
  chunks: () => AsyncGenerator<Uint8Array>;
}): AsyncGenerator<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of options.chunks()) parts.push(chunk);
  const main = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    main.set(part, at);
    at += part.byteLength;
  }
  const out: Uint8Array[] = [];
  const zip = zipStream((chunk) => out.push(chunk));
  zip.add(options.filename, main);
  if (options.extras.rawLayers)
    zip.add("raw-layers.jsonl", await rawLayersJsonl(options.projectId, options.articleIds));
  if (options.extras.agreement) {
    const report = await getAgreement({
      actor: options.actor,
      projectId: options.projectId,
      query: options.articleIds ? { articles: options.articleIds } : {},
    });
    zip.add("agreement.json", `${JSON.stringify(report, null, 2)}\n`);
    zip.add("agreement.csv", agreementCsv(report));
  }
  zip.end();
  yield* out;
}
