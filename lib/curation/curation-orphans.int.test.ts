import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ActingUser } from "../auth/acting-user";
import { createClaim } from "../claims/create-claim";
import { db } from "../db";
import { reviseArticle } from "../revisions/revise-article";
import { createSpan } from "../spans/create-span";
import { takeVersion } from "./curate-article";
import { getCurationView } from "./curation-view";
import { resolveItem } from "./resolve-item";
import { independentProject } from "./testing";

const TEXT = "قال مصدر طبي إن خمسة أشخاص قتلوا في هجوم على بغداد يوم الجمعة.";
/** The outlet's correction names the official instead of the medical source. */
const CORRECTED = TEXT.replace("مصدر طبي", "مسؤول في الشرطة");

/** Two analysts on one article; analyst A also marks the source, with a claim on it, which a revision then orphans. */
async function seeded() {
  const { a, b, reviewer, admin, project, articleIds } = await independentProject([TEXT]);
  const articleId = articleIds[0]!;
  const labels = Object.fromEntries(
    (await db.label.findMany({ where: { projectId: project.id } })).map((l) => [l.key, l.id]),
  ) as Record<string, string>;
  const mark = async (actor: ActingUser, key: string, words: string) => {
    const start = TEXT.indexOf(words);
    const id = randomUUID();
    await createSpan({
      actor,
      articleId,
      input: { id, labelId: labels[key]!, start, end: start + words.length, quote: words },
    });
    return id;
  };
  const spans = {
    aPlace: await mark(a, "place", "بغداد"),
    aSource: await mark(a, "source", "مصدر طبي"),
    bPlace: await mark(b, "place", "بغداد"),
  };
  const claimOnSource = randomUUID();
  await createClaim({
    actor: a,
    articleId,
    input: { id: claimOnSource, kind: "STATEMENT", claimSpanId: spans.aSource },
  });
  const { version } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
  await reviseArticle({ actor: admin, articleId, version, source: { kind: "text", text: CORRECTED } });
  return { articleId, a, b, reviewer, spans, claimOnSource };
}

describe("curation after a revision", () => {
  it("leaves spans a revision orphaned, and the claims on them, out of the comparison and out of what is taken", async () => {
    const { articleId, a, reviewer, spans, claimOnSource } = await seeded();
    const stored = await db.span.findMany({ where: { articleId }, select: { id: true, anchorState: true } });
    expect(new Map(stored.map((s) => [s.id, s.anchorState]))).toEqual(
      new Map([
        // The longer words before it shift the place: moved, not orphaned.
        [spans.aPlace, "MOVED"],
        [spans.aSource, "ORPHANED"],
        [spans.bPlace, "MOVED"],
      ]),
    );

    // The view lines up what is in the text: the place both analysts marked, nothing of the orphan.
    const view = await getCurationView({ actor: reviewer, articleId });
    const shown = view.items.flatMap((i) => i.versions.flatMap((v) => (v ? [v.id] : [])));
    expect(shown.sort()).toEqual([spans.aPlace, spans.bPlace].sort());
    expect(JSON.stringify(view)).not.toContain(spans.aSource);

    // An orphan is not an item a curator can resolve.
    await expect(
      resolveItem({
        actor: reviewer,
        articleId,
        input: { action: "take", analystId: a.id, spanIds: [spans.aSource], curatedSpanIds: [] },
      }),
    ).rejects.toMatchObject({ status: 400 });

    // Taking A's whole version copies the place only: neither the orphan nor the claim resting on it.
    await expect(takeVersion({ actor: reviewer, articleId, input: { analystId: a.id } })).resolves.toMatchObject({
      taken: 1,
      claimsTaken: 0,
    });
    const curated = await db.span.findMany({
      where: { articleId, authorId: reviewer.id, deletedAt: null },
      select: { quote: true },
    });
    expect(curated.map((s) => s.quote)).toEqual(["بغداد"]);
    expect(await db.claim.count({ where: { articleId, authorId: reviewer.id } })).toBe(0);
    // The analyst's own orphan and claim stay as they were, for A to place again or delete.
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimOnSource } })).toMatchObject({ deletedAt: null });
  });
});
