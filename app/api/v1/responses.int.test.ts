import { randomUUID } from "node:crypto";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { operations } from "@/lib/api/openapi";
import { ZArticleSummary } from "@/lib/articles/schemas";
import { ZClaim } from "@/lib/claims/schemas";
import { ZEntity } from "@/lib/entities/schemas";
import { ZEvent } from "@/lib/events/schemas";
import { ZIncident } from "@/lib/incidents/schemas";
import { ZLabel } from "@/lib/labels/schemas";
import { ZLink } from "@/lib/links/schemas";
import { ZSpan } from "@/lib/spans/schemas";
import { ZStoredTranslation } from "@/lib/translations/schemas";
import { ZVerdict } from "@/lib/verdicts/schemas";
import { recordVerdict } from "@/lib/verdicts/record-verdict";
import { importArticles } from "@/lib/articles/import-articles";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { loadSampleCorpus } from "@/lib/seed/sample-corpus";
import { createSpan } from "@/lib/spans/create-span";
import { waitForSuggestionRuns } from "@/lib/suggestions/background-runs";
import { makeProject, makeUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { useLocalMtEngine } from "@/lib/testing/local-mt-engine";
import { createApiToken } from "@/lib/tokens/create-api-token";

/**
 * Every operation of the OpenAPI document, called through its real route handler on a seeded
 * project, in an order where each write has something to act on. The answer must have the
 * operation's success status and a body its response schema accepts unchanged: a field the
 * schema does not know, a Date that is not an ISO string or a missing field fails the test.
 */
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TRequest = {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Sent as-is instead of JSON (the dataset import). */
  raw?: { contentType: string; text: string };
  as?: keyof TSeed["tokens"];
  status?: number;
};
type TCase = {
  op: string;
  request: (s: TSeed) => TRequest | Promise<TRequest>;
  after?: (body: TBody, s: TSeed) => void;
};
type TBody = Record<string, unknown> & { id?: string; version?: number };

/** Answers that are not a JSON document: a live event stream and a file download. */
const NOT_JSON = new Set(["get /articles/{id}/events", "get /projects/{id}/export"]);

const ROOT = path.resolve(__dirname);

async function handlerFor(op: string): Promise<Handler> {
  const [method, route] = op.split(" ") as [string, string];
  const file = path.join(ROOT, route.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  const mod = (await import(file)) as Record<string, Handler | undefined>;
  const handler = mod[method.toUpperCase()];
  if (!handler) throw new Error(`${file} has no ${method.toUpperCase()}`);
  return handler;
}

async function seed() {
  const analyst = await makeUser();
  const reviewer = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  await importArticles({ actor: admin, projectId: project.id, sources: await loadSampleCorpus() });
  await waitForSuggestionRuns();
  const articles = await db.article.findMany({ where: { projectId: project.id }, orderBy: { publishedAt: "asc" } });
  const labels = await db.label.findMany({ where: { projectId: project.id }, orderBy: { order: "asc" } });
  const incidents = await db.event.findMany({
    where: { projectId: project.id, status: "PROPOSED" },
    select: { id: true, version: true },
  });
  const token = async (name: string, user: { id: string; name: string; email: string; isAdmin: boolean }) =>
    (await createApiToken({ actor: user as Parameters<typeof createApiToken>[0]["actor"], input: { name } })).token;
  return {
    project,
    admin,
    analyst,
    reviewer,
    articles,
    labels,
    incidents,
    tokens: {
      admin: await token("admin", admin),
      analyst: await token("analyst", analyst),
      reviewer: await token("reviewer", reviewer),
    },
    /** Ids and versions of what earlier cases made. */
    made: {} as Record<string, TBody>,
    text: "",
  };
}
type TSeed = Awaited<ReturnType<typeof seed>>;

const article = (s: TSeed, i = 0) => s.articles[i]!;
const label = (s: TSeed, key = "claim") => s.labels.find((l) => l.key === key)!;
const made = (s: TSeed, key: string) => {
  const value = s.made[key];
  if (!value) throw new Error(`no ${key} made yet`);
  return value as TBody & { id: string; version: number };
};
const remember = (key: string) => (body: TBody, s: TSeed) => {
  s.made[key] = body;
};
/** A fresh range of the first article for a span. */
const range = (s: TSeed, at: number, length = 12) => ({
  start: at,
  end: at + length,
  quote: article(s).text.slice(at, at + length),
});

const cases: TCase[] = [
  // Account
  { op: "get /me", request: () => ({}) },
  { op: "patch /me", request: () => ({ body: { name: "Admin Renamed" } }) },
  {
    op: "put /me/password",
    request: () => ({ body: { currentPassword: TEST_PASSWORD, newPassword: `${TEST_PASSWORD} again` } }),
  },
  { op: "post /tokens", request: () => ({ body: { name: "spare" }, status: 201 }), after: remember("token") },
  { op: "get /tokens", request: () => ({}) },
  { op: "delete /tokens/{id}", request: (s) => ({ params: { id: made(s, "token").id } }) },
  // Users
  { op: "get /users", request: () => ({}) },
  {
    op: "post /users",
    request: () => ({
      body: { email: `new-${randomUUID().slice(0, 8)}@test.local`, name: "New", password: TEST_PASSWORD },
      status: 201,
    }),
    after: remember("user"),
  },
  { op: "patch /users/{id}", request: (s) => ({ params: { id: made(s, "user").id }, body: { active: false } }) },
  { op: "get /audit", request: () => ({ query: { action: "user" } }) },
  // Projects
  { op: "get /projects", request: () => ({}) },
  { op: "post /projects", request: () => ({ body: { name: "Empty" }, status: 201 }), after: remember("emptyProject") },
  { op: "get /projects/{id}", request: (s) => ({ params: { id: s.project.id } }) },
  { op: "get /projects/{id}/members", request: (s) => ({ params: { id: s.project.id } }) },
  {
    op: "put /projects/{id}/members",
    request: async (s) => {
      const user = await makeUser();
      s.made.member = { id: user.id };
      return { params: { id: s.project.id }, body: { email: user.email, role: "ANALYST" } };
    },
  },
  {
    op: "delete /projects/{id}/members/{userId}",
    request: (s) => ({ params: { id: s.project.id, userId: made(s, "member").id } }),
  },
  // Articles
  { op: "get /projects/{id}/articles", request: (s) => ({ params: { id: s.project.id } }) },
  {
    op: "post /projects/{id}/articles",
    request: (s) => ({
      params: { id: s.project.id },
      body: [{ title: "Posted", source: "Test", publishedAt: "2024-05-01", text: `نص المقال ${randomUUID()}` }],
      status: 201,
    }),
  },
  { op: "get /articles/{id}", request: (s) => ({ params: { id: article(s).id } }) },
  {
    op: "patch /articles/{id}",
    request: (s) => ({ params: { id: article(s).id }, body: { version: article(s).version, source: "Edited" } }),
  },
  { op: "delete /articles/{id}", request: (s) => ({ params: { id: article(s, 4).id } }) },
  { op: "post /articles/{id}/restore", request: (s) => ({ params: { id: article(s, 4).id } }) },
  // Assignments
  {
    op: "post /projects/{id}/assignments",
    request: (s) => ({
      params: { id: s.project.id },
      body: { articleIds: [article(s, 1).id, article(s, 2).id], userIds: [s.analyst.id, s.reviewer.id] },
    }),
  },
  {
    op: "get /projects/{id}/assignments",
    request: (s) => ({ params: { id: s.project.id }, query: { userId: s.analyst.id }, as: "analyst" }),
  },
  {
    op: "patch /articles/{id}/assignments/{userId}",
    request: (s) => ({
      params: { id: article(s, 1).id, userId: s.analyst.id },
      body: { status: "DONE" },
      as: "analyst",
    }),
  },
  {
    op: "delete /articles/{id}/assignments/{userId}",
    request: (s) => ({ params: { id: article(s, 2).id, userId: s.reviewer.id } }),
  },
  // Labels
  {
    // Loopback is not fetched (IMPORT_ALLOW_PRIVATE is off): the answer lists the refusal.
    op: "post /projects/{id}/articles/from-urls",
    request: (s) => ({ params: { id: s.project.id }, body: { urls: ["http://127.0.0.1:9/news/1"] }, status: 422 }),
  },
  {
    op: "put /projects/{id}/publisher",
    request: (s) => ({
      params: { id: s.project.id },
      body: {
        name: "Fact Desk",
        url: "https://factdesk.example.org",
        reviewUrlTemplate: "https://factdesk.example.org/checks/{claimId}",
      },
    }),
  },
  { op: "get /projects/{id}/publisher", request: (s) => ({ params: { id: s.project.id } }) },
  { op: "get /projects/{id}/labels", request: (s) => ({ params: { id: s.project.id } }) },
  {
    op: "post /projects/{id}/labels",
    request: (s) => ({ params: { id: s.project.id }, body: { name: "Extra", color: "#123456" }, status: 201 }),
    after: remember("label"),
  },
  {
    op: "patch /labels/{id}",
    request: (s) => ({
      params: { id: made(s, "label").id },
      body: { version: made(s, "label").version, name: "More" },
    }),
  },
  { op: "delete /labels/{id}", request: (s) => ({ params: { id: made(s, "label").id } }) },
  // Spans
  {
    op: "post /articles/{id}/spans",
    request: (s) => ({
      params: { id: article(s).id },
      body: { id: randomUUID(), labelId: label(s).id, ...range(s, 0) },
      status: 201,
      as: "analyst",
    }),
    after: remember("span"),
  },
  {
    op: "get /articles/{id}/spans",
    request: (s) => ({ params: { id: article(s).id }, query: { includeDeleted: "true" } }),
  },
  {
    op: "patch /articles/{id}/spans/{spanId}",
    request: (s) => ({
      params: { id: article(s).id, spanId: made(s, "span").id },
      body: { version: made(s, "span").version, note: "checked" },
      as: "analyst",
    }),
    after: remember("span"),
  },
  {
    op: "delete /articles/{id}/spans/{spanId}",
    request: (s) => ({
      params: { id: article(s).id, spanId: made(s, "span").id },
      body: { version: made(s, "span").version },
      as: "analyst",
    }),
    after: remember("span"),
  },
  {
    op: "post /articles/{id}/spans/{spanId}/restore",
    request: (s) => ({
      params: { id: article(s).id, spanId: made(s, "span").id },
      body: { version: made(s, "span").version },
      as: "analyst",
    }),
    after: remember("span"),
  },
  // Revisions (of the last article, whose first words are annotated and then taken out)
  {
    op: "post /articles/{id}/versions",
    request: async (s) => {
      const last = await db.article.findUniqueOrThrow({ where: { id: article(s, 4).id } });
      const quote = last.text.slice(0, 40);
      await createSpan({
        actor: s.analyst,
        articleId: last.id,
        input: { id: randomUUID(), labelId: label(s).id, start: 0, end: quote.length, quote },
      });
      const text = last.text.split("\n").slice(1).join("\n").trim();
      return { params: { id: last.id }, body: { version: last.version, text }, status: 201 };
    },
  },
  { op: "get /articles/{id}/versions", request: (s) => ({ params: { id: article(s, 4).id } }) },
  { op: "get /articles/{id}/versions/{n}", request: (s) => ({ params: { id: article(s, 4).id, n: "1" } }) },
  {
    op: "get /articles/{id}/orphans",
    request: (s) => ({ params: { id: article(s, 4).id }, as: "analyst" }),
    after: (body, s) => {
      s.made.orphan = (body.orphans as TBody[])[0]!;
    },
  },
  {
    op: "post /articles/{id}/orphans/{spanId}/place",
    request: async (s) => {
      const { text } = await db.article.findUniqueOrThrow({ where: { id: article(s, 4).id } });
      return {
        params: { id: article(s, 4).id, spanId: made(s, "orphan").id },
        body: { version: made(s, "orphan").version, start: 0, end: 12, quote: text.slice(0, 12) },
        as: "analyst",
      };
    },
  },
  // Entities
  {
    op: "post /projects/{id}/entities",
    request: (s) => ({
      params: { id: s.project.id },
      body: { kind: "ORGANISATION", nameAr: "وزارة الاختبار", nameEn: "Ministry of Tests", aliases: ["الوزارة"] },
      status: 201,
    }),
    after: remember("entity"),
  },
  {
    op: "post /projects/{id}/import-runs",
    request: (s) => ({ params: { id: s.project.id }, body: { urls: ["https://news.example/a/1"] }, status: 202 }),
    after: remember("importRun"),
  },
  { op: "get /import-runs/{id}", request: (s) => ({ params: { id: made(s, "importRun").id } }) },
  {
    op: "get /projects/{id}/entities",
    request: (s) => ({ params: { id: s.project.id }, query: { q: "وزارة", kind: "ORGANISATION" } }),
  },
  {
    op: "patch /entities/{id}",
    request: (s) => ({
      params: { id: made(s, "entity").id },
      body: { version: made(s, "entity").version, nameEn: "Ministry of Testing" },
    }),
    after: remember("entity"),
  },
  {
    op: "post /entities/{id}/merge",
    request: async (s) => {
      const other = await db.entity.create({
        data: { projectId: s.project.id, kind: "ORGANISATION", nameAr: "وزارة أخرى", matchKeys: [] },
      });
      return { params: { id: made(s, "entity").id }, body: { sourceId: other.id } };
    },
  },
  // Claims
  {
    op: "post /articles/{id}/claims/prefill",
    request: (s) => ({ params: { id: article(s).id }, body: { start: 0, end: 40 } }),
  },
  {
    op: "post /articles/{id}/claims",
    request: (s) => ({
      params: { id: article(s).id },
      body: {
        id: randomUUID(),
        kind: "CASUALTY",
        claimSpanId: made(s, "span").id,
        speakerEntityId: made(s, "entity").id,
        attribution: "وزارة الاختبار",
        figures: { killed: { qualifier: "exactly", value: 3 }, victims: "civilians" },
        aboutEntityIds: [made(s, "entity").id],
      },
      status: 201,
      as: "analyst",
    }),
    after: remember("claim"),
  },
  {
    op: "get /articles/{id}/claims",
    request: (s) => ({ params: { id: article(s).id }, query: { includeDeleted: "true" } }),
  },
  {
    op: "patch /claims/{id}",
    request: (s) => ({
      params: { id: made(s, "claim").id },
      body: { version: made(s, "claim").version, status: "READY", occurredOn: "2020-01-01" },
      as: "analyst",
    }),
    after: remember("claim"),
  },
  {
    op: "delete /claims/{id}",
    request: (s) => ({ params: { id: made(s, "claim").id }, body: { version: made(s, "claim").version } }),
    after: remember("claim"),
  },
  {
    op: "post /claims/{id}/restore",
    request: (s) => ({ params: { id: made(s, "claim").id }, body: { version: made(s, "claim").version } }),
    after: remember("claim"),
  },
  { op: "get /claims/{id}/english-draft", request: (s) => ({ params: { id: made(s, "claim").id } }) },
  { op: "get /entities/{id}", request: (s) => ({ params: { id: made(s, "entity").id } }) },
  // Translations
  {
    op: "put /articles/{id}/translations",
    request: (s) => ({
      params: { id: article(s).id },
      body: { targetType: "CLAIM", targetKey: made(s, "claim").id, text: "Three killed", baseVersion: null },
    }),
    after: remember("translation"),
  },
  { op: "get /articles/{id}/translations", request: (s) => ({ params: { id: article(s).id } }) },
  {
    op: "patch /translations/{id}",
    request: (s) => ({
      params: { id: made(s, "translation").id },
      body: { version: made(s, "translation").version, status: "REVIEWED" },
      as: "reviewer",
    }),
  },
  { op: "get /translations/{id}/history", request: (s) => ({ params: { id: made(s, "translation").id } }) },
  // Machine translation, with a local engine speaking LibreTranslate's format.
  {
    op: "get /machine-translation",
    request: async () => {
      await useLocalMtEngine();
      return {};
    },
  },
  {
    op: "post /articles/{id}/translations/machine",
    request: async (s) => {
      await useLocalMtEngine();
      return { params: { id: article(s).id }, body: { targetType: "SEGMENT", targetKey: "3" } };
    },
  },
  {
    op: "post /articles/{id}/translation-runs",
    request: async (s) => {
      await useLocalMtEngine();
      return { params: { id: article(s, 1).id } };
    },
    after: remember("translationRun"),
  },
  { op: "get /translation-runs/{id}", request: (s) => ({ params: { id: made(s, "translationRun").id } }) },
  // The project glossary
  {
    op: "post /projects/{id}/glossary",
    request: (s) => ({ params: { id: s.project.id }, body: { arabic: "مسيّرة انتحارية", english: "suicide drone" } }),
    after: remember("glossaryTerm"),
  },
  { op: "get /projects/{id}/glossary", request: (s) => ({ params: { id: s.project.id } }) },
  {
    op: "patch /glossary/{id}",
    request: (s) => ({
      params: { id: made(s, "glossaryTerm").id },
      body: { version: made(s, "glossaryTerm").version, english: "one-way attack drone" },
    }),
    after: remember("glossaryTerm"),
  },
  {
    op: "delete /glossary/{id}",
    request: (s) => ({
      params: { id: made(s, "glossaryTerm").id },
      body: { version: made(s, "glossaryTerm").version },
    }),
    after: remember("glossaryTerm"),
  },
  {
    op: "post /glossary/{id}/restore",
    request: (s) => ({
      params: { id: made(s, "glossaryTerm").id },
      body: { version: made(s, "glossaryTerm").version },
    }),
  },
  // Events
  {
    op: "post /projects/{id}/events",
    request: (s) => ({
      params: { id: s.project.id },
      body: { titleEn: "Test strike", occurredOn: "2020-01-01", place: "Baghdad" },
      status: 201,
    }),
    after: remember("event"),
  },
  {
    op: "patch /events/{id}",
    request: async (s) => {
      await db.claim.update({ where: { id: made(s, "claim").id }, data: { eventId: made(s, "event").id } });
      return { params: { id: made(s, "event").id }, body: { version: made(s, "event").version, place: "Erbil" } };
    },
  },
  { op: "get /projects/{id}/events", request: (s) => ({ params: { id: s.project.id } }) },
  { op: "get /events/{id}", request: (s) => ({ params: { id: made(s, "event").id } }) },
  // Incidents (proposed by the suggestion run over the sample corpus)
  { op: "get /events/{id}/ledger", request: (s) => ({ params: { id: s.incidents[0]!.id } }) },
  {
    op: "put /events/{id}/grade",
    request: (s) => ({
      params: { id: s.incidents[0]!.id },
      body: { version: s.incidents[0]!.version, grade: "CONFIRMED", rationale: "two sources" },
      as: "reviewer",
    }),
    after: (body, s) => {
      s.incidents[0]!.version =
        (body.incident as { version: number } | undefined)?.version ?? s.incidents[0]!.version + 1;
    },
  },
  {
    op: "post /events/{id}/merge",
    request: async (s) => {
      const [into, from] = await freshIncidents(s, 2);
      s.made.merged = from!;
      return {
        params: { id: into!.id },
        body: { version: into!.version, sourceId: from!.id, sourceVersion: from!.version },
      };
    },
  },
  {
    op: "post /events/{id}/unmerge",
    request: async (s) => {
      const merged = await db.event.findUniqueOrThrow({ where: { id: made(s, "merged").id } });
      return { params: { id: merged.id }, body: { version: merged.version } };
    },
  },
  {
    op: "post /events/{id}/split",
    request: async (s) => {
      const [incident] = await freshIncidents(s, 1, 2);
      const claims = await db.claim.findMany({ where: { eventId: incident!.id }, select: { id: true } });
      return {
        params: { id: incident!.id },
        body: { version: incident!.version, claimIds: [claims[0]!.id], titleEn: "Split out" },
        status: 201,
      };
    },
  },
  {
    op: "post /events/{id}/confirm",
    request: async (s) => {
      const [incident] = await freshIncidents(s, 1);
      return { params: { id: incident!.id }, body: { version: incident!.version } };
    },
  },
  {
    op: "post /events/{id}/reject",
    request: async (s) => {
      const [incident] = await freshIncidents(s, 1);
      return { params: { id: incident!.id }, body: { version: incident!.version, reason: "not one incident" } };
    },
  },
  // Links
  {
    op: "get /projects/{id}/claims",
    request: async (s) => {
      const other = article(s, 1);
      const { span } = await createSpan({
        actor: s.analyst,
        articleId: other.id,
        input: { id: randomUUID(), labelId: label(s).id, start: 0, end: 10, quote: other.text.slice(0, 10) },
      });
      await createClaim({
        actor: s.analyst,
        articleId: other.id,
        input: { id: randomUUID(), kind: "STATEMENT", claimSpanId: span.id, attribution: "وزارة الاختبار" },
      });
      return { params: { id: s.project.id }, query: { excludeArticleId: article(s).id } };
    },
    after: (body, s) => {
      s.made.otherClaim = (body.claims as TBody[])[0]!;
    },
  },
  {
    op: "post /projects/{id}/links",
    request: (s) => ({
      params: { id: s.project.id },
      body: {
        id: randomUUID(),
        fromClaimId: made(s, "claim").id,
        toClaimId: made(s, "otherClaim").id,
        relation: "AGREES",
      },
      status: 201,
    }),
    after: remember("link"),
  },
  { op: "get /claims/{id}/links", request: (s) => ({ params: { id: made(s, "claim").id } }) },
  {
    op: "patch /links/{id}",
    request: (s) => ({
      params: { id: made(s, "link").id },
      body: { action: "confirm", version: made(s, "link").version },
      as: "reviewer",
    }),
  },
  {
    op: "get /projects/{id}/queue",
    request: (s) => ({ params: { id: s.project.id }, query: { state: "CONFIRMED" } }),
  },
  { op: "get /projects/{id}/overview", request: (s) => ({ params: { id: s.project.id } }) },
  { op: "get /projects/{id}/agreement", request: (s) => ({ params: { id: s.project.id } }) },
  { op: "get /projects/{id}/independent-annotation", request: (s) => ({ params: { id: s.project.id } }) },
  {
    op: "put /projects/{id}/independent-annotation",
    request: (s) => ({ params: { id: s.project.id }, body: { enabled: false } }),
  },
  {
    op: "put /articles/{id}/curation",
    request: (s) => ({ params: { id: article(s, 1).id }, body: { curated: false } }),
  },
  {
    op: "post /articles/{id}/curation/take",
    request: (s) => ({ params: { id: article(s, 1).id }, body: { analystId: s.analyst.id } }),
  },
  { op: "get /articles/{id}/curation", request: (s) => ({ params: { id: article(s, 1).id } }) },
  {
    op: "post /articles/{id}/curation/items",
    request: async (s) => {
      const span = await db.span.findFirstOrThrow({
        where: { articleId: article(s, 1).id, authorId: s.analyst.id, deletedAt: null },
      });
      return { params: { id: article(s, 1).id }, body: { action: "merge", spanIds: [span.id] } };
    },
  },
  // Verdicts
  {
    op: "post /projects/{id}/verdicts",
    request: (s) => ({
      params: { id: s.project.id },
      body: { claimId: made(s, "claim").id, value: "DISPUTED", rationale: "figures differ" },
      status: 201,
      as: "reviewer",
    }),
    after: remember("verdict"),
  },
  { op: "get /projects/{id}/verdicts", request: (s) => ({ params: { id: s.project.id } }) },
  {
    op: "post /verdicts/{id}/withdraw",
    request: (s) => ({ params: { id: made(s, "verdict").id }, as: "reviewer" }),
  },
  // Suggestions
  {
    op: "get /articles/{id}/suggestions",
    request: (s) => ({ params: { id: article(s, 1).id }, query: { state: "ALL" } }),
  },
  { op: "post /articles/{id}/suggestions/run", request: (s) => ({ params: { id: article(s, 1).id } }) },
  {
    op: "post /suggestions/{id}/accept",
    request: async (s) => {
      const open = await db.suggestion.findFirstOrThrow({
        where: { articleId: article(s, 2).id, state: "OPEN", kind: "CASUALTY" },
      });
      return { params: { id: open.id }, body: { version: open.version }, status: 201, as: "analyst" };
    },
  },
  {
    op: "post /suggestions/{id}/reject",
    request: async (s) => {
      const open = await db.suggestion.findFirstOrThrow({ where: { articleId: article(s, 2).id, state: "OPEN" } });
      return { params: { id: open.id }, body: { version: open.version }, as: "analyst" };
    },
  },
  {
    op: "post /articles/{id}/suggestions/decide",
    request: (s) => ({ params: { id: article(s, 3).id }, body: { kind: "DATE", decision: "accept" }, as: "analyst" }),
  },
  {
    op: "post /projects/{id}/suggestions/run",
    request: (s) => ({ params: { id: s.project.id }, status: 202 }),
    after: (body, s) => {
      s.made.run = body.run as TBody;
    },
  },
  { op: "get /projects/{id}/suggestions/run", request: (s) => ({ params: { id: s.project.id } }) },
  { op: "get /suggestion-runs/{id}", request: (s) => ({ params: { id: made(s, "run").id } }) },
  // Search
  {
    op: "get /projects/{id}/search",
    request: (s) => ({ params: { id: s.project.id }, query: { q: "قاعدة", limit: "3" } }),
  },
  // Audit and datasets
  { op: "get /projects/{id}/audit", request: (s) => ({ params: { id: s.project.id } }) },
  {
    op: "post /projects/{id}/import",
    request: async (s) => {
      const exported = await (await handlerFor("get /projects/{id}/export"))(
        new NextRequest(`http://127.0.0.1/api/v1/x?format=jsonl`, {
          headers: { authorization: `Bearer ${s.tokens.admin}` },
        }),
        { params: Promise.resolve({ id: s.project.id }) },
      );
      return {
        params: { id: made(s, "emptyProject").id },
        raw: { contentType: "application/x-ndjson", text: await exported.text() },
        status: 201,
      };
    },
  },
  // Last: ends every session of the caller (API tokens stay).
  { op: "delete /me/sessions", request: () => ({}) },
];

/**
 * Where the body and what the schema made of it part: a field the schema does not know (dropped),
 * or a value it changed. Null when they are the same.
 */
function firstDifference(sent: unknown, parsed: unknown, at = "body"): string | null {
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    for (let i = 0; i < sent.length; i++) {
      const d = firstDifference(sent[i], parsed[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (sent && parsed && typeof sent === "object" && typeof parsed === "object") {
    const a = sent as Record<string, unknown>;
    const b = parsed as Record<string, unknown>;
    for (const key of Object.keys(a)) {
      if (!(key in b)) return `${at}.${key} is not in the schema`;
      const d = firstDifference(a[key], b[key], `${at}.${key}`);
      if (d) return d;
    }
    for (const key of Object.keys(b)) if (!(key in a)) return `${at}.${key} is in the schema but not in the body`;
    return null;
  }
  return Object.is(sent, parsed)
    ? null
    : `${at} is ${JSON.stringify(sent)}, the schema made it ${JSON.stringify(parsed)}`;
}

/** Proposed incidents no earlier case has used, with at least `minClaims` claims each. */
async function freshIncidents(s: TSeed, count: number, minClaims = 1) {
  const used = new Set(Object.values(s.made).map((m) => m.id));
  const found = [];
  for (const candidate of s.incidents.slice(1)) {
    if (used.has(candidate.id)) continue;
    const row = await db.event.findUniqueOrThrow({
      where: { id: candidate.id },
      select: { id: true, version: true, status: true, mergedIntoId: true, _count: { select: { claims: true } } },
    });
    if (row.status !== "PROPOSED" || row.mergedIntoId || row._count.claims < minClaims) continue;
    s.made[`incident-${row.id}`] = row;
    found.push(row);
    if (found.length === count) return found;
  }
  throw new Error(`fewer than ${count} unused proposed incidents with ${minClaims} claims`);
}

/** Calls the operation's route handler as a client would, with the seed's API token. */
async function send(s: TSeed, op: string, r: TRequest) {
  const [method, route] = op.split(" ") as [string, string];
  const url = new URL(`http://127.0.0.1/api/v1${route}`);
  for (const [k, v] of Object.entries(r.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { authorization: `Bearer ${s.tokens[r.as ?? "admin"]}` };
  let body: string | undefined;
  if (r.raw) {
    headers["content-type"] = r.raw.contentType;
    body = r.raw.text;
  } else if (r.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(r.body);
  }
  const response = await (await handlerFor(op))(new NextRequest(url, { method: method.toUpperCase(), headers, body }), {
    params: Promise.resolve(r.params ?? {}),
  });
  return { response, json: (await response.json()) as TBody };
}

/** Why the schema does not accept the value unchanged, or null when it does. */
function checkBody(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? firstDifference(value, parsed.data) : z.prettifyError(parsed.error);
}

/**
 * Stale writes: the 409's `details.current` (for a clashing create, `existing`) is the record in
 * the shape of the resource's response schema, which is what the client's conflict helper
 * (components/ui/conflict.ts) parses it with.
 */
const conflicts: {
  op: string;
  schema: z.ZodType;
  key?: "current" | "existing";
  request: (s: TSeed) => TRequest | Promise<TRequest>;
}[] = [
  {
    op: "patch /articles/{id}/spans/{spanId}",
    schema: ZSpan,
    request: (s) => ({
      params: { id: article(s).id, spanId: made(s, "span").id },
      body: { version: 1, note: "stale" },
      as: "analyst",
    }),
  },
  {
    op: "patch /claims/{id}",
    schema: ZClaim,
    request: (s) => ({ params: { id: made(s, "claim").id }, body: { version: 1, note: "stale" }, as: "analyst" }),
  },
  {
    op: "patch /articles/{id}",
    schema: ZArticleSummary,
    request: (s) => ({ params: { id: article(s).id }, body: { version: 1, source: "stale" } }),
  },
  {
    op: "patch /labels/{id}",
    schema: ZLabel,
    request: (s) => ({ params: { id: label(s).id }, body: { version: 99, nameAr: "قديم" } }),
  },
  {
    op: "patch /entities/{id}",
    schema: ZEntity,
    request: (s) => ({ params: { id: made(s, "entity").id }, body: { version: 1, nameEn: "stale" } }),
  },
  {
    op: "post /projects/{id}/entities",
    schema: ZEntity,
    key: "existing",
    request: (s) => ({ params: { id: s.project.id }, body: { kind: "ORGANISATION", nameAr: "وزارة الاختبار" } }),
  },
  {
    op: "put /articles/{id}/translations",
    schema: ZStoredTranslation,
    request: (s) => ({
      params: { id: article(s).id },
      body: { targetType: "CLAIM", targetKey: made(s, "claim").id, text: "stale", baseVersion: null },
    }),
  },
  {
    op: "patch /links/{id}",
    schema: ZLink,
    request: (s) => ({
      params: { id: made(s, "link").id },
      body: { action: "dismiss", version: 1, reason: "stale" },
      as: "reviewer",
    }),
  },
  {
    op: "patch /events/{id}",
    schema: ZEvent,
    request: (s) => ({ params: { id: made(s, "event").id }, body: { version: 1, place: "stale" } }),
  },
  {
    op: "put /events/{id}/grade",
    schema: ZIncident,
    request: (s) => ({
      params: { id: s.incidents[0]!.id },
      body: { version: 1, grade: "FAIR", rationale: "stale" },
      as: "reviewer",
    }),
  },
  {
    op: "post /events/{id}/confirm",
    schema: ZIncident,
    request: (s) => ({ params: { id: s.incidents[0]!.id }, body: { version: 1 } }),
  },
  {
    // Recorded as if no verdict stood on the claim while one does.
    op: "post /projects/{id}/verdicts",
    schema: ZVerdict,
    request: async (s) => {
      await recordVerdict({
        actor: s.reviewer,
        projectId: s.project.id,
        input: { claimId: made(s, "claim").id, value: "SUPPORTED", rationale: "standing" },
      });
      return {
        params: { id: s.project.id },
        body: { claimId: made(s, "claim").id, value: "FALSE", rationale: "stale", supersedes: null },
        as: "reviewer",
      };
    },
  },
];

describe("responses match the OpenAPI response schemas", () => {
  let s: TSeed;
  beforeAll(async () => {
    s = await seed();
  }, 240_000);

  it("has a case for every operation that answers JSON", () => {
    const covered = new Set(cases.map((c) => c.op));
    const missing = operations.map((o) => `${o.method} ${o.path}`).filter((k) => !covered.has(k) && !NOT_JSON.has(k));
    expect(missing).toEqual([]);
  });

  it("answers every operation with its status and a body its schema accepts unchanged", async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const [method, route] = c.op.split(" ") as [string, string];
      const op = operations.find((o) => o.method === method && o.path === route);
      if (!op) throw new Error(`${c.op} is not in the OpenAPI document`);
      const r = await c.request(s);
      const { response, json } = await send(s, c.op, r);
      const expected = r.status ?? op.success ?? 200;
      if (response.status !== expected) {
        failures.push(
          `${c.op}: status ${response.status}, expected ${expected}: ${JSON.stringify(json).slice(0, 400)}`,
        );
        continue;
      }
      if (!op.response) {
        failures.push(`${c.op}: no response schema`);
        continue;
      }
      const mismatch = checkBody(op.response, json);
      if (mismatch) failures.push(`${c.op}: ${mismatch}`);
      c.after?.(json, s);
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it("answers a stale write with 409 and the current record in its response schema's shape", async () => {
    const failures: string[] = [];
    for (const c of conflicts) {
      const { response, json } = await send(s, c.op, await c.request(s));
      const details = (json.error as { details?: Record<string, unknown> } | undefined)?.details;
      if (response.status !== 409 || !details) {
        failures.push(`${c.op}: status ${response.status}: ${JSON.stringify(json).slice(0, 300)}`);
        continue;
      }
      const mismatch = checkBody(c.schema, details[c.key ?? "current"]);
      if (mismatch) failures.push(`${c.op}: ${mismatch}`);
    }
    expect(failures).toEqual([]);
  });
});
