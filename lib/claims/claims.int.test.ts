import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { createEntity } from "../entities/create-entity";
import { getEntityProfile } from "../entities/get-entity-profile";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { createClaim } from "./create-claim";
import { getClaimEnglishDraft } from "./get-claim-english-draft";
import { listClaims } from "./list-claims";
import { setClaimDeleted } from "./set-claim-deleted";
import { updateClaim } from "./update-claim";

async function setup() {
  const analyst = await makeUser();
  const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
  const sources = (await loadSampleCorpus()).filter((s) => s.name.startsWith("003") || s.name.startsWith("000"));
  const summary = await importArticles({ actor: admin, projectId: project.id, sources });
  const [a000, a003] = await Promise.all(
    summary.results.map((r) => db.article.findUniqueOrThrow({ where: { id: r.articles[0]!.id } })),
  );
  const claimLabel = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "casualty" } });
  return { analyst, admin, project, a000: a000!, a003: a003!, claimLabel };
}

async function spanOn(
  actor: Awaited<ReturnType<typeof setup>>["analyst"],
  article: { id: string; text: string },
  labelId: string,
  phrase: string,
) {
  const start = article.text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  const { span } = await createSpan({
    actor,
    articleId: article.id,
    input: { id: randomUUID(), labelId, start, end: start + phrase.length, quote: phrase },
  });
  return span;
}

describe("claims", () => {
  it("records a casualty claim with typed figures and a speaker entity, found on the entity's page", async () => {
    const { analyst, project, a003, claimLabel } = await setup();
    const span = await spanOn(analyst, a003, claimLabel.id, "أدى إلى مقتل عنصر وإصابة اثنين آخرين");
    const pmf = await createEntity({
      actor: analyst,
      projectId: project.id,
      input: {
        kind: "ORGANISATION",
        nameAr: "الحشد الشعبي",
        nameEn: "Popular Mobilization Forces",
        aliases: ["هيئة الحشد الشعبي"],
      },
    });
    const { claim, created } = await createClaim({
      actor: analyst,
      articleId: a003.id,
      input: {
        id: randomUUID(),
        kind: "CASUALTY",
        claimSpanId: span.id,
        speakerEntityId: pmf.id,
        channel: "statement",
        figures: { killed: { value: 1 }, injured: { value: 2 } },
      },
    });
    expect(created).toBe(true);
    expect(claim).toMatchObject({
      kind: "CASUALTY",
      figures: { killed: { qualifier: "exactly", value: 1 }, injured: { qualifier: "exactly", value: 2 } },
      speakerEntity: { nameEn: "Popular Mobilization Forces" },
      claimSpan: { quote: span.quote },
    });
    const profile = await getEntityProfile({ actor: analyst, entityId: pmf.id });
    expect(profile.claimsMade.map((c) => [c.id, c.article.id])).toEqual([[claim.id, a003.id]]);
    const draft = await getClaimEnglishDraft({ actor: analyst, claimId: claim.id });
    expect(draft.text).toBe("Popular Mobilization Forces in a statement reported 1 killed and 2 injured.");
  });

  it("refuses nonsense figures and references from another article or project, storing nothing", async () => {
    const { analyst, a000, a003, claimLabel } = await setup();
    const other = await setup();
    const spanIn000 = await spanOn(analyst, a000, claimLabel.id, "سبع قذائف");
    const foreignEntity = await createEntity({
      actor: other.analyst,
      projectId: other.project.id,
      input: { kind: "PERSON", nameAr: "مارك أسبر" },
    });
    const base = { kind: "CASUALTY" as const, figures: { killed: { value: 1 } } };
    await expect(
      createClaim({
        actor: analyst,
        articleId: a003.id,
        input: { ...base, id: randomUUID(), figures: { killed: { qualifier: "range", min: 5, max: 2 } } },
      }),
    ).rejects.toThrow(/min \(5\) is above max \(2\)/);
    await expect(
      createClaim({
        actor: analyst,
        articleId: a003.id,
        input: { ...base, id: randomUUID(), kind: "COUNT", figures: { value: { value: 84 } } },
      }),
    ).rejects.toThrow(/thing/);
    await expect(
      createClaim({
        actor: analyst,
        articleId: a003.id,
        input: { ...base, id: randomUUID(), claimSpanId: spanIn000.id },
      }),
    ).rejects.toMatchObject({ status: 404, message: "Claim span not found" });
    await expect(
      createClaim({
        actor: analyst,
        articleId: a003.id,
        input: { ...base, id: randomUUID(), speakerEntityId: foreignEntity.id },
      }),
    ).rejects.toMatchObject({ status: 404, message: "Entity not found" });
    expect(await db.claim.count({ where: { articleId: a003.id } })).toBe(0);
  });

  it("is idempotent on retry, version-checked on edit, and deletable with undo", async () => {
    const { analyst, a000, claimLabel } = await setup();
    const span = await spanOn(analyst, a000, claimLabel.id, "ما لا يقل عن 84 مرة");
    const input = {
      id: randomUUID(),
      kind: "COUNT" as const,
      claimSpanId: span.id,
      figures: { thing: "attacks on US forces", value: { qualifier: "at_least", value: 84 }, since: "2023-10-17" },
    };
    const first = await createClaim({ actor: analyst, articleId: a000.id, input });
    expect((await createClaim({ actor: analyst, articleId: a000.id, input })).created).toBe(false);
    const edited = await updateClaim({
      actor: analyst,
      claimId: first.claim.id,
      input: { version: 1, figures: { ...input.figures, asOf: "2023-12-09" } },
    });
    expect(edited).toMatchObject({ version: 2, figures: { asOf: "2023-12-09" } });
    await expect(
      updateClaim({ actor: analyst, claimId: first.claim.id, input: { version: 1, note: "stale" } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      updateClaim({ actor: analyst, claimId: first.claim.id, input: { version: 2, kind: "CASUALTY" } }),
    ).rejects.toThrow(/killed or injured/);
    const deleted = await setClaimDeleted({ actor: analyst, claimId: first.claim.id, version: 2, deleted: true });
    expect(await listClaims({ actor: analyst, articleId: a000.id })).toHaveLength(0);
    await setClaimDeleted({ actor: analyst, claimId: first.claim.id, version: deleted.version, deleted: false });
    expect(await listClaims({ actor: analyst, articleId: a000.id })).toHaveLength(1);
  });
});
