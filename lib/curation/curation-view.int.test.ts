import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ActingUser } from "../auth/acting-user";
import { createClaim } from "../claims/create-claim";
import { db } from "../db";
import { createSpan } from "../spans/create-span";
import { getCurationView } from "./curation-view";
import { resolveItem } from "./resolve-item";
import { independentProject } from "./testing";

const TEXT = "قال مصدر طبي إن خمسة أشخاص قتلوا في هجوم على بغداد يوم الجمعة.";

/** Two analysts on one article: one span the same, one with another label, one with other boundaries, one only A's. */
async function seeded() {
  const { a, b, reviewer, project, articleIds } = await independentProject([TEXT]);
  const articleId = articleIds[0]!;
  const { text } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const labels = Object.fromEntries(
    (await db.label.findMany({ where: { projectId: project.id } })).map((l) => [l.key, l.id]),
  ) as Record<string, string>;
  const mark = async (actor: ActingUser, key: string, words: string, killed?: number) => {
    const start = text.indexOf(words);
    const id = randomUUID();
    await createSpan({
      actor,
      articleId,
      input: { id, labelId: labels[key]!, start, end: start + words.length, quote: words },
    });
    if (killed !== undefined)
      await createClaim({
        actor,
        articleId,
        input: {
          id: randomUUID(),
          kind: "CASUALTY",
          claimSpanId: id,
          figures: { killed: { qualifier: "exactly", value: killed } },
        },
      });
    return id;
  };
  const spans = {
    a: {
      place: await mark(a, "place", "بغداد"),
      toll: await mark(a, "casualty", "خمسة أشخاص قتلوا", 5),
      date: await mark(a, "date", "الجمعة"),
      source: await mark(a, "source", "مصدر طبي"),
    },
    b: {
      place: await mark(b, "place", "بغداد"),
      toll: await mark(b, "casualty", "خمسة أشخاص", 5),
      date: await mark(b, "place", "الجمعة"),
    },
  };
  return { project, articleId, a, b, reviewer, labels, spans, text };
}

const itemOf = async (actor: ActingUser, articleId: string, spanId: string) => {
  const view = await getCurationView({ actor, articleId });
  const item = view.items.find((i) => i.versions.some((v) => v?.id === spanId));
  if (!item) throw new Error(`no item holds ${spanId}`);
  return item;
};
const idsOf = (item: { versions: ({ id: string } | null)[] }) => item.versions.flatMap((v) => (v ? [v.id] : []));

describe("curation view", () => {
  it("lines up the analysts' spans with their claims and marks what differs", async () => {
    const { articleId, a, b, reviewer, spans } = await seeded();
    const view = await getCurationView({ actor: reviewer, articleId });
    expect(view.analysts.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(view.article.independentAnnotation).toBe(true);
    const byFirst = new Map(view.items.map((i) => [i.versions[0]?.id, i]));
    expect(byFirst.get(spans.a.source)?.differences).toEqual(["missing"]);
    expect(byFirst.get(spans.a.toll)?.differences).toEqual(["boundaries"]);
    expect(byFirst.get(spans.a.toll)?.versions.map((v) => v?.claims.map((c) => c.killed))).toEqual([[5], [5]]);
    expect(byFirst.get(spans.a.date)?.differences).toEqual(["label"]);
    expect(byFirst.get(spans.a.place)?.differences).toEqual([]);
    expect(byFirst.get(spans.a.place)?.quote).toBe("بغداد");
    expect(view.items.every((i) => i.curated.length === 0 && !i.rejected)).toBe(true);
  });

  it("takes one version, replaces it with another, merges, edits and rejects, each audited", async () => {
    const { articleId, a, b, reviewer, spans, labels, text } = await seeded();
    // Take B's label for the date, then A's instead: the curated layer holds A's only.
    let item = await itemOf(reviewer, articleId, spans.a.date);
    let view = await resolveItem({
      actor: reviewer,
      articleId,
      input: { action: "take", analystId: b.id, spanIds: idsOf(item), curatedSpanIds: [] },
    });
    item = view.items.find((i) => i.key === item.key)!;
    expect(item.curated.map((c) => c.labelId)).toEqual([labels.place]);
    view = await resolveItem({
      actor: reviewer,
      articleId,
      input: { action: "take", analystId: a.id, spanIds: idsOf(item), curatedSpanIds: item.curated.map((c) => c.id) },
    });
    expect(view.items.find((i) => i.key === item.key)!.curated.map((c) => c.labelId)).toEqual([labels.date]);

    // Merge an agreed item: one curated span, not two.
    const place = await itemOf(reviewer, articleId, spans.a.place);
    view = await resolveItem({
      actor: reviewer,
      articleId,
      input: { action: "merge", spanIds: idsOf(place), curatedSpanIds: [] },
    });
    expect(view.items.find((i) => i.key === place.key)!.curated).toHaveLength(1);

    // Edit the toll: the curator's own boundaries, and take its claim from A first.
    const toll = await itemOf(reviewer, articleId, spans.a.toll);
    view = await resolveItem({
      actor: reviewer,
      articleId,
      input: { action: "take", analystId: a.id, spanIds: idsOf(toll), curatedSpanIds: [] },
    });
    expect(view.items.find((i) => i.key === toll.key)!.curated[0]!.claims.map((c) => c.killed)).toEqual([5]);
    const start = text.indexOf("خمسة");
    view = await resolveItem({
      actor: reviewer,
      articleId,
      input: {
        action: "edit",
        spanIds: idsOf(toll),
        curatedSpanIds: view.items.find((i) => i.key === toll.key)!.curated.map((c) => c.id),
        start,
        end: start + "خمسة أشخاص".length,
        labelId: labels.casualty,
      },
    });
    expect(view.items.find((i) => i.key === toll.key)!.curated.map((c) => c.quote)).toEqual(["خمسة أشخاص"]);

    // Reject A's lone source span: left out, and still so after reading the view again.
    const source = await itemOf(reviewer, articleId, spans.a.source);
    await resolveItem({ actor: reviewer, articleId, input: { action: "reject", spanIds: idsOf(source) } });
    expect((await itemOf(reviewer, articleId, spans.a.source)).rejected).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: articleId, action: "curation.reject" } })).toBe(1);

    // The analysts' raw layers are as they were.
    expect(await db.span.count({ where: { articleId, authorId: { in: [a.id, b.id] }, deletedAt: null } })).toBe(7);
    const curated = await db.span.findMany({ where: { articleId, authorId: reviewer.id, deletedAt: null } });
    expect(curated.map((s) => s.quote).sort()).toEqual(["الجمعة", "بغداد", "خمسة أشخاص"].sort());
  });

  it("refuses bad input with a 400 and changes nothing", async () => {
    const { articleId, a, reviewer, spans } = await seeded();
    const before = await db.span.count({ where: { articleId } });
    // The input's schema refuses some (the API answers a ZodError with 400), the domain the rest.
    const attempts: [unknown, "ZodError" | "ValidationError"][] = [
      [{ action: "take", spanIds: [spans.a.place] }, "ZodError"],
      [{ action: "take", analystId: a.id, spanIds: [randomUUID()] }, "ValidationError"],
      [{ action: "reject", spanIds: [spans.a.place], curatedSpanIds: [spans.b.place] }, "ValidationError"],
      [{ action: "edit", spanIds: [], start: 5, end: 3, labelId: randomUUID() }, "ZodError"],
      [{ action: "edit", spanIds: [], start: 0, end: 100_000, labelId: randomUUID() }, "ValidationError"],
      [{ action: "explode", spanIds: [spans.a.place] }, "ZodError"],
    ];
    for (const [input, refusedBy] of attempts) {
      const refusal = await resolveItem({ actor: reviewer, articleId, input }).then(
        () => null,
        (error: { name?: string; status?: number }) => ({
          by: error.name === "ZodError" ? "ZodError" : error.name,
          status: error.name === "ZodError" ? 400 : error.status,
        }),
      );
      expect(refusal, JSON.stringify(input)).toEqual({ by: refusedBy, status: 400 });
    }
    expect(await db.span.count({ where: { articleId } })).toBe(before);
    await expect(getCurationView({ actor: a, articleId })).rejects.toMatchObject({ status: 403 });
    await expect(
      resolveItem({ actor: a, articleId, input: { action: "merge", spanIds: [spans.a.place] } }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
