import { randomUUID } from "node:crypto";
import { importArticles } from "../articles/import-articles";
import type { ActingUser } from "../auth/acting-user";
import { createClaim } from "../claims/create-claim";
import { db } from "../db";
import { createEntity } from "../entities/create-entity";
import { createEvent } from "../events/create-event";
import { draftFromJson } from "../import/parse-upload";
import { createLink } from "../links/create-link";
import { reviewLink } from "../links/review-link";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { setSpanDeleted } from "../spans/set-span-deleted";
import { makeProject, makeUser } from "../testing/factories";
import { reviewTranslation } from "../translations/review-translation";
import { saveTranslation } from "../translations/save-translation";
import { recordVerdict } from "../verdicts/record-verdict";
import { exportProject, type TExportQuery } from "./export-project";

/** An article whose text has an emoji and other astral characters before and inside annotated words. */
export const ASTRAL_TEXT = "قال 👍 المتحدث 𝐀 إن 3 صواريخ 🚀 أصابت القاعدة.\nوأضاف أن 𠀋 الهجوم أسفر عن مقتل جنديين.";

/**
 * A project with a bit of everything, made through the domain functions: three articles (one with
 * astral characters), spans (overlapping, one deleted, one with a note and an entity), claims of
 * each kind with figures, entities, an event, translations (one reviewed), a cross-article link
 * (confirmed), verdicts (one superseded, one on the event).
 */
export async function buildDatasetProject() {
  const analyst = await makeUser({ name: "محللة البيانات" });
  const reviewer = await makeUser({ name: "Reviewer Rana" });
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const sources = (await loadSampleCorpus()).filter((s) => s.name.startsWith("000") || s.name.startsWith("003"));
  const astral = draftFromJson({
    title: "نص مع رموز 🚀",
    text: ASTRAL_TEXT,
    source: "Test Wire",
    url: "https://example.org/astral",
    publishedAt: "2024-01-02",
  });
  if (typeof astral === "string") throw new Error(astral);
  sources.push({ name: "astral.json", ok: true, drafts: [astral] });
  const summary = await importArticles({ actor: admin, projectId: project.id, sources });
  const articles = await Promise.all(
    summary.results.map((r) => db.article.findUniqueOrThrow({ where: { id: r.articles[0]!.id } })),
  );
  const [a000, a003, aAstral] = articles as [
    (typeof articles)[number],
    (typeof articles)[number],
    (typeof articles)[number],
  ];
  const labels = new Map((await db.label.findMany({ where: { projectId: project.id } })).map((l) => [l.key, l.id]));
  const label = (key: string) => labels.get(key)!;

  const span = async (
    article: { id: string; text: string },
    phrase: string,
    key: string,
    extra: { note?: string; entityId?: string; by?: ActingUser } = {},
  ) => {
    const start = article.text.indexOf(phrase);
    if (start < 0) throw new Error(`"${phrase}" is not in the article`);
    const { span: created } = await createSpan({
      actor: extra.by ?? analyst,
      articleId: article.id,
      input: {
        id: randomUUID(),
        labelId: label(key),
        start,
        end: start + phrase.length,
        quote: phrase,
        note: extra.note ?? "",
        entityId: extra.entityId ?? null,
      },
    });
    return created;
  };

  const kataib = await createEntity({
    actor: analyst,
    projectId: project.id,
    input: { kind: "ORGANISATION", nameAr: "كتائب حزب الله", nameEn: "Kataib Hezbollah", aliases: ["الكتائب"] },
  });
  const pentagon = await createEntity({
    actor: analyst,
    projectId: project.id,
    input: { kind: "ORGANISATION", nameAr: "وزارة الدفاع الأمريكية", nameEn: "US Department of Defense" },
  });
  const event = await createEvent({
    actor: analyst,
    projectId: project.id,
    input: { titleAr: "هجوم على السفارة", titleEn: "Attack on the embassy", occurredOn: "2023-12-08", place: "بغداد" },
  });

  // Article 000: a statement with speaker span and entity, overlapping spans, one deleted span.
  const speaker = await span(a000, "مسؤول أمني من كتائب حزب الله العراقية", "speaker", {
    entityId: kataib.id,
    note: "مصدر مجهول الاسم",
  });
  await span(a000, "كتائب حزب الله العراقية", "organisation", { entityId: kataib.id });
  const statement = await span(a000, "الجماعة وعدت بشن المزيد من الهجمات على القوات الأمريكية في المنطقة", "claim");
  const doomed = await span(a000, "بغداد", "place");
  await setSpanDeleted({
    actor: analyst,
    ref: { articleId: a000.id, spanId: doomed.id },
    version: doomed.version,
    deleted: true,
  });
  // Marked reviewed at creation, which only a reviewer (or manager) may do.
  const c1 = (
    await createClaim({
      actor: reviewer,
      articleId: a000.id,
      input: {
        id: randomUUID(),
        kind: "STATEMENT",
        claimSpanId: statement.id,
        speakerSpanId: speaker.id,
        speakerEntityId: kataib.id,
        attribution: "في بيان رسمي",
        channel: "statement",
        status: "REVIEWED",
        eventId: event.id,
        aboutEntityIds: [kataib.id, pentagon.id],
      },
    })
  ).claim;

  // Article 003: a count claim.
  const countSpan = await span(a003, "ثلاث منشآت تستخدمها ميليشيا كتائب حزب الله", "count", { by: reviewer });
  const c2 = (
    await createClaim({
      actor: reviewer,
      articleId: a003.id,
      input: {
        id: randomUUID(),
        kind: "COUNT",
        claimSpanId: countSpan.id,
        figures: { thing: "منشآت", value: { qualifier: "exactly", value: 3 }, asOf: "2024-01-24" },
        speakerEntityId: pentagon.id,
      },
    })
  ).claim;

  // Accepted from a suggestion: the claim keeps who reports it and the rule that proposed it.
  await db.claim.update({
    where: { id: c2.id },
    data: {
      sourceText: "وزارة الدفاع الأمريكية",
      sourceType: "OFFICIAL",
      provenance: { rule: "count.figure", ruleVersion: 2, confidence: 0.75 },
    },
  });

  // The astral article: spans after an emoji and on an astral character, a casualty claim.
  const rockets = await span(aAstral, "3 صواريخ 🚀", "count");
  const math = await span(aAstral, "𝐀", "person", { note: "حرف رياضي" });
  const killed = await span(aAstral, "مقتل جنديين", "casualty");
  const c3 = (
    await createClaim({
      actor: analyst,
      articleId: aAstral.id,
      input: {
        id: randomUUID(),
        kind: "CASUALTY",
        claimSpanId: killed.id,
        figures: { killed: { qualifier: "exactly", value: 2 }, victims: "جنود", perpetrator: "" },
      },
    })
  ).claim;
  await createClaim({
    actor: analyst,
    articleId: aAstral.id,
    input: { id: randomUUID(), kind: "OTHER", note: "بلا نص" },
  });

  // Translations: a paragraph, a span, a claim (reviewed, with two revisions).
  await saveTranslation({
    actor: analyst,
    articleId: a000.id,
    input: { targetType: "SEGMENT", targetKey: "0", text: "A security official said…" },
  });
  await saveTranslation({
    actor: analyst,
    articleId: aAstral.id,
    input: { targetType: "SPAN", targetKey: math.id, text: "Bold capital A" },
  });
  const first = await saveTranslation({
    actor: analyst,
    articleId: a000.id,
    input: { targetType: "CLAIM", targetKey: c1.id, text: "The group promised more attacks" },
  });
  const second = await saveTranslation({
    actor: reviewer,
    articleId: a000.id,
    input: {
      targetType: "CLAIM",
      targetKey: c1.id,
      text: "The group promised more attacks on US forces in the region",
      baseVersion: first.version,
      origin: "ASSISTED",
    },
  });
  await reviewTranslation({
    actor: reviewer,
    translationId: second.id,
    input: { version: second.version, status: "REVIEWED" },
  });

  // Links across articles; one confirmed.
  const link = await createLink({
    actor: analyst,
    projectId: project.id,
    input: { id: randomUUID(), fromClaimId: c2.id, toClaimId: c3.id, relation: "CONTRADICTS", note: "أرقام مختلفة" },
  });
  await reviewLink({ actor: reviewer, linkId: link.id, input: { action: "confirm", version: link.version } });
  await createLink({
    actor: analyst,
    projectId: project.id,
    input: { id: randomUUID(), fromClaimId: c1.id, toClaimId: c3.id, relation: "RELATED" },
  });

  // Verdicts: the first on c3 is superseded by the second; one on the event.
  await recordVerdict({
    actor: reviewer,
    projectId: project.id,
    input: { claimId: c3.id, value: "DISPUTED", rationale: "مصدر واحد" },
  });
  await recordVerdict({
    actor: reviewer,
    projectId: project.id,
    input: { claimId: c3.id, value: "FALSE", rationale: "The ministry denied any deaths", evidenceClaimIds: [c2.id] },
  });
  await recordVerdict({
    actor: reviewer,
    projectId: project.id,
    input: {
      eventId: event.id,
      value: "SUPPORTED",
      rationale: "Confirmed by two outlets",
      evidenceClaimIds: [c1.id, c2.id],
    },
  });

  return {
    project,
    admin,
    analyst,
    reviewer,
    articles: { a000, a003, aAstral },
    claims: { c1, c2, c3 },
    spans: { rockets, math, killed },
    event,
    entities: { kataib, pentagon },
  };
}

/** The whole export as bytes, through the same function the route and the command use. */
export async function exportBytes(actor: ActingUser, projectId: string, query: TExportQuery): Promise<Buffer> {
  const prepared = await exportProject({ actor, projectId, query });
  const parts: Uint8Array[] = [];
  for await (const chunk of prepared.chunks()) parts.push(chunk);
  return Buffer.concat(parts);
}

export async function* linesOf(text: string): AsyncGenerator<string> {
  yield* text.split("\n");
}
