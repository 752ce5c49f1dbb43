import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { createClaim } from "../claims/create-claim";
import { parseUploadedFile } from "../import/parse-upload";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { createEntity } from "./create-entity";
import { getEntityProfile } from "./get-entity-profile";
import { listEntities } from "./list-entities";
import { mergeEntities } from "./merge-entities";
import { updateEntity } from "./update-entity";

describe("entities", () => {
  it("are found ignoring tatweel, diacritics, hamza forms and the article ال", async () => {
    const analyst = await makeUser();
    const { project } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    const kh = await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "ORGANISATION", nameAr: "كتائب حزب الله", nameEn: "Kataib Hezbollah" },
    });
    const asad = await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "PLACE", nameAr: "عين الأسد", nameEn: "Ain al-Asad" },
    });
    const find = async (q: string) =>
      (await listEntities({ actor: analyst, projectId: project.id, q })).map((e) => e.id);
    expect(await find("كتـائب حزب اللـه")).toEqual([kh.id]);
    expect(await find("كَتَائِبُ حِزْبِ اللهِ")).toEqual([kh.id]);
    expect(await find("عين الاسد")).toEqual([asad.id]);
    expect(await find("kataib")).toEqual([kh.id]);
    await expect(
      createEntity({ actor: analyst, projectId: project.id, input: { kind: "PLACE", nameAr: "عين الاسد" } }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("merge moves every span and claim reference and keeps the source's names as aliases", async () => {
    const analyst = await makeUser();
    const reviewer = await makeUser();
    const { project, admin } = await makeProject([
      { user: analyst, role: "ANALYST" },
      { user: reviewer, role: "REVIEWER" },
    ]);
    const text = "وقال وزير الدفاع الأميركي مارك أسبر إن الفصائل ستندم.";
    const summary = await importArticles({
      actor: admin,
      projectId: project.id,
      sources: [parseUploadedFile("a.txt", new TextEncoder().encode(text), { maxBytes: 1000 })],
    });
    const articleId = summary.results[0]!.articles[0]!.id;
    const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "speaker" } });
    const target = await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "PERSON", nameAr: "مارك إسبر", nameEn: "Mark Esper" },
    });
    const source = await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "PERSON", nameAr: "وزير الدفاع الأميركي" },
    });
    const start = text.indexOf("مارك أسبر");
    const { span } = await createSpan({
      actor: analyst,
      articleId,
      input: { id: randomUUID(), labelId: label.id, start, end: start + 9, quote: "مارك أسبر", entityId: source.id },
    });
    const { claim } = await createClaim({
      actor: analyst,
      articleId,
      input: {
        id: randomUUID(),
        kind: "STATEMENT",
        speakerSpanId: span.id,
        speakerEntityId: source.id,
        aboutEntityIds: [source.id],
      },
    });
    await expect(mergeEntities({ actor: analyst, targetId: target.id, sourceId: source.id })).rejects.toMatchObject({
      status: 403,
    });
    const { entity, moved } = await mergeEntities({ actor: reviewer, targetId: target.id, sourceId: source.id });
    expect(moved).toEqual({ spans: 1, claimsSpoken: 1, claimsAbout: 1 });
    expect(entity.aliases).toContain("وزير الدفاع الأميركي");
    expect((await db.span.findUniqueOrThrow({ where: { id: span.id } })).entityId).toBe(target.id);
    const profile = await getEntityProfile({ actor: analyst, entityId: target.id });
    expect(profile.claimsMade.map((c) => c.id)).toEqual([claim.id]);
    expect(profile.claimsAbout.map((c) => c.id)).toEqual([claim.id]);
    expect((await listEntities({ actor: analyst, projectId: project.id })).map((e) => e.id)).toEqual([target.id]);
    await expect(
      updateEntity({ actor: analyst, entityId: source.id, input: { version: 1, nameEn: "x" } }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
