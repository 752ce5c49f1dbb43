import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importArticles } from "../articles/import-articles";
import { assignArticles } from "../assignments/assign-articles";
import type { ActingUser } from "../auth/acting-user";
import { createClaim } from "../claims/create-claim";
import { listClaims } from "../claims/list-claims";
import { db } from "../db";
import { parseUploadedFile } from "../import/parse-upload";
import { openArticleEventStream } from "../realtime/article-event-stream";
import { createSpan } from "../spans/create-span";
import { listSpans } from "../spans/list-spans";
import { makeProject, makeUser } from "../testing/factories";
import { setCurated, takeVersion } from "./curate-article";
import { getIndependentAnnotation, setIndependentAnnotation } from "./independent-annotation";

const TEXT = "قتل خمسة أشخاص في هجوم على بغداد يوم الجمعة.";

/** One article assigned to analysts A and B, each with a place span and a claim on it; a reviewer curates. */
async function seeded() {
  const [a, b, reviewer, manager] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
  const { project, admin } = await makeProject([
    { user: a, role: "ANALYST" },
    { user: b, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
    { user: manager, role: "MANAGER" },
  ]);
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [parseUploadedFile("one.txt", new TextEncoder().encode(`عنوان\n\n${TEXT}`), { maxBytes: 10_000 })],
  });
  const articleId = summary.results[0]!.articles[0]!.id;
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [articleId], userIds: [a.id, b.id] },
  });
  const { text } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const place = (await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "place" } })).id;
  const mark = async (actor: ActingUser, word: string) => {
    const start = text.indexOf(word);
    const id = randomUUID();
    await createSpan({ actor, articleId, input: { id, labelId: place, start, end: start + word.length, quote: word } });
    await createClaim({ actor, articleId, input: { id: randomUUID(), kind: "EVENT", claimSpanId: id } });
    return id;
  };
  const spanA = await mark(a, "بغداد");
  const spanB = await mark(b, "الجمعة");
  return { project, articleId, a, b, reviewer, manager, spanA, spanB };
}

const authorsOfSpans = async (actor: ActingUser, articleId: string) =>
  (await listSpans({ actor, articleId })).map((s) => s.author?.id).sort();
const authorsOfClaims = async (actor: ActingUser, articleId: string) =>
  (await listClaims({ actor, articleId })).map((c) => c.author?.id).sort();

describe("independent annotation", () => {
  it("is off by default, and only managers turn it on, audited", async () => {
    const { project, a, b, manager, articleId } = await seeded();
    expect(await getIndependentAnnotation({ actor: a, projectId: project.id })).toEqual({ enabled: false });
    expect(await authorsOfSpans(a, articleId)).toEqual([a.id, b.id].sort());
    await expect(
      setIndependentAnnotation({ actor: a, projectId: project.id, input: { enabled: true } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      setIndependentAnnotation({ actor: manager, projectId: project.id, input: { enabled: "yes" } }),
    ).rejects.toMatchObject({ name: "ZodError" });
    expect(await setIndependentAnnotation({ actor: manager, projectId: project.id, input: { enabled: true } })).toEqual(
      {
        enabled: true,
      },
    );
    expect(
      await db.auditEvent.count({ where: { projectId: project.id, action: "project.independent_annotation" } }),
    ).toBe(1);
  });

  it("shows an analyst only their own spans and claims until a curator curates the article", async () => {
    const { project, a, b, reviewer, manager, articleId } = await seeded();
    await setIndependentAnnotation({ actor: manager, projectId: project.id, input: { enabled: true } });
    expect(await authorsOfSpans(a, articleId)).toEqual([a.id]);
    expect(await authorsOfClaims(a, articleId)).toEqual([a.id]);
    expect(await authorsOfSpans(b, articleId)).toEqual([b.id]);
    // Curators see every analyst's work.
    expect(await authorsOfSpans(reviewer, articleId)).toEqual([a.id, b.id].sort());
    expect(await authorsOfClaims(manager, articleId)).toEqual([a.id, b.id].sort());

    const curated = await setCurated({ actor: reviewer, articleId, input: { curated: true } });
    expect(curated.curatedAt).toBeInstanceOf(Date);
    expect(await authorsOfSpans(a, articleId)).toEqual([a.id, b.id].sort());
    expect(await authorsOfClaims(b, articleId)).toEqual([a.id, b.id].sort());
    await setCurated({ actor: reviewer, articleId, input: { curated: false } });
    expect(await authorsOfSpans(a, articleId)).toEqual([a.id]);
    expect(
      await db.auditEvent.count({
        where: { entityId: articleId, action: { in: ["article.curate", "article.reopen_curation"] } },
      }),
    ).toBe(2);
    await expect(setCurated({ actor: a, articleId, input: { curated: true } })).rejects.toMatchObject({ status: 403 });
  });

  it("sends an analyst live changes of their own work only", async () => {
    const { project, a, b, manager, articleId } = await seeded();
    await setIndependentAnnotation({ actor: manager, projectId: project.id, input: { enabled: true } });
    const abort = new AbortController();
    const response = await openArticleEventStream({ actor: a, articleId, signal: abort.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = "";
    const readUntil = async (needle: string) => {
      const deadline = Date.now() + 5000;
      while (!received.includes(needle) && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value);
      }
    };
    await readUntil("event: ready");
    const date = (await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "date" } })).id;
    const { text } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const at = text.indexOf("هجوم");
    const otherId = randomUUID();
    const ownId = randomUUID();
    await createSpan({
      actor: b,
      articleId,
      input: { id: otherId, labelId: date, start: at, end: at + 4, quote: "هجوم" },
    });
    await createSpan({
      actor: a,
      articleId,
      input: { id: ownId, labelId: date, start: at, end: at + 4, quote: "هجوم" },
    });
    await readUntil(ownId);
    abort.abort();
    expect(received).toContain(ownId);
    expect(received).not.toContain(otherId);
  });
});

describe("curation", () => {
  it("takes one analyst's version into the curated layer once, leaving the raw layers as they were", async () => {
    const { project, a, b, reviewer, manager, articleId, spanB } = await seeded();
    await setIndependentAnnotation({ actor: manager, projectId: project.id, input: { enabled: true } });
    expect(await takeVersion({ actor: reviewer, articleId, input: { analystId: b.id } })).toEqual({
      taken: 1,
      alreadyThere: 0,
      claimsTaken: 1,
      claimsAlreadyThere: 0,
    });
    expect(await takeVersion({ actor: reviewer, articleId, input: { analystId: b.id, spanIds: [spanB] } })).toEqual({
      taken: 0,
      alreadyThere: 1,
      claimsTaken: 0,
      claimsAlreadyThere: 1,
    });
    const layers = await listSpans({ actor: reviewer, articleId });
    const curatedLayer = layers.filter((s) => s.author?.id === reviewer.id);
    const raw = layers.find((s) => s.id === spanB)!;
    expect(curatedLayer).toHaveLength(1);
    expect(curatedLayer[0]).toMatchObject({ start: raw.start, end: raw.end, labelId: raw.labelId, quote: raw.quote });
    expect(layers.filter((s) => s.author?.id === b.id)).toHaveLength(1);
    // B's claim, copied onto the curated copy of its span.
    const claims = await listClaims({ actor: reviewer, articleId });
    const curatedClaims = claims.filter((c) => c.author?.id === reviewer.id);
    expect(curatedClaims).toHaveLength(1);
    expect(curatedClaims[0]).toMatchObject({ kind: "EVENT", claimSpan: { id: curatedLayer[0]!.id } });
    expect(claims.filter((c) => c.author?.id === b.id)).toHaveLength(1);
    // The analysts do not see the curated layer while it is being built.
    expect(await authorsOfSpans(a, articleId)).toEqual([a.id]);
  });

  it("refuses analysts, an unassigned analyst, and spans that are not that analyst's, changing nothing", async () => {
    const { a, b, reviewer, manager, articleId, spanA } = await seeded();
    await expect(takeVersion({ actor: a, articleId, input: { analystId: b.id } })).rejects.toMatchObject({
      status: 403,
    });
    await expect(takeVersion({ actor: reviewer, articleId, input: { analystId: manager.id } })).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      takeVersion({ actor: reviewer, articleId, input: { analystId: b.id, spanIds: [spanA] } }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      takeVersion({ actor: reviewer, articleId: randomUUID(), input: { analystId: b.id } }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db.span.count({ where: { articleId, authorId: reviewer.id } })).toBe(0);
  });
});
