import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importArticles } from "../articles/import-articles";
import { createClaim } from "../claims/create-claim";
import { getClaimEnglishDraft } from "../claims/get-claim-english-draft";
import { db } from "../db";
import { createEntity } from "../entities/create-entity";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { createGlossaryTerm } from "./create-glossary-term";
import { listGlossary } from "./list-glossary";
import { seedSampleGlossary } from "./sample-glossary";
import { hasArabic } from "./render-english";
import { setGlossaryTermDeleted } from "./set-glossary-term-deleted";
import { updateGlossaryTerm } from "./update-glossary-term";

async function setup() {
  const analyst = await makeUser();
  const manager = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: manager, role: "MANAGER" },
  ]);
  const sources = (await loadSampleCorpus()).filter((s) => s.name.startsWith("003"));
  const summary = await importArticles({ actor: admin, projectId: project.id, sources });
  const a003 = await db.article.findUniqueOrThrow({ where: { id: summary.results[0]!.articles[0]!.id } });
  const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "casualty" } });
  const span = async (phrase: string) => {
    const start = a003.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    return (
      await createSpan({
        actor: analyst,
        articleId: a003.id,
        input: { id: randomUUID(), labelId: label.id, start, end: start + phrase.length, quote: phrase },
      })
    ).span;
  };
  return { analyst, manager, project, a003, span };
}

describe("project glossary", () => {
  it("managers add, change, remove and restore terms; every change is audited and version-checked", async () => {
    const { analyst, manager, project } = await setup();
    await expect(
      createGlossaryTerm({ actor: analyst, projectId: project.id, input: { arabic: "صواريخ", english: "rockets" } }),
    ).rejects.toMatchObject({ status: 403 });
    const term = await createGlossaryTerm({
      actor: manager,
      projectId: project.id,
      input: { arabic: "الحشد الشعبي", english: "the PMF" },
    });
    // Another spelling of the same term is the same term.
    await expect(
      createGlossaryTerm({ actor: manager, projectId: project.id, input: { arabic: "حشد الشعبـي", english: "x" } }),
    ).rejects.toMatchObject({ status: 409, message: "«الحشد الشعبي» is in the glossary already" });
    await expect(
      createGlossaryTerm({ actor: manager, projectId: project.id, input: { arabic: "صواريخ", english: "صواريخ" } }),
    ).rejects.toMatchObject({ name: "ZodError" });
    const changed = await updateGlossaryTerm({
      actor: manager,
      termId: term.id,
      input: { version: 1, english: "the Popular Mobilization Forces" },
    });
    expect(changed).toMatchObject({ version: 2, english: "the Popular Mobilization Forces" });
    await expect(
      updateGlossaryTerm({ actor: manager, termId: term.id, input: { version: 1, english: "late" } }),
    ).rejects.toMatchObject({ status: 409, details: { current: { version: 2 } } });
    await setGlossaryTermDeleted({ actor: manager, termId: term.id, deleted: true, version: 2 });
    expect(await listGlossary({ actor: analyst, projectId: project.id })).toEqual([]);
    expect((await listGlossary({ actor: analyst, projectId: project.id, deleted: true })).map((t) => t.id)).toEqual([
      term.id,
    ]);
    await expect(
      createGlossaryTerm({ actor: manager, projectId: project.id, input: { arabic: "الحشد الشعبي", english: "x" } }),
    ).rejects.toMatchObject({
      status: 409,
      message: "«الحشد الشعبي» was removed from the glossary; restore it instead",
    });
    await setGlossaryTermDeleted({ actor: manager, termId: term.id, deleted: false, version: 3 });
    expect((await listGlossary({ actor: analyst, projectId: project.id })).map((t) => t.english)).toEqual([
      "the Popular Mobilization Forces",
    ]);
    const actions = await db.auditEvent.findMany({
      where: { projectId: project.id, entityType: "GlossaryTerm" },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "glossary.create",
      "glossary.update",
      "glossary.delete",
      "glossary.restore",
    ]);
  });

  it("builds claim drafts in English from the entity registry and the glossary; the rest is […] with the Arabic beside", async () => {
    const { analyst, manager, project, a003, span } = await setup();
    const claimSpan = await span("أدى إلى مقتل عنصر وإصابة اثنين آخرين");
    const casualty = async (figures: Record<string, unknown>, place = "") =>
      (
        await createClaim({
          actor: analyst,
          articleId: a003.id,
          input: {
            id: randomUUID(),
            kind: "CASUALTY",
            claimSpanId: claimSpan.id,
            channel: "statement",
            place,
            figures,
          },
        })
      ).claim;
    const pmf = await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "ORGANISATION", nameAr: "هيئة الحشد الشعبي", nameEn: "Popular Mobilization Forces" },
    });
    const claim = await casualty(
      { killed: { value: 1 }, injured: { value: 2 }, victims: "عنصر في الحشد الشعبي", perpetrator: "غارات أمريكية" },
      "جرف النصر",
    );
    // Nothing known yet: every Arabic part is a gap, listed in order.
    const before = await getClaimEnglishDraft({ actor: analyst, claimId: claim.id });
    expect(before.text).toBe(
      "An unnamed source in a statement reported 1 killed and 2 injured among […] by […] in […].",
    );
    expect(before.gaps).toEqual([
      { arabic: "عنصر في الحشد الشعبي" },
      { arabic: "غارات أمريكية" },
      { arabic: "جرف النصر" },
    ]);

    for (const [arabic, english] of [
      ["عنصر", "member"],
      ["غارات أمريكية", "US strikes"],
      ["جرف النصر", "Jurf al-Nasr"],
    ] as const)
      await createGlossaryTerm({ actor: manager, projectId: project.id, input: { arabic, english } });
    await db.claim.update({ where: { id: claim.id }, data: { speakerEntityId: pmf.id } });
    const after = await getClaimEnglishDraft({ actor: analyst, claimId: claim.id });
    // «الحشد الشعبي» is not the entity's Arabic name (هيئة الحشد الشعبي), so it stays a gap.
    expect(after.text).toBe(
      "Popular Mobilization Forces in a statement reported 1 killed and 2 injured among member […] by US strikes in Jurf al-Nasr.",
    );
    expect(after.gaps).toEqual([{ arabic: "في الحشد الشعبي" }]);
    await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "ORGANISATION", nameAr: "الحشد", nameEn: "the PMF" },
    });
    const named = await getClaimEnglishDraft({ actor: analyst, claimId: claim.id });
    expect(hasArabic(named.text)).toBe(false);

    // A statement: the words are a gap with the quote beside them.
    const statement = await createClaim({
      actor: analyst,
      articleId: a003.id,
      input: { id: randomUUID(), kind: "STATEMENT", claimSpanId: claimSpan.id, attribution: "في بيان رسمي" },
    });
    const said = await getClaimEnglishDraft({ actor: analyst, claimId: statement.claim.id });
    expect(said.text).toBe("An unnamed source ([…]) said: […]");
    expect(said.gaps).toEqual([{ arabic: "في بيان رسمي" }, { arabic: claimSpan.quote }]);
  });

  it("the sample project's glossary holds the corpus' organisations, places, weapons and titles", async () => {
    const { project, admin } = await makeProject();
    const texts = (await loadSampleCorpus()).flatMap((s) => (s.ok ? s.drafts.map((d) => d.text) : []));
    await seedSampleGlossary({ actor: admin, projectId: project.id, texts });
    const terms = await listGlossary({ actor: admin, projectId: project.id });
    const english = new Map(terms.map((t) => [t.arabic, t.english]));
    expect(english.get("كتائب حزب الله")).toBe("Kataib Hezbollah");
    expect(english.get("الحشد الشعبي")).toBe("the Popular Mobilization Forces");
    expect(english.get("جرف النصر")).toBe("Jurf al-Nasr");
    expect(english.get("صواريخ")).toBe("rockets");
    expect(english.get("وزير الدفاع")).toBe("the Defence Secretary");
    expect(terms.length).toBeGreaterThan(40);
  });
});
