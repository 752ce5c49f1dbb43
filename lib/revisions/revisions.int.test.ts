import { randomUUID } from "node:crypto";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { errorResponse } from "../api/handler";
import { importArticles } from "../articles/import-articles";
import { claimKeys } from "../claims/claim-keys";
import { listClaims } from "../claims/list-claims";
import { exportBytes } from "../datasets/dataset-fixtures";
import { db } from "../db";
import { NEWS_PARAGRAPHS } from "../import/news-page-fixtures";
import { createSpan } from "../spans/create-span";
import { packedSpanIds } from "../../components/annotator/to-client";
import { listReaderSpans } from "../spans/list-reader-spans";
import { listSpans } from "../spans/list-spans";
import { setSpanDeleted } from "../spans/set-span-deleted";
import { makeProject, makeUser } from "../testing/factories";
import { getArticleVersion, listArticleVersions } from "./article-versions";
import { listOrphans, placeOrphan } from "./orphans";
import { reviseArticle } from "./revise-article";

const OLD = NEWS_PARAGRAPHS.join("\n\n");
/** The outlet's correction: four rockets, not three; a new second paragraph; the third one gone. */
const ADDED = "وأفاد شهود عيان بأنهم سمعوا دوي انفجارات متتالية قرب المدخل الشمالي للقاعدة قبيل منتصف الليل.";
const NEW = [
  NEWS_PARAGRAPHS[0]!.replace("ثلاثة صواريخ", "أربعة صواريخ"),
  ADDED,
  NEWS_PARAGRAPHS[1]!,
  NEWS_PARAGRAPHS[3]!,
].join("\n\n");

async function setup() {
  const analyst = await makeUser();
  const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [
      {
        name: "report.json",
        ok: true,
        drafts: [{ title: "صواريخ عين الأسد", source: null, url: null, publishedAt: null, text: OLD }],
      },
    ],
  });
  const articleId = summary.results[0]!.articles[0]!.id;
  const labels = await db.label.findMany({ where: { projectId: project.id }, orderBy: { order: "asc" } });
  const span = async (phrase: string) => {
    const start = OLD.indexOf(phrase);
    const { span } = await createSpan({
      actor: analyst,
      articleId,
      input: { id: randomUUID(), labelId: labels[0]!.id, start, end: start + phrase.length, quote: phrase },
    });
    return span;
  };
  const spans = {
    placed: await span("قال مسؤول في وزارة الدفاع العراقية"),
    corrected: await span("ثلاثة صواريخ"),
    moved: await span("من منطقة صحراوية"),
    removed: await span("قيادة العمليات المشتركة"),
  };
  const claim = (spanId: string) =>
    db.claim.create({
      data: {
        id: randomUUID(),
        projectId: project.id,
        articleId,
        kind: "STATEMENT",
        claimSpanId: spanId,
        authorId: analyst.id,
      },
    });
  const claims = { moved: await claim(spans.moved.id), removed: await claim(spans.removed.id) };
  return { analyst, admin, project, articleId, labels, spans, claims };
}

const articleRow = (id: string) =>
  db.article.findUniqueOrThrow({ where: { id }, select: { text: true, version: true, textVersion: true } });

describe("article revisions", () => {
  it("re-anchors every span of a corrected report: placed, moved or orphaned, never placed wrong", async () => {
    const { admin, articleId, spans, claims } = await setup();
    const result = await reviseArticle({ actor: admin, articleId, version: 1, source: { kind: "text", text: NEW } });
    expect(result.revision).toMatchObject({
      version: 2,
      origin: "text",
      placed: 1,
      moved: 1,
      orphaned: 2,
      claims: { placed: 0, moved: 1, orphaned: 1 },
    });
    expect(await articleRow(articleId)).toEqual({ text: NEW, version: 2, textVersion: 2 });

    const stored = new Map((await db.span.findMany({ where: { articleId } })).map((s) => [s.id, s]));
    const placed = stored.get(spans.placed.id)!;
    expect(placed).toMatchObject({ anchorState: "PLACED", start: spans.placed.start, articleVersion: 2, version: 1 });
    const moved = stored.get(spans.moved.id)!;
    expect(moved).toMatchObject({ anchorState: "MOVED", articleVersion: 2, quote: "من منطقة صحراوية", version: 2 });
    expect(NEW.slice(moved.start, moved.end)).toBe("من منطقة صحراوية");
    expect(moved.start).toBe(NEW.indexOf("من منطقة صحراوية"));
    expect(moved.prefix).toBe(NEW.slice(moved.start - 32, moved.start));
    for (const [span, reason] of [
      [spans.corrected, "not_found"],
      [spans.removed, "not_found"],
    ] as const) {
      // An orphan keeps its old quote, offsets and text version.
      expect(stored.get(span.id)).toMatchObject({
        anchorState: "ORPHANED",
        anchorReason: reason,
        start: span.start,
        end: span.end,
        quote: span.quote,
        articleVersion: 1,
      });
    }

    // The reader and the span list show only what is in the new text; orphans are listed apart.
    const reader = await listReaderSpans({ actor: admin, articleId });
    expect(packedSpanIds(reader).sort()).toEqual([spans.placed.id, spans.moved.id].sort());
    expect((await listSpans({ actor: admin, articleId })).map((s) => s.id).sort()).toEqual(
      [spans.placed.id, spans.moved.id].sort(),
    );
    const orphans = await listOrphans({ actor: admin, articleId });
    expect(orphans.map((o) => [o.quote, o.reason, o.articleVersion, o.claims.map((c) => c.id)])).toEqual([
      ["ثلاثة صواريخ", "not_found", 1, []],
      ["قيادة العمليات المشتركة", "not_found", 1, [claims.removed.id]],
    ]);

    // The claims list still carries the claim on the orphan, its span marked orphaned in version 1's words.
    const listed = new Map((await listClaims({ actor: admin, articleId })).map((c) => [c.id, c.claimSpan]));
    expect(listed.get(claims.removed.id)).toMatchObject({
      id: spans.removed.id,
      anchorState: "ORPHANED",
      articleVersion: 1,
      quote: "قيادة العمليات المشتركة",
    });
    expect(listed.get(claims.moved.id)).toMatchObject({ anchorState: "MOVED", articleVersion: 2 });

    // Segments are the new text's.
    const paragraphs = await db.segment.findMany({
      where: { articleId, kind: "PARAGRAPH" },
      orderBy: { index: "asc" },
    });
    expect(paragraphs.map((p) => NEW.slice(p.start, p.end))).toEqual(NEW.split("\n\n"));

    // One audit event names the revision, the moved spans and the orphans with their reasons.
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: articleId, action: "article.revise" } });
    expect(audit.after).toMatchObject({
      textVersion: 2,
      placed: 1,
      moved: [spans.moved.id],
      orphaned: expect.arrayContaining([{ id: spans.removed.id, reason: "not_found" }]),
    });
  });

  it("keeps earlier versions readable, and exports name the version and leave orphans out", async () => {
    const { admin, project, articleId, spans, claims } = await setup();
    await reviseArticle({ actor: admin, articleId, version: 1, source: { kind: "text", text: NEW } });
    const versions = await listArticleVersions({ actor: admin, articleId });
    expect(versions.map((v) => [v.version, v.current, v.origin, v.length])).toEqual([
      [1, false, "import", OLD.length],
      [2, true, "text", NEW.length],
    ]);
    expect(versions[1]!.reanchored).toMatchObject({ placed: 1, moved: 1, orphaned: 2 });
    expect((await getArticleVersion({ actor: admin, articleId, version: 1 })).text).toBe(OLD);
    expect((await getArticleVersion({ actor: admin, articleId, version: 2 })).text).toBe(NEW);
    await expect(getArticleVersion({ actor: admin, articleId, version: 3 })).rejects.toMatchObject({ status: 404 });

    const [header, article] = (await exportBytes(admin, project.id, { format: "jsonl" }))
      .toString("utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(header).toBeTruthy();
    expect(article).toMatchObject({ type: "article", text: NEW, articleVersion: 2 });
    expect((article.spans as { id: string }[]).map((s) => s.id).sort()).toEqual(
      [spans.placed.id, spans.moved.id].sort(),
    );
    const csv = (await exportBytes(admin, project.id, { format: "csv" })).toString("utf8").slice(1).split("\r\n");
    const columns = csv[0]!.split(",");
    // Only the claim on the moved span is exported; it names text version 2.
    expect(csv.filter((l) => l.trim() !== "")).toHaveLength(2);
    expect(csv[1]!.split(",")[columns.indexOf("article_version")]).toBe("2");

    // W3C: one annotation per span in the new text, each target's source naming text version 2.
    type TTarget = { source: { id: string; "schema:version": number }; selector: { type: string; exact?: string }[] };
    const w3c = JSON.parse((await exportBytes(admin, project.id, { format: "w3c" })).toString("utf8")) as {
      first: { items: { id: string; motivation: string; target: TTarget | TTarget[] }[] };
    };
    const tagged = w3c.first.items.filter((a) => a.motivation === "tagging");
    expect(tagged.map((a) => a.id).sort()).toEqual(
      [`urn:uuid:${spans.placed.id}`, `urn:uuid:${spans.moved.id}`].sort(),
    );
    for (const annotation of tagged) {
      const target = annotation.target as TTarget;
      expect(target.source).toMatchObject({ id: `urn:uuid:${articleId}`, "schema:version": 2 });
      expect(NEW).toContain(target.selector.find((s) => s.type === "TextQuoteSelector")!.exact);
    }
    expect(JSON.stringify(w3c)).not.toContain(spans.removed.id);
    expect(JSON.stringify(w3c)).not.toContain(claims.removed.id);

    // brat: the .ann holds the two spans in the new text and the claim on the moved one only;
    // articles.tsv names text version 2.
    const files = unzipSync(new Uint8Array(await exportBytes(admin, project.id, { format: "brat" })));
    const ann = new TextDecoder().decode(files[`${articleId}.ann`]).trimEnd().split("\n");
    expect(
      ann
        .filter((l) => l.startsWith("T"))
        .map((l) => l.split("\t")[2])
        .sort(),
    ).toEqual([spans.placed.quote, "من منطقة صحراوية"].sort());
    expect(ann.filter((l) => l.startsWith("A") && l.includes("ClaimKind"))).toHaveLength(1);
    expect(ann.join("\n")).not.toContain("قيادة العمليات المشتركة");
    const [head, row] = new TextDecoder().decode(files["articles.tsv"]).replace(/\n$/, "").split("\n");
    const tsvColumns = head!.split("\t");
    const cells = row!.split("\t");
    expect([cells[tsvColumns.indexOf("article_id")], cells[tsvColumns.indexOf("article_version")]]).toEqual([
      articleId,
      "2",
    ]);
  });

  it("an orphan is deleted softly with an audit event, or placed again where the analyst selects it", async () => {
    const { admin, analyst, articleId, spans, claims } = await setup();
    await reviseArticle({ actor: admin, articleId, version: 1, source: { kind: "text", text: NEW } });
    const [corrected, removed] = await listOrphans({ actor: analyst, articleId });

    await setSpanDeleted({
      actor: analyst,
      ref: { articleId, spanId: corrected!.id },
      version: corrected!.version,
      deleted: true,
    });
    expect(await db.auditEvent.count({ where: { entityId: spans.corrected.id, action: "span.delete" } })).toBe(1);
    expect((await db.span.findUniqueOrThrow({ where: { id: spans.corrected.id } })).deletedAt).not.toBeNull();

    const phrase = "أربعة صواريخ";
    const start = NEW.indexOf(phrase);
    // A quote that is not the text there is refused and changes nothing.
    await expect(
      placeOrphan({
        actor: analyst,
        ref: { articleId, spanId: removed!.id },
        input: { version: removed!.version, start, end: start + phrase.length, quote: "ثلاثة صواريخ" },
      }),
    ).rejects.toMatchObject({ status: 400 });
    const placed = await placeOrphan({
      actor: analyst,
      ref: { articleId, spanId: removed!.id },
      input: { version: removed!.version, start, end: start + phrase.length, quote: phrase },
    });
    expect(placed).toMatchObject({ start, quote: phrase, version: removed!.version + 1 });
    expect(await db.span.findUniqueOrThrow({ where: { id: removed!.id } })).toMatchObject({
      anchorState: "MOVED",
      articleVersion: 2,
      anchorReason: null,
    });
    expect(await db.auditEvent.count({ where: { entityId: removed!.id, action: "span.place" } })).toBe(1);
    // The claim on it is matched by its new words.
    expect((await db.claim.findUniqueOrThrow({ where: { id: claims.removed.id } })).quoteKey).toBe(
      claimKeys({ quote: phrase, kind: "STATEMENT", figures: {} }).quoteKey,
    );
    expect(await listOrphans({ actor: analyst, articleId })).toEqual([]);
    expect(packedSpanIds(await listReaderSpans({ actor: analyst, articleId }))).toContain(removed!.id);
    // Placing it again is a conflict: it is in the text.
    await expect(
      placeOrphan({
        actor: analyst,
        ref: { articleId, spanId: removed!.id },
        input: { version: placed.version, start, end: start + phrase.length, quote: phrase },
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("refuses bad input with a 4xx, a stale version with a 409 and analysts, changing nothing", async () => {
    const { admin, analyst, articleId } = await setup();
    const before = await articleRow(articleId);
    const spanRows = async () =>
      (await db.span.findMany({ where: { articleId }, orderBy: { id: "asc" } })).map((s) => [
        s.start,
        s.anchorState,
        s.version,
      ]);
    const spansBefore = await spanRows();
    const attempts: [Parameters<typeof reviseArticle>[0], number][] = [
      [{ actor: admin, articleId, version: 1, source: { kind: "text", text: "   \n " } }, 400],
      [{ actor: admin, articleId, version: 1, source: { kind: "text", text: OLD } }, 400],
      [
        {
          actor: admin,
          articleId,
          version: 1,
          source: { kind: "file", name: "report.pdf", bytes: new Uint8Array([37, 80]) },
        },
        400,
      ],
      [
        {
          actor: admin,
          articleId,
          version: 1,
          source: { kind: "file", name: "new.docx", bytes: new TextEncoder().encode("not a zip") },
        },
        422,
      ],
      [{ actor: admin, articleId, version: 1, source: { kind: "url", url: null } }, 400],
      [{ actor: admin, articleId, version: 0, source: { kind: "text", text: NEW } }, 400],
      [{ actor: admin, articleId, version: 7, source: { kind: "text", text: NEW } }, 409],
      [{ actor: analyst, articleId, version: 1, source: { kind: "text", text: NEW } }, 403],
    ];
    // The status the API answers with (lib/api/handler.ts maps the errors).
    const statuses = [];
    for (const [options] of attempts)
      statuses.push(
        await reviseArticle(options).then(
          () => 201,
          (error: unknown) => errorResponse(error).status,
        ),
      );
    expect(statuses).toEqual(attempts.map(([, status]) => status));
    expect(await articleRow(articleId)).toEqual(before);
    expect(await spanRows()).toEqual(spansBefore);
    expect(await db.articleVersion.count({ where: { articleId } })).toBe(0);

    // Two managers revising the same version: the second one gets a 409 and the first one's text stays.
    await reviseArticle({ actor: admin, articleId, version: 1, source: { kind: "text", text: NEW } });
    await expect(
      reviseArticle({ actor: admin, articleId, version: 1, source: { kind: "text", text: `${NEW}\n\nفقرة أخرى.` } }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await articleRow(articleId)).toEqual({ text: NEW, version: 2, textVersion: 2 });
  });
});
