import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { createEntity } from "../entities/create-entity";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { acceptSuggestion } from "./accept-suggestion";
import { waitForSuggestionRuns } from "./background-runs";
import { decideSuggestionsOfKind } from "./decide-suggestions-of-kind";
import { listArticleSuggestions } from "./list-suggestions";
import { rejectSuggestion } from "./reject-suggestion";
import { runArticleSuggestions } from "./run-article-suggestions";
import { getSuggestionRun, listSuggestionRuns, startSuggestionRun } from "./suggestion-runs";

async function corpusProject() {
  const analyst = await makeUser();
  const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
  const summary = await importArticles({ actor: admin, projectId: project.id, sources: await loadSampleCorpus() });
  await waitForSuggestionRuns();
  const articles = await Promise.all(
    summary.results.map((r) => db.article.findUniqueOrThrow({ where: { id: r.articles[0]!.id } })),
  );
  return { analyst, admin, project, a: (n: number) => articles[n]! };
}

async function open(actor: Parameters<typeof listArticleSuggestions>[0]["actor"], articleId: string) {
  return (await listArticleSuggestions({ actor, articleId })).suggestions;
}

describe("suggestions after an import", () => {
  it("runs on import in the background and records the run with its progress", async () => {
    const { analyst, project, a } = await corpusProject();
    const [run] = await listSuggestionRuns({ actor: analyst, projectId: project.id });
    expect(run).toMatchObject({ trigger: "IMPORT", status: "DONE", total: 5, done: 5, percent: 100, error: "" });
    expect(run!.proposed).toBeGreaterThan(100);
    const list = await listArticleSuggestions({ actor: analyst, articleId: a(0).id });
    expect(list.openByKind).toMatchObject({ STATEMENT: expect.any(Number), CASUALTY: 3, COUNT: 6, DATE: 9 });
    expect(list.run).toMatchObject({ id: run!.id, status: "DONE" });
    // Every range is exact in the stored text, which is what the reader draws.
    for (const s of list.suggestions) {
      expect(a(0).text.slice(s.start, s.end)).toBe(s.quote);
      for (const p of s.parts) expect(a(0).text.slice(p.start, p.end)).toBe(p.text);
    }
    // One proposal per claim: the count the official reports carries the statement, its speaker and source.
    const reuters = list.suggestions.find((s) => s.speaker?.text === "مسؤول في الجيش الأمريكي");
    expect(reuters).toMatchObject({
      kind: "COUNT",
      label: "count",
      claim: { kind: "COUNT", channel: "رويترز", attribution: "مسؤول في الجيش الأمريكي" },
      speaker: { anonymous: true, implicit: false },
      source: { text: "مسؤول في الجيش الأمريكي", type: "ANONYMOUS" },
      provenance: { rule: "count.figure", ruleVersion: expect.any(Number), confidence: expect.any(Number) },
    });
    expect(reuters!.quote).toContain("نحو سبع قذائف");
    expect(reuters!.parts.find((p) => p.role === "content")?.text).toContain("إن نحو سبع قذائف مورتر سقطت");
    expect(
      list.suggestions.filter((s) => s.kind === "STATEMENT" && s.quote.includes("إن نحو سبع قذائف مورتر سقطت")),
    ).toEqual([]);
  });

  it("does not let another project's member see or decide them", async () => {
    const { a } = await corpusProject();
    const stranger = await makeUser();
    await expect(listArticleSuggestions({ actor: stranger, articleId: a(0).id })).rejects.toMatchObject({
      status: 404,
    });
    const [any] = await db.suggestion.findMany({ where: { articleId: a(0).id }, take: 1 });
    await expect(acceptSuggestion({ actor: stranger, suggestionId: any!.id })).rejects.toMatchObject({ status: 404 });
    await expect(rejectSuggestion({ actor: stranger, suggestionId: any!.id })).rejects.toMatchObject({ status: 404 });
  });
});

describe("accepting", () => {
  it("turns a reported figure into a claim span, a speaker span and one claim with its figures, once", async () => {
    const { analyst, a } = await corpusProject();
    const s = (await open(analyst, a(0).id)).find(
      (x) => x.kind === "COUNT" && x.speaker?.text === "مسؤول في الجيش الأمريكي",
    )!;
    const first = await acceptSuggestion({ actor: analyst, suggestionId: s.id });
    expect(first.created).toBe(true);
    expect(first.suggestion).toMatchObject({ state: "ACCEPTED", decidedBy: { id: analyst.id } });
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: first.claim!.id },
      include: { claimSpan: { include: { label: true } }, speakerSpan: { include: { label: true } } },
    });
    expect(claim).toMatchObject({
      kind: "COUNT",
      authorId: analyst.id,
      channel: "رويترز",
      attribution: "مسؤول في الجيش الأمريكي",
      figures: { value: { qualifier: "about", value: 7 } },
    });
    expect(claim.claimSpan).toMatchObject({ start: s.start, end: s.end, quote: s.quote, label: { key: "count" } });
    expect(claim.speakerSpan).toMatchObject({ quote: "مسؤول في الجيش الأمريكي", label: { key: "speaker" } });
    // A retry (or a second analyst) gets the same span and claim back, not copies.
    const again = await acceptSuggestion({ actor: analyst, suggestionId: s.id });
    expect(again).toMatchObject({ created: false, span: { id: first.span!.id }, claim: { id: first.claim!.id } });
    expect(await db.claim.count({ where: { articleId: a(0).id, proposed: false } })).toBe(1);
    const audit = await db.auditEvent.findMany({ where: { entityId: s.id } });
    expect(audit.map((e) => e.action)).toEqual(["suggestion.accept"]);
  });

  it("accepts with edits: other offsets and corrected figures", async () => {
    const { analyst, a } = await corpusProject();
    const casualty = (await open(analyst, a(3).id)).find(
      (x) => x.kind === "CASUALTY" && x.quote.includes("مقتل عنصر"),
    )!;
    expect(casualty.claim?.figures).toMatchObject({
      killed: { value: 1 },
      injured: { value: 2 },
      victims: "عنصر",
      perpetrator: "القصف الأمريكي",
    });
    const phrase = "أدى إلى مقتل عنصر وإصابة اثنين آخرين";
    const start = a(3).text.indexOf(phrase);
    const { claim, span } = await acceptSuggestion({
      actor: analyst,
      suggestionId: casualty.id,
      input: {
        edits: {
          start,
          end: start + phrase.length,
          claim: {
            figures: {
              killed: { value: 1 },
              injured: { qualifier: "at_least", value: 2 },
              victims: "عنصر في الحشد الشعبي",
              perpetrator: "القصف الأمريكي",
            },
          },
        },
      },
    });
    expect(span).toMatchObject({ start, end: start + phrase.length, quote: phrase });
    expect(claim).toMatchObject({
      kind: "CASUALTY",
      figures: { injured: { qualifier: "at_least", value: 2 }, victims: "عنصر في الحشد الشعبي" },
    });
  });

  it("refuses edits that do not fit the text, and writes nothing", async () => {
    const { analyst, a } = await corpusProject();
    const s = (await open(analyst, a(1).id)).find((x) => x.kind === "COUNT")!;
    await expect(
      acceptSuggestion({
        actor: analyst,
        suggestionId: s.id,
        input: { edits: { start: 5, end: 9, quote: "ليس هذا" } },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      acceptSuggestion({
        actor: analyst,
        suggestionId: s.id,
        input: { edits: { claim: { figures: { thing: "", value: { value: 1 } } } } },
      }),
    ).rejects.toMatchObject({ name: "ZodError" });
    expect(await db.span.count({ where: { articleId: a(1).id } })).toBe(0);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).state).toBe("OPEN");
  });

  it("accepts a date as a span only, and every casualty figure of an article at once", async () => {
    const { analyst, a } = await corpusProject();
    const date = (await open(analyst, a(4).id)).find((x) => x.kind === "DATE")!;
    const made = await acceptSuggestion({ actor: analyst, suggestionId: date.id });
    expect(made).toMatchObject({ claim: null, span: { quote: date.quote } });
    const result = await decideSuggestionsOfKind({
      actor: analyst,
      articleId: a(4).id,
      input: { kind: "CASUALTY", decision: "accept" },
    });
    expect(result).toEqual({ decided: 6, failed: [] });
    const claims = await db.claim.findMany({ where: { articleId: a(4).id, kind: "CASUALTY" } });
    expect(claims).toHaveLength(6);
    expect((await listArticleSuggestions({ actor: analyst, articleId: a(4).id })).openByKind.CASUALTY).toBeUndefined();
  });

  it("accepts only the suggestions of a kind its rules proposed at least as confidently as asked", async () => {
    const { analyst, a } = await corpusProject();
    const casualties = (await open(analyst, a(4).id)).filter((x) => x.kind === "CASUALTY");
    const confidences = casualties.map((s) => s.provenance?.confidence ?? -1).sort((x, y) => x - y);
    // A threshold between the least and the most confident proposal splits them.
    const threshold = confidences.find((c) => c > confidences[0]!)!;
    expect(threshold).toBeGreaterThan(confidences[0]!);
    const above = casualties.filter((s) => (s.provenance?.confidence ?? -1) >= threshold);
    const result = await decideSuggestionsOfKind({
      actor: analyst,
      articleId: a(4).id,
      input: { kind: "CASUALTY", decision: "accept", minConfidence: threshold },
    });
    expect(result).toEqual({ decided: above.length, failed: [] });
    const left = (await open(analyst, a(4).id)).filter((x) => x.kind === "CASUALTY");
    expect(left.map((s) => s.id).sort()).toEqual(
      casualties
        .filter((s) => !above.includes(s))
        .map((s) => s.id)
        .sort(),
    );
    await expect(
      decideSuggestionsOfKind({
        actor: analyst,
        articleId: a(4).id,
        input: { kind: "CASUALTY", decision: "accept", minConfidence: 1.5 },
      }),
    ).rejects.toMatchObject({ name: "ZodError" });
  });

  it("links place mentions to the project's entity", async () => {
    const { analyst, project, a } = await corpusProject();
    const baghdad = await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "PLACE", nameAr: "بغداد", nameEn: "Baghdad" },
    });
    const { suggestions } = await runArticleSuggestions({ actor: analyst, articleId: a(0).id });
    const places = suggestions.filter((s) => s.kind === "PLACE");
    expect(places.length).toBe(a(0).text.split("بغداد").length - 1);
    expect(places.every((p) => p.entityId === baghdad.id && p.quote === "بغداد")).toBe(true);
    const { span } = await acceptSuggestion({ actor: analyst, suggestionId: places[0]!.id });
    expect(await db.span.findUniqueOrThrow({ where: { id: span!.id } })).toMatchObject({ entityId: baghdad.id });
  });
});

describe("rejecting", () => {
  it("keeps a rejected suggestion from coming back when the article is read again", async () => {
    const { analyst, a } = await corpusProject();
    const before = await open(analyst, a(2).id);
    const victim = before.find((x) => x.kind === "COUNT")!;
    const rejected = await rejectSuggestion({
      actor: analyst,
      suggestionId: victim.id,
      input: { version: victim.version },
    });
    expect(rejected).toMatchObject({ state: "REJECTED", decidedBy: { id: analyst.id } });
    const rerun = await runArticleSuggestions({ actor: analyst, articleId: a(2).id });
    expect(rerun.created).toBe(0);
    expect(rerun.suggestions.map((s) => s.id)).toEqual(before.filter((s) => s.id !== victim.id).map((s) => s.id));
    expect(
      (await listArticleSuggestions({ actor: analyst, articleId: a(2).id, state: "REJECTED" })).suggestions.map(
        (s) => s.id,
      ),
    ).toEqual([victim.id]);
    // Rejecting twice is harmless; accepting a rejected suggestion is a conflict.
    await expect(rejectSuggestion({ actor: analyst, suggestionId: victim.id })).resolves.toMatchObject({
      state: "REJECTED",
    });
    await expect(acceptSuggestion({ actor: analyst, suggestionId: victim.id })).rejects.toMatchObject({ status: 409 });
  });

  it("rejects every suggestion of a kind in one go, and a stale version is a conflict", async () => {
    const { analyst, a } = await corpusProject();
    const dates = (await open(analyst, a(0).id)).filter((s) => s.kind === "DATE");
    const stmt = (await open(analyst, a(0).id)).find((s) => s.kind === "STATEMENT")!;
    await expect(
      rejectSuggestion({ actor: analyst, suggestionId: stmt.id, input: { version: stmt.version + 1 } }),
    ).rejects.toMatchObject({ status: 409 });
    expect(
      await decideSuggestionsOfKind({
        actor: analyst,
        articleId: a(0).id,
        input: { kind: "DATE", decision: "reject" },
      }),
    ).toEqual({ decided: dates.length, failed: [] });
    await runArticleSuggestions({ actor: analyst, articleId: a(0).id });
    expect((await listArticleSuggestions({ actor: analyst, articleId: a(0).id, kind: "DATE" })).suggestions).toEqual(
      [],
    );
  });

  it("does not propose, and takes back, what an analyst annotated by hand: a span or a claim of the same kind", async () => {
    const { analyst, project, a } = await corpusProject();
    const label = (key: string) => db.label.findFirstOrThrow({ where: { projectId: project.id, key } });
    const before = await open(analyst, a(3).id);
    const casualty = before.find((s) => s.kind === "CASUALTY" && s.quote.includes("مقتل عنصر"))!;
    const count = before.find((s) => s.kind === "COUNT")!;
    // The analyst marks a longer phrase holding the casualty figure, and makes a casualty claim on it.
    const phrase = a(3).text.slice(casualty.start - 8, casualty.end + 4);
    const { span } = await createSpan({
      actor: analyst,
      articleId: a(3).id,
      input: {
        id: randomUUID(),
        labelId: (await label("claim")).id,
        start: casualty.start - 8,
        end: casualty.end + 4,
        quote: phrase,
      },
    });
    await db.claim.create({
      data: {
        id: randomUUID(),
        projectId: project.id,
        articleId: a(3).id,
        kind: "CASUALTY",
        claimSpanId: span.id,
        authorId: analyst.id,
      },
    });
    // … and labels the count's very words as a count.
    await createSpan({
      actor: analyst,
      articleId: a(3).id,
      input: {
        id: randomUUID(),
        labelId: (await label("count")).id,
        start: count.start,
        end: count.end,
        quote: count.quote,
      },
    });
    const rerun = await runArticleSuggestions({ actor: analyst, articleId: a(3).id });
    expect(rerun.created).toBe(0);
    const after = await open(analyst, a(3).id);
    expect(after.find((s) => s.id === casualty.id)).toBeUndefined();
    expect(after.find((s) => s.id === count.id)).toBeUndefined();
    expect(
      after.filter((s) => s.kind === "CASUALTY" && s.start >= casualty.start - 8 && s.end <= casualty.end + 4),
    ).toEqual([]);
  });

  it("does not propose what an analyst has already labelled", async () => {
    const { analyst, project, a } = await corpusProject();
    const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "date" } });
    const date = (await open(analyst, a(1).id)).find((s) => s.kind === "DATE")!;
    await rejectSuggestion({ actor: analyst, suggestionId: date.id });
    await db.suggestion.deleteMany({ where: { id: date.id } });
    await createSpan({
      actor: analyst,
      articleId: a(1).id,
      input: { id: randomUUID(), labelId: label.id, start: date.start, end: date.end, quote: date.quote },
    });
    await runArticleSuggestions({ actor: analyst, articleId: a(1).id });
    const again = (await open(analyst, a(1).id)).filter((s) => s.kind === "DATE" && s.start === date.start);
    expect(again).toEqual([]);
  });
});

describe("a run over the whole project", () => {
  it("starts in the background, reports progress and does not start twice", async () => {
    const { analyst, project } = await corpusProject();
    const first = await startSuggestionRun({ actor: analyst, projectId: project.id });
    expect(first.started).toBe(true);
    expect(["QUEUED", "RUNNING"]).toContain(first.run.status);
    const second = await startSuggestionRun({ actor: analyst, projectId: project.id });
    expect(second).toMatchObject({ started: false, run: { id: first.run.id } });
    await waitForSuggestionRuns();
    expect(await getSuggestionRun({ actor: analyst, runId: first.run.id })).toMatchObject({
      status: "DONE",
      total: 5,
      done: 5,
      percent: 100,
      proposed: 0,
    });
    const actions = await db.auditEvent.findMany({ where: { entityId: first.run.id } });
    expect(actions.map((e) => e.action)).toEqual(["suggestions.run"]);
  });

  it("reports a run that no process finished as interrupted", async () => {
    const { analyst, project } = await corpusProject();
    const orphan = await db.suggestionRun.create({
      data: { projectId: project.id, trigger: "MANUAL", articleIds: [], status: "RUNNING", total: 5, done: 2 },
    });
    await db.$executeRaw`UPDATE "SuggestionRun" SET "updatedAt" = now() - interval '10 minutes' WHERE id = ${orphan.id}::uuid`;
    expect(await getSuggestionRun({ actor: analyst, runId: orphan.id })).toMatchObject({
      status: "FAILED",
      error: expect.stringContaining("Interrupted"),
    });
  });
});
