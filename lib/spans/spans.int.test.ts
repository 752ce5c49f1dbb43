import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { makeProject, makeUser } from "../testing/factories";
import { createEntity } from "../entities/create-entity";
import { createSpan } from "./create-span";
import { packedSpanIds, unpackSpans } from "../../components/annotator/to-client";
import { listReaderSpans } from "./list-reader-spans";
import { listSpans } from "./list-spans";
import { setSpanDeleted } from "./set-span-deleted";
import { updateSpan } from "./update-span";
import { reviseArticle } from "../revisions/revise-article";

async function setup() {
  const analyst = await makeUser();
  const other = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: other, role: "ANALYST" },
  ]);
  const sources = (await loadSampleCorpus()).slice(0, 1);
  const summary = await importArticles({ actor: admin, projectId: project.id, sources });
  const article = await db.article.findUniqueOrThrow({ where: { id: summary.results[0]!.articles[0]!.id } });
  const labels = await db.label.findMany({ where: { projectId: project.id }, orderBy: { order: "asc" } });
  return { analyst, other, admin, project, article, labels };
}

function spanInput(text: string, phrase: string, labelId: string) {
  const start = text.indexOf(phrase);
  return { id: randomUUID(), labelId, start, end: start + phrase.length, quote: phrase };
}

describe("spans", () => {
  it("stores offsets, quote and 32 characters of context; a retry returns the same span", async () => {
    const { analyst, article, labels } = await setup();
    const input = spanInput(article.text, "كتائب حزب الله العراقية", labels[0]!.id);
    const first = await createSpan({ actor: analyst, articleId: article.id, input });
    expect(first.created).toBe(true);
    expect(first.span).toMatchObject({ start: input.start, end: input.end, quote: input.quote, version: 1 });
    expect(first.span.prefix).toBe(article.text.slice(Math.max(0, input.start - 32), input.start));
    expect(first.span.suffix).toBe(article.text.slice(input.end, input.end + 32));
    const retry = await createSpan({ actor: analyst, articleId: article.id, input });
    expect(retry).toMatchObject({ created: false, span: { id: input.id } });
    expect(await db.span.count({ where: { articleId: article.id } })).toBe(1);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("IN_PROGRESS");
  });

  it("refuses bad offsets, a mismatched quote and another project's label, storing nothing", async () => {
    const { analyst, article, labels } = await setup();
    const foreign = await setup();
    const good = spanInput(article.text, "بغداد", labels[0]!.id);
    const bad = [
      { ...good, id: randomUUID(), end: article.text.length + 5 },
      { ...good, id: randomUUID(), start: good.end, end: good.start },
      { ...good, id: randomUUID(), quote: "بيروت" },
      { ...good, id: randomUUID(), labelId: foreign.labels[0]!.id },
    ];
    const statuses = [400, 400, 400, 404];
    for (const [i, input] of bad.entries())
      await expect(createSpan({ actor: analyst, articleId: article.id, input })).rejects.toMatchObject({
        status: statuses[i],
      });
    await expect(createSpan({ actor: analyst, articleId: article.id, input: bad[2]! })).rejects.toMatchObject({
      status: 400,
      details: { actual: "بغداد" },
    });
    await expect(createSpan({ actor: analyst, articleId: article.id, input: bad[3]! })).rejects.toMatchObject({
      status: 404,
      message: "Label not found",
    });
    await expect(
      createSpan({ actor: foreign.analyst, articleId: article.id, input: { ...good, id: randomUUID() } }),
    ).rejects.toMatchObject({ status: 404, message: "Article not found" });
    expect(await db.span.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("checks a create after a revision against the revised text, not the one read before", async () => {
    const { analyst, admin, article, labels } = await setup();
    await createSpan({ actor: analyst, articleId: article.id, input: spanInput(article.text, "بغداد", labels[0]!.id) });
    const revised = `تصحيح: ${article.text}`;
    await reviseArticle({
      actor: admin,
      articleId: article.id,
      version: article.version,
      source: { kind: "text", text: revised },
    });
    const stale = spanInput(article.text, "كتائب حزب الله العراقية", labels[0]!.id);
    await expect(createSpan({ actor: analyst, articleId: article.id, input: stale })).rejects.toMatchObject({
      status: 400,
    });
    const input = spanInput(revised, "كتائب حزب الله العراقية", labels[0]!.id);
    const { span } = await createSpan({ actor: analyst, articleId: article.id, input });
    expect(span).toMatchObject({ start: input.start, quote: input.quote });
    expect(span.prefix).toBe(revised.slice(Math.max(0, input.start - 32), input.start));
    expect(await db.span.findUniqueOrThrow({ where: { id: input.id } })).toMatchObject({ articleVersion: 2 });
  });

  it("refuses a deleted label and a removed member once the article's text is held, writing nothing", async () => {
    const { analyst, project, article, labels } = await setup();
    await createSpan({ actor: analyst, articleId: article.id, input: spanInput(article.text, "بغداد", labels[0]!.id) });
    await db.label.update({ where: { id: labels[1]!.id }, data: { deletedAt: new Date() } });
    const input = spanInput(article.text, "كتائب حزب الله العراقية", labels[1]!.id);
    await expect(createSpan({ actor: analyst, articleId: article.id, input })).rejects.toMatchObject({
      status: 404,
      message: "Label not found",
    });
    await db.membership.delete({ where: { projectId_userId: { projectId: project.id, userId: analyst.id } } });
    const other = { ...input, id: randomUUID(), labelId: labels[0]!.id };
    await expect(createSpan({ actor: analyst, articleId: article.id, input: other })).rejects.toMatchObject({
      status: 404,
      message: "Article not found",
    });
    expect(await db.span.count({ where: { articleId: article.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { projectId: project.id, action: "span.create" } })).toBe(1);
  });

  it("keeps one span, one audit event and one live event when two copies of a create race", async () => {
    const { analyst, article, labels } = await setup();
    const input = spanInput(article.text, "بغداد", labels[0]!.id);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => createSpan({ actor: analyst, articleId: article.id, input })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.map((r) => r.span.id)).toEqual([input.id, input.id, input.id, input.id]);
    expect(await db.span.count({ where: { articleId: article.id } })).toBe(1);
    const audits = await db.auditEvent.findMany({ where: { entityType: "Span", entityId: input.id } });
    expect(audits.map((a) => a.action)).toEqual(["span.create"]);
    expect(audits[0]!.after).toMatchObject({ id: input.id, quote: "بغداد", author: { id: analyst.id } });
    // What the create answered is what a later read returns, timestamps included.
    const created = results.find((r) => r.created)!.span;
    const [listed] = await listSpans({ actor: analyst, articleId: article.id });
    expect(listed!.createdAt.toISOString()).toBe(created.createdAt.toISOString());
    expect(audits[0]!.createdAt.toISOString()).toBe(created.createdAt.toISOString());
    // Every copy answered with the span exactly as the list shows it.
    for (const r of results) expect(r.span).toEqual(listed);
    const again = await createSpan({ actor: analyst, articleId: article.id, input });
    expect(again).toEqual({ created: false, span: listed });
  });

  it("refuses an entity of another project and a reused id, and lets an admin annotate any project", async () => {
    const { analyst, article, labels, project } = await setup();
    const foreign = await setup();
    const entity = await createEntity({
      actor: foreign.admin,
      projectId: foreign.project.id,
      input: { kind: "PERSON", nameAr: "محمد" },
    });
    const input = { ...spanInput(article.text, "بغداد", labels[0]!.id), entityId: entity.id };
    await expect(createSpan({ actor: analyst, articleId: article.id, input })).rejects.toMatchObject({
      status: 404,
      message: "Entity not found",
    });
    const own = await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "PERSON", nameAr: "محمد" },
    });
    const first = await createSpan({ actor: analyst, articleId: article.id, input: { ...input, entityId: own.id } });
    expect(first).toMatchObject({ created: true, span: { entityId: own.id } });
    const reused = spanInput(article.text, "العراق", labels[0]!.id);
    await expect(
      createSpan({ actor: analyst, articleId: article.id, input: { ...reused, id: input.id } }),
    ).rejects.toMatchObject({ status: 409 });
    const admin = await makeUser({ isAdmin: true });
    const byAdmin = await createSpan({ actor: admin, articleId: article.id, input: reused });
    expect(byAdmin).toMatchObject({ created: true, span: { author: { id: admin.id } } });
    expect(await db.span.count({ where: { articleId: article.id } })).toBe(2);
  });

  it("refuses a change made against an out-of-date version with the current span", async () => {
    const { analyst, other, article, labels } = await setup();
    const { span } = await createSpan({
      actor: analyst,
      articleId: article.id,
      input: spanInput(article.text, "الجمعة", labels[0]!.id),
    });
    const ref = { articleId: article.id, spanId: span.id };
    const changed = await updateSpan({
      actor: other,
      ref,
      input: { version: 1, labelId: labels[5]!.id, note: "يوم الهجوم" },
    });
    expect(changed).toMatchObject({ version: 2, labelId: labels[5]!.id, note: "يوم الهجوم" });
    await expect(updateSpan({ actor: analyst, ref, input: { version: 1, note: "overwrite" } })).rejects.toMatchObject({
      status: 409,
      details: { current: { version: 2, note: "يوم الهجوم" } },
    });
    expect((await db.span.findUniqueOrThrow({ where: { id: span.id } })).note).toBe("يوم الهجوم");
  });

  it("deletes softly and restores (undo), auditing each step", async () => {
    const { analyst, article, labels } = await setup();
    const { span } = await createSpan({
      actor: analyst,
      articleId: article.id,
      input: spanInput(article.text, "السفارة الأمريكية", labels[6]!.id),
    });
    const ref = { articleId: article.id, spanId: span.id };
    const deleted = await setSpanDeleted({ actor: analyst, ref, version: 1, deleted: true });
    expect(await listSpans({ actor: analyst, articleId: article.id })).toHaveLength(0);
    expect(await listSpans({ actor: analyst, articleId: article.id, includeDeleted: true })).toHaveLength(1);
    await setSpanDeleted({ actor: analyst, ref, version: deleted.version, deleted: false });
    expect((await listSpans({ actor: analyst, articleId: article.id })).map((s) => s.id)).toEqual([span.id]);
    const actions = (await db.auditEvent.findMany({ where: { entityId: span.id }, orderBy: { createdAt: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["span.create", "span.delete", "span.restore"]);
  });

  it("lets overlapping and nested spans coexist, listed in text order", async () => {
    const { analyst, article, labels } = await setup();
    const outer = spanInput(article.text, "مسؤول أمني من كتائب حزب الله العراقية", labels[1]!.id);
    const inner = spanInput(article.text, "كتائب حزب الله", labels[7]!.id);
    const overlap = spanInput(article.text, "أمني من كتائب", labels[0]!.id);
    for (const input of [inner, overlap, outer]) await createSpan({ actor: analyst, articleId: article.id, input });
    const spans = await listSpans({ actor: analyst, articleId: article.id });
    expect(spans.map((s) => s.quote)).toEqual([outer.quote, overlap.quote, inner.quote]);
  });

  it("filters by label and author", async () => {
    const { analyst, other, article, labels } = await setup();
    await createSpan({ actor: analyst, articleId: article.id, input: spanInput(article.text, "بغداد", labels[6]!.id) });
    await createSpan({ actor: other, articleId: article.id, input: spanInput(article.text, "الجمعة", labels[5]!.id) });
    expect(
      (await listSpans({ actor: analyst, articleId: article.id, authorId: other.id })).map((s) => s.quote),
    ).toEqual(["الجمعة"]);
    expect(
      (await listSpans({ actor: analyst, articleId: article.id, labelId: labels[6]!.id })).map((s) => s.quote),
    ).toEqual(["بغداد"]);
  });

  it("hands the reader the same spans as the list, in the same order, with their authors and times", async () => {
    const { analyst, other, admin, project, article, labels } = await setup();
    const outer = spanInput(article.text, "مسؤول أمني من كتائب حزب الله العراقية", labels[1]!.id);
    const inner = spanInput(article.text, "كتائب حزب الله", labels[7]!.id);
    await createSpan({ actor: analyst, articleId: article.id, input: inner });
    await createSpan({ actor: other, articleId: article.id, input: outer });
    const gone = spanInput(article.text, "بغداد", labels[6]!.id);
    await createSpan({ actor: other, articleId: article.id, input: gone });
    await setSpanDeleted({ actor: other, ref: { articleId: article.id, spanId: gone.id }, version: 1, deleted: true });
    await updateSpan({
      actor: analyst,
      ref: { articleId: article.id, spanId: inner.id },
      input: { version: 1, note: "ملاحظة" },
    });

    const reader = unpackSpans(await listReaderSpans({ actor: analyst, articleId: article.id }), article);
    const listed = await listSpans({ actor: analyst, articleId: article.id });
    expect(reader).toEqual(
      listed.map((s) => ({
        ...s,
        prefix: "",
        suffix: "",
        createdAt: s.createdAt.toISOString(),
        updatedAt: s.updatedAt.toISOString(),
        deletedAt: null,
      })),
    );
    expect(reader.map((s) => [s.quote, s.author?.id, s.note])).toEqual([
      [outer.quote, other.id, ""],
      [inner.quote, analyst.id, "ملاحظة"],
    ]);

    // Under independent annotation an analyst's reader holds their own spans only; a manager's all.
    await db.project.update({ where: { id: project.id }, data: { independentAnnotation: true } });
    const own = await listReaderSpans({ actor: analyst, articleId: article.id });
    expect(packedSpanIds(own)).toEqual([inner.id]);
    expect((await listReaderSpans({ actor: admin, articleId: article.id })).count).toBe(2);
    await expect(listReaderSpans({ actor: await makeUser(), articleId: article.id })).rejects.toMatchObject({
      status: 404,
    });
  });
});
