import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { importArticles } from "@/lib/articles/import-articles";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { createEntity } from "@/lib/entities/create-entity";
import { createLink } from "@/lib/links/create-link";
import { loadSampleCorpus } from "@/lib/seed/sample-corpus";
import { createSpan } from "@/lib/spans/create-span";
import { runArticleSuggestions } from "@/lib/suggestions/run-article-suggestions";
import { makeProject, makeUser } from "@/lib/testing/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { saveTranslation } from "@/lib/translations/save-translation";
import * as articleRoute from "./articles/[id]/route";
import * as articleClaimsRoute from "./articles/[id]/claims/route";
import * as articleSpansRoute from "./articles/[id]/spans/route";
import * as spanRoute from "./articles/[id]/spans/[spanId]/route";
import * as articleTranslationsRoute from "./articles/[id]/translations/route";
import * as claimRoute from "./claims/[id]/route";
import * as entityRoute from "./entities/[id]/route";
import * as mergeRoute from "./entities/[id]/merge/route";
import * as confirmRoute from "./events/[id]/confirm/route";
import * as gradeRoute from "./events/[id]/grade/route";
import * as eventRoute from "./events/[id]/route";
import * as glossaryTermRoute from "./glossary/[id]/route";
import * as labelRoute from "./labels/[id]/route";
import * as linkRoute from "./links/[id]/route";
import * as projectGlossaryRoute from "./projects/[id]/glossary/route";
import * as projectLinksRoute from "./projects/[id]/links/route";
import * as publisherRoute from "./projects/[id]/publisher/route";
import * as verdictsRoute from "./projects/[id]/verdicts/route";
import * as acceptRoute from "./suggestions/[id]/accept/route";
import * as translationRoute from "./translations/[id]/route";
import * as withdrawRoute from "./verdicts/[id]/withdraw/route";

/**
 * Twenty identical requests released at once against each kind of write, through the real route
 * handlers and a real PostgreSQL (each request its own connection from the pool). A versioned
 * write must succeed exactly once and refuse the rest with 409; a create with a client id must
 * answer one 201 and nineteen 200 with the same stored object; nothing may answer 500, and the
 * audit log must hold one event per success.
 */

const N = 20;
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function setup() {
  const analyst = await makeUser();
  const reviewer = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const sources = (await loadSampleCorpus()).filter((s) => s.name.startsWith("000") || s.name.startsWith("003"));
  const summary = await importArticles({ actor: admin, projectId: project.id, sources });
  const articles = await Promise.all(
    summary.results.map((r) => db.article.findUniqueOrThrow({ where: { id: r.articles[0]!.id } })),
  );
  const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "claim" } });
  const token = async (user: ActingUser) => (await createApiToken({ actor: user, input: { name: "race" } })).token;
  return {
    analyst,
    reviewer,
    admin,
    project,
    articles,
    label,
    tokens: { analyst: await token(analyst), reviewer: await token(reviewer), admin: await token(admin) },
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

let counter = 0;
async function claimOn(s: Setup, articleIndex = 0) {
  const article = s.articles[articleIndex]!;
  const at = 10 * (++counter % 50);
  const { span } = await createSpan({
    actor: s.analyst,
    articleId: article.id,
    input: { id: randomUUID(), labelId: s.label.id, start: at, end: at + 5, quote: article.text.slice(at, at + 5) },
  });
  return (
    await createClaim({
      actor: s.analyst,
      articleId: article.id,
      input: { id: randomUUID(), kind: "STATEMENT", claimSpanId: span.id },
    })
  ).claim;
}

/** Sends the same request N times at once; returns the status codes and bodies. */
async function burst(
  handler: Handler,
  options: { token: string; method: string; params: Record<string, string>; body?: unknown },
) {
  const make = () =>
    new NextRequest(`http://127.0.0.1/api/v1/test`, {
      method: options.method,
      headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  const responses = await Promise.all(
    Array.from({ length: N }, () => handler(make(), { params: Promise.resolve(options.params) })),
  );
  const bodies = await Promise.all(responses.map((r) => r.json() as Promise<Record<string, unknown>>));
  const statuses = responses.map((r) => r.status);
  const count = (status: number) => statuses.filter((s) => s === status).length;
  return { statuses, bodies, count };
}

const audits = (entityId: string, action: string) => db.auditEvent.count({ where: { entityId, action } });

function expectOneWinner(result: Awaited<ReturnType<typeof burst>>, success: number) {
  expect(
    result.count(500),
    JSON.stringify(result.bodies.find((b) => (b.error as { code?: string } | undefined)?.code === "internal_error")),
  ).toBe(0);
  expect(result.count(success)).toBe(1);
  expect(result.count(409)).toBe(N - 1);
}

function expectOneCreated(result: Awaited<ReturnType<typeof burst>>) {
  expect(result.count(500)).toBe(0);
  expect(result.count(201)).toBe(1);
  expect(result.count(200)).toBe(N - 1);
  const ids = new Set(result.bodies.map((b) => (b.claim as { id?: string } | undefined)?.id ?? b.id));
  expect(ids.size).toBe(1);
}

describe("twenty concurrent requests per kind of write", () => {
  it("verdicts: one stands, whichever way they are sent", async () => {
    const s = await setup();
    const claim = await claimOn(s);
    const body = { claimId: claim.id, value: "DISPUTED", rationale: "figures differ", supersedes: null };
    const first = await burst(verdictsRoute.POST as Handler, {
      token: s.tokens.reviewer,
      method: "POST",
      params: { id: s.project.id },
      body,
    });
    expectOneWinner(first, 201);
    expect(await db.verdict.count({ where: { claimId: claim.id, withdrawnAt: null } })).toBe(1);
    expect(await db.auditEvent.count({ where: { projectId: s.project.id, action: "verdict.record" } })).toBe(1);

    // Without `supersedes` each verdict replaces the standing one; whatever interleaving the
    // database sees, exactly one stands afterwards and every success is audited.
    const second = await burst(verdictsRoute.POST as Handler, {
      token: s.tokens.reviewer,
      method: "POST",
      params: { id: s.project.id },
      body: { ...body, supersedes: undefined },
    });
    expect(second.count(500)).toBe(0);
    expect(second.count(201) + second.count(409)).toBe(N);
    expect(second.count(201)).toBeGreaterThanOrEqual(1);
    expect(await db.verdict.count({ where: { claimId: claim.id, withdrawnAt: null } })).toBe(1);
    expect(await db.auditEvent.count({ where: { projectId: s.project.id, action: "verdict.record" } })).toBe(
      1 + second.count(201),
    );

    const standing = await db.verdict.findFirstOrThrow({ where: { claimId: claim.id, withdrawnAt: null } });
    const withdrawn = await burst(withdrawRoute.POST as Handler, {
      token: s.tokens.reviewer,
      method: "POST",
      params: { id: standing.id },
    });
    expectOneWinner(withdrawn, 200);
    expect(await audits(standing.id, "verdict.withdraw")).toBe(1);
  });

  it("verdicts on an event: one stands", async () => {
    const s = await setup();
    const event = await db.event.create({
      data: { projectId: s.project.id, titleAr: "حدث", titleEn: "event" },
      select: { id: true },
    });
    const result = await burst(verdictsRoute.POST as Handler, {
      token: s.tokens.reviewer,
      method: "POST",
      params: { id: s.project.id },
      body: { eventId: event.id, value: "SUPPORTED", rationale: "r", supersedes: null },
    });
    expectOneWinner(result, 201);
    expect(await db.verdict.count({ where: { eventId: event.id, withdrawnAt: null } })).toBe(1);
  });

  it("translations: first saves, saves on one base version, and reviews each succeed once", async () => {
    const s = await setup();
    const article = s.articles[0]!;
    const route = articleTranslationsRoute.PUT as Handler;
    const first = await burst(route, {
      token: s.tokens.analyst,
      method: "PUT",
      params: { id: article.id },
      body: { targetType: "SEGMENT", targetKey: "0", text: "First", baseVersion: null },
    });
    expectOneWinner(first, 200);
    const translation = await db.translation.findFirstOrThrow({
      where: { articleId: article.id, targetType: "SEGMENT", targetKey: "0" },
    });
    expect(await db.translationRevision.count({ where: { translationId: translation.id } })).toBe(1);

    const second = await burst(route, {
      token: s.tokens.analyst,
      method: "PUT",
      params: { id: article.id },
      body: { targetType: "SEGMENT", targetKey: "0", text: "Second", baseVersion: 1 },
    });
    expectOneWinner(second, 200);
    expect(await db.translationRevision.count({ where: { translationId: translation.id } })).toBe(2);
    expect(await audits(translation.id, "translation.save")).toBe(2);

    const reviewed = await burst(translationRoute.PATCH as Handler, {
      token: s.tokens.reviewer,
      method: "PATCH",
      params: { id: translation.id },
      body: { version: 2, status: "REVIEWED" },
    });
    expectOneWinner(reviewed, 200);
    expect(await audits(translation.id, "translation.review")).toBe(1);
  });

  it("a review never lands on a version the reviewer did not read (5 rounds of save and review at once)", async () => {
    const s = await setup();
    const article = s.articles[0]!;
    let version = (
      await saveTranslation({
        actor: s.analyst,
        articleId: article.id,
        input: { targetType: "SEGMENT", targetKey: "1", text: "v1" },
      })
    ).version;
    const id = (await db.translation.findFirstOrThrow({ where: { articleId: article.id, targetKey: "1" } })).id;
    const reviews = () => db.auditEvent.count({ where: { entityId: id, action: "translation.review" } });
    for (let round = 0; round < 5; round++) {
      const reviewsBefore = await reviews();
      const req = (method: string, body: unknown) =>
        new NextRequest("http://127.0.0.1/api/v1/test", {
          method,
          headers: {
            authorization: `Bearer ${method === "PUT" ? s.tokens.analyst : s.tokens.reviewer}`,
            "content-type": "application/json",
          },
          body: JSON.stringify(body),
        });
      const [saved, reviewed] = await Promise.all([
        (articleTranslationsRoute.PUT as Handler)(
          req("PUT", { targetType: "SEGMENT", targetKey: "1", text: `v${version + 1}`, baseVersion: version }),
          { params: Promise.resolve({ id: article.id }) },
        ),
        (translationRoute.PATCH as Handler)(req("PATCH", { version, status: "REVIEWED" }), {
          params: Promise.resolve({ id }),
        }),
      ]);
      expect(saved.status).toBe(200);
      // The review wins the race (200, and it is recorded) or finds the new version (409, nothing recorded).
      const reviewWon = (await reviews()) > reviewsBefore;
      expect(reviewed.status).toBe(reviewWon ? 200 : 409);
      const now = await db.translation.findUniqueOrThrow({ where: { id } });
      // Whichever came first, the new version is a draft: a review of the old one never marks it.
      expect(now).toMatchObject({ version: version + 1, status: "DRAFT", reviewedAt: null });
      version = now.version;
    }
  });

  it("claims: deletes on one version succeed once; same-id creates store one claim", async () => {
    const s = await setup();
    const claim = await claimOn(s);
    const deleted = await burst(claimRoute.DELETE as Handler, {
      token: s.tokens.analyst,
      method: "DELETE",
      params: { id: claim.id },
      body: { version: 1 },
    });
    expectOneWinner(deleted, 200);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: 2 });
    expect(await audits(claim.id, "claim.delete")).toBe(1);

    const patched = await burst(claimRoute.PATCH as Handler, {
      token: s.tokens.analyst,
      method: "PATCH",
      params: { id: claim.id },
      body: { version: 2, note: "edited" },
    });
    expectOneWinner(patched, 200);

    const article = s.articles[1]!;
    const id = randomUUID();
    const created = await burst(articleClaimsRoute.POST as Handler, {
      token: s.tokens.analyst,
      method: "POST",
      params: { id: article.id },
      body: { id, kind: "OTHER" },
    });
    expectOneCreated(created);
    expect(await db.claim.count({ where: { id } })).toBe(1);
    expect(await audits(id, "claim.create")).toBe(1);
  });

  it("links: same-id creates store one link; reviews of one version succeed once", async () => {
    const s = await setup();
    const [a, b] = [await claimOn(s, 0), await claimOn(s, 1)];
    const id = randomUUID();
    const created = await burst(projectLinksRoute.POST as Handler, {
      token: s.tokens.analyst,
      method: "POST",
      params: { id: s.project.id },
      body: { id, fromClaimId: a.id, toClaimId: b.id, relation: "AGREES" },
    });
    expectOneCreated(created);
    expect(await db.claimLink.count({ where: { OR: [{ id }, { fromClaimId: a.id, toClaimId: b.id }] } })).toBe(1);
    expect(await audits(id, "link.create")).toBe(1);

    const other = await createLink({
      actor: s.analyst,
      projectId: s.project.id,
      input: { id: randomUUID(), fromClaimId: a.id, toClaimId: (await claimOn(s, 1)).id, relation: "RELATED" },
    });
    const reviewed = await burst(linkRoute.PATCH as Handler, {
      token: s.tokens.reviewer,
      method: "PATCH",
      params: { id: other.id },
      body: { action: "confirm", version: other.version },
    });
    expectOneWinner(reviewed, 200);
    expect(await audits(other.id, "link.confirm")).toBe(1);
  });

  it("suggestions: concurrent accepts make one span and one claim", async () => {
    const s = await setup();
    const article = s.articles[0]!;
    const { suggestions } = await runArticleSuggestions({ actor: s.analyst, articleId: article.id });
    const suggestion = suggestions.find((x) => x.kind === "STATEMENT") ?? suggestions[0]!;
    const accepted = await burst(acceptRoute.POST as Handler, {
      token: s.tokens.analyst,
      method: "POST",
      params: { id: suggestion.id },
      body: {},
    });
    expect(accepted.count(500)).toBe(0);
    expect(accepted.count(201)).toBe(1);
    expect(accepted.count(200)).toBe(N - 1);
    const spans = new Set(accepted.bodies.map((b) => (b.span as { id: string }).id));
    expect(spans.size).toBe(1);
    expect(await db.span.count({ where: { id: [...spans][0]! } })).toBe(1);
    expect(await audits(suggestion.id, "suggestion.accept")).toBe(1);
  });

  it("entity merges and article deletes change once", async () => {
    const s = await setup();
    const target = await createEntity({
      actor: s.analyst,
      projectId: s.project.id,
      input: { kind: "ORGANISATION", nameAr: "الحشد الشعبي" },
    });
    const source = await createEntity({
      actor: s.analyst,
      projectId: s.project.id,
      input: { kind: "ORGANISATION", nameAr: "هيئة الحشد الشعبي" },
    });
    const merged = await burst(mergeRoute.POST as Handler, {
      token: s.tokens.reviewer,
      method: "POST",
      params: { id: target.id },
      body: { sourceId: source.id },
    });
    expect(merged.count(500)).toBe(0);
    expect(merged.count(200)).toBe(1);
    expect(merged.count(409) + merged.count(404)).toBe(N - 1);
    expect(await audits(target.id, "entity.merge")).toBe(1);

    // Deleting an article is idempotent (a repeated delete answers with the deleted article):
    // one of the twenty deletes it and is audited, none fails.
    const article = s.articles[1]!;
    const deleted = await burst(articleRoute.DELETE as Handler, {
      token: s.tokens.admin,
      method: "DELETE",
      params: { id: article.id },
    });
    expect(deleted.count(200)).toBe(N);
    expect(await audits(article.id, "article.delete")).toBe(1);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ version: 2 });
  });

  it("edits of one version succeed once: spans, entities, events, incidents (confirm, grade), labels, articles, glossary terms, publisher settings", async () => {
    const s = await setup();
    const article = s.articles[0]!;
    const spanId = randomUUID();
    const spanBody = { id: spanId, labelId: s.label.id, start: 3, end: 9, quote: article.text.slice(3, 9) };
    const spanCreated = await burst(articleSpansRoute.POST as Handler, {
      token: s.tokens.analyst,
      method: "POST",
      params: { id: article.id },
      body: spanBody,
    });
    expectOneCreated(spanCreated);
    expect(await audits(spanId, "span.create")).toBe(1);

    const entity = await createEntity({
      actor: s.analyst,
      projectId: s.project.id,
      input: { kind: "PERSON", nameAr: "أحمد" },
    });
    const event = await db.event.create({
      data: { projectId: s.project.id, titleAr: "حدث", titleEn: "event" },
      select: { id: true, version: true },
    });
    const incident = await db.event.create({
      data: { projectId: s.project.id, titleAr: "حادث", titleEn: "incident", status: "PROPOSED" },
      select: { id: true },
    });
    const term = await projectGlossaryRoute.POST(
      new NextRequest("http://127.0.0.1/api/v1/test", {
        method: "POST",
        headers: { authorization: `Bearer ${s.tokens.admin}`, "content-type": "application/json" },
        body: JSON.stringify({ arabic: "الحشد", english: "the Mobilisation" }),
      }),
      { params: Promise.resolve({ id: s.project.id }) },
    );
    expect(term.status).toBe(201);
    const termId = ((await term.json()) as { id: string }).id;

    const cases: {
      name: string;
      handler: Handler;
      method?: string;
      token: string;
      params: Record<string, string>;
      body: unknown;
      id: string;
      action: string;
    }[] = [
      {
        name: "span edit",
        handler: spanRoute.PATCH as Handler,
        token: s.tokens.analyst,
        params: { id: article.id, spanId },
        body: { version: 1, note: "n" },
        id: spanId,
        action: "span.update",
      },
      {
        name: "span delete",
        handler: spanRoute.DELETE as Handler,
        token: s.tokens.analyst,
        params: { id: article.id, spanId },
        body: { version: 2 },
        id: spanId,
        action: "span.delete",
      },
      {
        name: "entity edit",
        handler: entityRoute.PATCH as Handler,
        token: s.tokens.analyst,
        params: { id: entity.id },
        body: { version: entity.version, nameEn: "Ahmad" },
        id: entity.id,
        action: "entity.update",
      },
      {
        name: "event edit",
        handler: eventRoute.PATCH as Handler,
        token: s.tokens.analyst,
        params: { id: event.id },
        body: { version: event.version, place: "Basra" },
        id: event.id,
        action: "event.update",
      },
      {
        name: "label edit",
        handler: labelRoute.PATCH as Handler,
        token: s.tokens.admin,
        params: { id: s.label.id },
        body: { version: s.label.version, nameAr: "ادعاء" },
        id: s.label.id,
        action: "label.update",
      },
      {
        name: "article edit",
        handler: articleRoute.PATCH as Handler,
        token: s.tokens.admin,
        params: { id: article.id },
        body: { version: article.version, title: "Edited" },
        id: article.id,
        action: "article.update",
      },
      {
        name: "glossary edit",
        handler: glossaryTermRoute.PATCH as Handler,
        token: s.tokens.admin,
        params: { id: termId },
        body: { version: 1, note: "n" },
        id: termId,
        action: "glossary.update",
      },
      {
        name: "glossary delete",
        handler: glossaryTermRoute.DELETE as Handler,
        token: s.tokens.admin,
        params: { id: termId },
        body: { version: 2 },
        id: termId,
        action: "glossary.delete",
      },
      {
        name: "incident confirm",
        handler: confirmRoute.POST as Handler,
        method: "POST",
        token: s.tokens.reviewer,
        params: { id: incident.id },
        body: { version: 1 },
        id: incident.id,
        action: "incident.confirm",
      },
      {
        name: "incident grade",
        handler: gradeRoute.PUT as Handler,
        method: "PUT",
        token: s.tokens.reviewer,
        params: { id: incident.id },
        body: { version: 2, grade: "FAIR", rationale: "two sources agree" },
        id: incident.id,
        action: "incident.grade",
      },
    ];
    for (const c of cases) {
      const result = await burst(c.handler, {
        token: c.token,
        method: c.method ?? (c.name.endsWith("delete") ? "DELETE" : "PATCH"),
        params: c.params,
        body: c.body,
      });
      expect({ case: c.name, statuses: [result.count(200), result.count(409), result.count(500)] }).toEqual({
        case: c.name,
        statuses: [1, N - 1, 0],
      });
      expect(await audits(c.id, c.action), c.name).toBe(1);
    }

    // Publisher settings: the first save (no version) and saves of one version each succeed once.
    const settings = {
      name: "Fact desk",
      url: "https://factdesk.example",
      reviewUrlTemplate: "https://factdesk.example/reviews/{claimId}",
    };
    const publisherAudits = () =>
      db.auditEvent.count({ where: { entityId: s.project.id, action: "project.publisher" } });
    const first = await burst(publisherRoute.PUT as Handler, {
      token: s.tokens.admin,
      method: "PUT",
      params: { id: s.project.id },
      body: settings,
    });
    expectOneWinner(first, 200);
    expect(await publisherAudits()).toBe(1);
    const second = await burst(publisherRoute.PUT as Handler, {
      token: s.tokens.admin,
      method: "PUT",
      params: { id: s.project.id },
      body: { ...settings, name: "Fact desk 2", version: 1 },
    });
    expectOneWinner(second, 200);
    expect(await publisherAudits()).toBe(2);
    expect(await db.projectPublisher.findUniqueOrThrow({ where: { projectId: s.project.id } })).toMatchObject({
      name: "Fact desk 2",
      version: 2,
    });
  });
});
