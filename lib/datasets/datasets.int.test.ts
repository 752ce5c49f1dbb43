import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { DATASET_FORMAT, type TDatasetArticle, type TDatasetHeader } from "../export/jsonl";
import { makeProject, makeUser } from "../testing/factories";
import { ASTRAL_TEXT, buildDatasetProject, exportBytes, linesOf } from "./dataset-fixtures";
import { importJsonl } from "./import-jsonl";
import { setPublisher } from "../publisher/set-publisher";

type TDataset = { header: TDatasetHeader; articles: TDatasetArticle[] };

function parse(text: string): TDataset {
  const [first, ...rest] = text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
  return { header: first as TDatasetHeader, articles: rest as TDatasetArticle[] };
}

/**
 * The dataset with every id replaced by a name made from what it identifies (the label key, the
 * article title, a span's range, a claim's time and kind…), arrays put in a canonical order, and
 * the fields that belong to the export rather than the data (project, time) dropped: two exports
 * of the same content compare equal whatever ids the objects have.
 */
function canonical(data: TDataset) {
  const names = new Map<string, string>();
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? `unknown:${id}`));
  for (const l of data.header.labels) names.set(l.id, `label:${l.key}${l.deletedAt ? ":deleted" : ""}`);
  for (const e of data.header.entities) names.set(e.id, `entity:${e.kind}:${e.nameAr}`);
  for (const e of data.header.events) names.set(e.id, `event:${e.titleEn}:${e.titleAr}`);
  for (const a of data.articles) {
    names.set(a.id, `article:${a.title}`);
    for (const s of a.spans) names.set(s.id, `span:${a.title}:${s.start}-${s.end}:${name(s.labelId)}`);
    for (const c of a.claims) names.set(c.id, `claim:${a.title}:${c.createdAt}:${c.kind}`);
  }
  for (const a of data.articles)
    for (const l of a.links) names.set(l.id, `link:${name(l.fromClaimId)}->${name(l.toClaimId)}`);
  const verdict = (v: TDatasetHeader["verdicts"][number]) => ({
    ...v,
    id: `verdict:${name(v.claimId ?? v.eventId)}:${v.createdAt}`,
    claimId: name(v.claimId),
    eventId: name(v.eventId),
    evidenceClaimIds: v.evidenceClaimIds.map(name),
  });
  const byJson = <T>(items: T[]) => [...items].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  const { exportedAt: _time, project: _project, selection, ...header } = data.header;
  return {
    header: {
      ...header,
      selection: { ...selection, articleIds: selection.articleIds?.map(name) ?? null },
      labels: byJson(header.labels.map((l) => ({ ...l, id: name(l.id) }))),
      entities: byJson(header.entities.map((e) => ({ ...e, id: name(e.id), mergedIntoId: name(e.mergedIntoId) }))),
      events: byJson(header.events.map((e) => ({ ...e, id: name(e.id) }))),
      verdicts: byJson(header.verdicts.map(verdict)),
    },
    articles: byJson(
      data.articles.map((a) => ({
        ...a,
        id: name(a.id),
        spans: byJson(
          a.spans.map((s) => ({ ...s, id: name(s.id), labelId: name(s.labelId), entityId: name(s.entityId) })),
        ),
        claims: byJson(
          a.claims.map((c) => ({
            ...c,
            id: name(c.id),
            claimSpanId: name(c.claimSpanId),
            speakerSpanId: name(c.speakerSpanId),
            speakerEntityId: name(c.speakerEntityId),
            eventId: name(c.eventId),
            aboutEntityIds: a.claims.length ? [...c.aboutEntityIds.map(name)].sort() : [],
          })),
        ),
        translations: byJson(
          a.translations.map((t) => ({
            ...t,
            targetKey: t.targetType === "SEGMENT" ? t.targetKey : name(t.targetKey),
          })),
        ),
        links: byJson(
          a.links.map((l) => ({
            ...l,
            id: name(l.id),
            fromClaimId: name(l.fromClaimId),
            toClaimId: name(l.toClaimId),
          })),
        ),
        verdicts: byJson(a.verdicts.map(verdict)),
      })),
    ),
  };
}

async function freshProject() {
  const { project, admin } = await makeProject();
  return { project, admin };
}

describe("dataset export and import", () => {
  it("round-trips a project through JSONL: export, import into an empty project, export again, same content", async () => {
    const built = await buildDatasetProject();
    const first = (await exportBytes(built.admin, built.project.id, { format: "jsonl" })).toString("utf8");
    const data = parse(first);
    expect(data.header).toMatchObject({ type: "project", format: DATASET_FORMAT, version: 1, offsets: "utf-16" });
    expect(data.articles).toHaveLength(3);
    const astral = data.articles.find((a) => a.text === ASTRAL_TEXT)!;
    expect(astral.spans.map((s) => s.quote)).toEqual(["𝐀", "3 صواريخ 🚀", "مقتل جنديين"]);
    // History travels: the deleted span, the superseded verdict.
    expect(data.articles.flatMap((a) => a.spans).filter((s) => s.deletedAt)).toHaveLength(1);
    expect(data.articles.flatMap((a) => a.verdicts).filter((v) => v.withdrawnAt)).toHaveLength(1);
    expect(data.header.verdicts).toHaveLength(1);
    expect(data.articles.flatMap((a) => a.links)).toHaveLength(2);
    // Every event of the project travels: the analysts' and the incidents proposed from the suggestions.
    const events = await db.event.findMany({ where: { projectId: built.project.id }, select: { id: true } });
    expect(data.header.events.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(data.header.events.map((e) => e.id)).toContain(built.event.id);
    // A claim accepted from a suggestion keeps who reports it and the rule that proposed it.
    expect(data.articles.flatMap((a) => a.claims).filter((c) => c.provenance)).toEqual([
      expect.objectContaining({
        sourceText: "وزارة الدفاع الأمريكية",
        sourceType: "OFFICIAL",
        provenance: { rule: "count.figure", ruleVersion: 2, confidence: 0.75 },
      }),
    ]);

    const target = await freshProject();
    const result = await importJsonl({
      actor: target.admin,
      projectId: target.project.id,
      lines: linesOf(first),
      source: "round-trip.jsonl",
    });
    expect(result).toMatchObject({
      articles: 3,
      claims: 4,
      links: 2,
      verdicts: 3,
      entities: 2,
      events: events.length,
      users: { matched: 3, placeholders: [] },
    });

    const second = (await exportBytes(target.admin, target.project.id, { format: "jsonl" })).toString("utf8");
    expect(canonical(parse(second))).toEqual(canonical(data));
    // New ids everywhere, nothing shared with the source project.
    const ids = (text: string) => new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g));
    const before = ids(first);
    const shared = [...ids(second)].filter((id) => before.has(id));
    const people = await db.user.findMany({ where: { id: { in: shared } }, select: { id: true } });
    expect(shared.length).toBe(people.length);
    expect(await db.auditEvent.count({ where: { projectId: target.project.id, action: "dataset.import" } })).toBe(4);
  });

  it("reports a malformed line with its number and reason, and imports nothing", async () => {
    const built = await buildDatasetProject();
    const lines = (await exportBytes(built.admin, built.project.id, { format: "jsonl" }))
      .toString("utf8")
      .trimEnd()
      .split("\n");
    const target = await freshProject();
    const labelsBefore = await db.label.findMany({ where: { projectId: target.project.id }, orderBy: { id: "asc" } });
    const usersBefore = await db.user.count();

    const broken = [...lines];
    broken[2] = broken[2]!.slice(0, 40);
    await expect(
      importJsonl({ actor: target.admin, projectId: target.project.id, lines: linesOf(broken.join("\n")) }),
    ).rejects.toMatchObject({
      status: 400,
      details: { line: 3, reason: expect.stringContaining("not valid JSON") },
    });

    // Consistent JSON, inconsistent content: a span whose quote is not the text at its offsets.
    const record = JSON.parse(lines[3]!) as TDatasetArticle;
    record.spans[0]!.quote = "نص آخر";
    const inconsistent = [...lines];
    inconsistent[3] = JSON.stringify(record);
    // A new, unknown author on line 2 would make a placeholder account: it must not survive the failure.
    const withStranger = JSON.parse(inconsistent[1]!) as TDatasetArticle;
    if (withStranger.spans[0]) withStranger.spans[0].author = { name: "Stranger", email: "stranger@elsewhere.example" };
    inconsistent[1] = JSON.stringify(withStranger);
    await expect(
      importJsonl({ actor: target.admin, projectId: target.project.id, lines: linesOf(inconsistent.join("\n")) }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^Line 4: spans\[0\]: The quote does not match/),
      details: { line: 4 },
    });

    // A link to a claim that is not in the file is found at the end and blamed on its line.
    const withLink = lines.map((l) => JSON.parse(l) as { type: string; links?: { toClaimId: string }[] });
    const lineOfLink = withLink.findIndex((r) => (r.links?.length ?? 0) > 0);
    withLink[lineOfLink]!.links![0]!.toClaimId = "no-such-claim";
    await expect(
      importJsonl({
        actor: target.admin,
        projectId: target.project.id,
        lines: linesOf(withLink.map((r) => JSON.stringify(r)).join("\n")),
      }),
    ).rejects.toMatchObject({
      details: { line: lineOfLink + 1, reason: expect.stringContaining('"no-such-claim"') },
    });

    expect(await db.article.count({ where: { projectId: target.project.id } })).toBe(0);
    expect(await db.entity.count({ where: { projectId: target.project.id } })).toBe(0);
    expect(await db.event.count({ where: { projectId: target.project.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { projectId: target.project.id, action: "dataset.import" } })).toBe(0);
    expect(await db.user.count()).toBe(usersBefore);
    expect(await db.label.findMany({ where: { projectId: target.project.id }, orderBy: { id: "asc" } })).toEqual(
      labelsBefore,
    );
  });

  it("records authors without an account here by name, as placeholders that cannot sign in", async () => {
    const built = await buildDatasetProject();
    const lines = (await exportBytes(built.admin, built.project.id, { format: "jsonl" }))
      .toString("utf8")
      .trimEnd()
      .split("\n");
    const renamed = lines.map((l) => l.replaceAll(built.analyst.email, "layla@elsewhere.example"));
    const target = await freshProject();
    const result = await importJsonl({
      actor: target.admin,
      projectId: target.project.id,
      lines: linesOf(renamed.join("\n")),
    });
    expect(result.users.placeholders).toEqual([{ name: "محللة البيانات", email: "layla@elsewhere.example" }]);
    const placeholder = await db.user.findUniqueOrThrow({ where: { email: "layla@elsewhere.example" } });
    expect(placeholder.deactivatedAt).not.toBeNull();
    expect(await db.membership.count({ where: { userId: placeholder.id } })).toBe(0);
    const again = parse((await exportBytes(target.admin, target.project.id, { format: "jsonl" })).toString("utf8"));
    expect(
      again.articles.flatMap((a) => a.spans).filter((s) => s.author?.email === "layla@elsewhere.example").length,
    ).toBeGreaterThan(0);
  });

  it("imports only into an empty project, and only for managers", async () => {
    const built = await buildDatasetProject();
    const text = (await exportBytes(built.admin, built.project.id, { format: "jsonl" })).toString("utf8");
    await expect(
      importJsonl({ actor: built.admin, projectId: built.project.id, lines: linesOf(text) }),
    ).rejects.toMatchObject({ status: 409 });
    const analyst = await makeUser();
    const target = await makeProject([{ user: analyst, role: "ANALYST" }]);
    await expect(
      importJsonl({ actor: analyst, projectId: target.project.id, lines: linesOf(text) }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(exportBytes(built.analyst, built.project.id, { format: "csv" })).rejects.toMatchObject({
      status: 403,
    });
    const stranger = await makeUser();
    await expect(exportBytes(stranger, built.project.id, { format: "csv" })).rejects.toMatchObject({ status: 404 });
  });

  it("exports chosen articles and reviewed material only", async () => {
    const built = await buildDatasetProject();
    const only = parse(
      (
        await exportBytes(built.admin, built.project.id, {
          format: "jsonl",
          articleIds: [built.articles.a003.id, built.articles.aAstral.id],
        })
      ).toString("utf8"),
    );
    expect(only.articles.map((a) => a.title).sort()).toEqual(
      [built.articles.a003.title, built.articles.aAstral.title].sort(),
    );
    // The link to the claim of the article left out goes too; the one between the chosen two stays.
    expect(only.articles.flatMap((a) => a.links)).toHaveLength(1);
    expect(only.header.verdicts[0]!.evidenceClaimIds).toEqual([built.claims.c2.id]);

    const reviewed = parse(
      (await exportBytes(built.admin, built.project.id, { format: "jsonl", reviewedOnly: true })).toString("utf8"),
    );
    const claims = reviewed.articles.flatMap((a) => a.claims);
    expect(claims.map((c) => c.id)).toEqual([built.claims.c1.id]);
    expect(reviewed.articles.flatMap((a) => a.spans).every((s) => s.deletedAt === null)).toBe(true);
    expect(reviewed.articles.flatMap((a) => a.translations).map((t) => t.targetType)).toEqual(["CLAIM"]);
    expect(reviewed.articles.flatMap((a) => a.links)).toEqual([]);
    // The subset is itself a consistent dataset.
    const target = await freshProject();
    await expect(
      importJsonl({
        actor: target.admin,
        projectId: target.project.id,
        lines: linesOf(
          `${JSON.stringify(reviewed.header)}\n${reviewed.articles.map((a) => JSON.stringify(a)).join("\n")}`,
        ),
      }),
    ).resolves.toMatchObject({ claims: 1 });
    await expect(
      exportBytes(built.admin, built.project.id, { format: "csv", articleIds: [target.project.id] }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("writes every format from the database: W3C positions in code points across articles, CSV, brat, ClaimReview", async () => {
    const built = await buildDatasetProject();
    type TSel = { type: string; exact?: string; start?: number; end?: number };
    type TAnno = {
      id: string;
      motivation: string;
      target: { source: { id: string }; selector?: TSel[] } | { source: { id: string }; selector?: TSel[] }[];
    };
    const w3c = JSON.parse((await exportBytes(built.admin, built.project.id, { format: "w3c" })).toString("utf8")) as {
      total: number;
      first: { items: TAnno[] };
    };
    const texts = new Map(Object.values(built.articles).map((a) => [`urn:uuid:${a.id}`, [...a.text]]));
    const targets = w3c.first.items.flatMap((a) => (Array.isArray(a.target) ? a.target : [a.target]));
    for (const target of targets) {
      const quote = target.selector?.find((s) => s.type === "TextQuoteSelector");
      const position = target.selector?.find((s) => s.type === "TextPositionSelector");
      if (!quote) continue;
      expect(position, `position of ${quote.exact}`).toBeDefined();
      expect(texts.get(target.source.id)!.slice(position!.start, position!.end).join("")).toBe(quote.exact);
    }
    const contradicts = w3c.first.items.find(
      (a) =>
        a.motivation === "linking" &&
        Array.isArray(a.target) &&
        a.target.some((t) => t.source.id === `urn:uuid:${built.articles.aAstral.id}`) &&
        a.target.some((t) => t.source.id === `urn:uuid:${built.articles.a003.id}`),
    );
    expect(contradicts).toBeDefined();
    // Every target, in this article or another, names the text version its offsets refer to.
    expect(new Set(targets.map((t) => (t.source as { "schema:version"?: number })["schema:version"]))).toEqual(
      new Set([1]),
    );
    // Live material only: the deleted span is not an annotation.
    expect(w3c.first.items.filter((a) => a.motivation === "tagging")).toHaveLength(7);

    const csv = (await exportBytes(built.admin, built.project.id, { format: "csv" })).toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1 + 4);
    expect(csv).toContain("The group promised more attacks on US forces in the region");

    const files = unzipSync(new Uint8Array(await exportBytes(built.admin, built.project.id, { format: "brat" })));
    const ann = new TextDecoder().decode(files[`${built.articles.aAstral.id}.ann`]);
    const codePoints = [...built.articles.aAstral.text];
    for (const line of ann.split("\n").filter((l) => l.startsWith("T"))) {
      const [, where, text] = line.split("\t") as [string, string, string];
      const [, start, end] = where.split(" ");
      expect(codePoints.slice(Number(start), Number(end)).join("")).toBe(text);
    }
    expect(ann).toMatch(/Verdict T\d+ FALSE/);
    // The sample is Arabic: brat is told to lay it out right to left.
    expect(new TextDecoder().decode(files["visual.conf"])).toMatch(/^\[options\]\nText direction:rtl\n/);

    // ClaimReview names the publishing organisation: refused (nothing written) until it is set.
    await expect(exportBytes(built.admin, built.project.id, { format: "claimreview" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("publisher"),
    });
    await setPublisher({
      actor: built.admin,
      projectId: built.project.id,
      input: {
        name: "Fact Desk",
        url: "https://factdesk.example.org",
        reviewUrlTemplate: "https://factdesk.example.org/c/{claimId}",
      },
    });
    const reviews = JSON.parse(
      (await exportBytes(built.admin, built.project.id, { format: "claimreview" })).toString("utf8"),
    ) as { "@graph": { url: string; author: { name: string }; reviewRating: { alternateName: string } }[] };
    expect(reviews["@graph"].map((r) => r.reviewRating.alternateName)).toEqual(["False"]);
    expect(reviews["@graph"][0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/factdesk\.example\.org\/c\/[0-9a-f-]{36}$/),
      author: { "@type": "Organization", name: "Fact Desk" },
    });
  });
});
