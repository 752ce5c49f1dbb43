import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { parseUploadedFile } from "../import/parse-upload";
import { createClaim } from "../claims/create-claim";
import { setClaimDeleted } from "../claims/set-claim-deleted";
import { updateClaim } from "../claims/update-claim";
import { createSpan } from "../spans/create-span";
import { makeProject } from "../testing/factories";
import { ARTICLE_EVENTS_CHANNEL, type TArticleEvent } from "./publish";
import { subscribeToArticle } from "./subscribe";

// A second connection stands in for another app process behind the same database.
const otherProcess = postgres(process.env.DATABASE_URL ?? "", { max: 1 });
afterAll(() => otherProcess.end({ timeout: 5 }));

const TEXT = "وفي شمال شرق سوريا استهدف عدة صواريخ قاعدة.";
const SYRIA = TEXT.indexOf("سوريا");

async function articleWithLabel() {
  const { project, admin } = await makeProject();
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [parseUploadedFile("a.txt", new TextEncoder().encode(TEXT), { maxBytes: 1000 })],
  });
  const label = await db.label.findFirstOrThrow({ where: { projectId: project.id } });
  return { admin, articleId: summary.results[0]!.articles[0]!.id, labelId: label.id };
}

function nextEvent<T>(register: (resolve: (value: T) => void) => void, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

describe("live span events", () => {
  it("reach subscribers of the article in this process and in another process, only after commit", async () => {
    const { admin, articleId, labelId } = await articleWithLabel();
    const local = nextEvent<TArticleEvent>(async (resolve) => {
      await subscribeToArticle(articleId, resolve);
    });
    const remote = nextEvent<TArticleEvent>(async (resolve) => {
      await otherProcess.listen(ARTICLE_EVENTS_CHANNEL, (payload) => {
        const event = JSON.parse(payload) as TArticleEvent;
        if (event.articleId === articleId) resolve(event);
      });
    });
    await new Promise((r) => setTimeout(r, 200)); // let both LISTENs register
    const id = randomUUID();
    await createSpan({ actor: admin, articleId, input: { id, labelId, start: SYRIA, end: SYRIA + 5, quote: "سوريا" } });
    const [a, b] = await Promise.all([local, remote]);
    expect(a).toMatchObject({ type: "span.upsert", spanId: id, version: 1, span: { quote: "سوريا" } });
    expect(b).toMatchObject({ type: "span.upsert", spanId: id });
  });

  it("sends nothing for a write that fails after its notification was queued", async () => {
    const { admin, articleId, labelId } = await articleWithLabel();
    const received: TArticleEvent[] = [];
    await subscribeToArticle(articleId, (e) => received.push(e));
    // A constraint checked at commit refuses this article's spans: the create passes validation,
    // queues its NOTIFY in the same transaction, and only then fails and rolls back.
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_span_write() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'span write refused by the test' USING ERRCODE = 'check_violation'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE CONSTRAINT TRIGGER refuse_span_write AFTER INSERT ON "Span" DEFERRABLE INITIALLY DEFERRED
       FOR EACH ROW WHEN (NEW."articleId" = '${articleId}'::uuid) EXECUTE FUNCTION refuse_span_write()`,
    );
    const refused = randomUUID();
    try {
      await expect(
        createSpan({
          actor: admin,
          articleId,
          input: { id: refused, labelId, start: SYRIA, end: SYRIA + 5, quote: "سوريا" },
        }),
      ).rejects.toThrow(/span write refused by the test/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_span_write ON "Span"`);
      await db.$executeRawUnsafe("DROP FUNCTION refuse_span_write()");
    }
    expect(await db.span.count({ where: { id: refused } })).toBe(0);
    // The subscription works: the next write that commits is the only event that arrives.
    const stored = randomUUID();
    await createSpan({
      actor: admin,
      articleId,
      input: { id: stored, labelId, start: SYRIA, end: SYRIA + 5, quote: "سوريا" },
    });
    await expect.poll(() => received.length, { timeout: 3000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(received.map((e) => e.type === "span.upsert" && e.spanId)).toEqual([stored]);
  });

  it("tells the article's readers when a claim is created, changed, deleted and restored", async () => {
    const { admin, articleId } = await articleWithLabel();
    const received: TArticleEvent[] = [];
    await subscribeToArticle(articleId, (e) => received.push(e));
    const id = randomUUID();
    const { claim } = await createClaim({ actor: admin, articleId, input: { id, kind: "STATEMENT", note: "first" } });
    const changed = await updateClaim({ actor: admin, claimId: id, input: { version: claim.version, note: "second" } });
    const deleted = await setClaimDeleted({ actor: admin, claimId: id, version: changed.version, deleted: true });
    await setClaimDeleted({ actor: admin, claimId: id, version: deleted.version, deleted: false });
    await expect.poll(() => received.length, { timeout: 3000 }).toBe(4);
    expect(received.map((e) => e.type === "claim.change" && [e.claimId, e.version])).toEqual([
      [id, 1],
      [id, 2],
      [id, 3],
      [id, 4],
    ]);
  });
});
