import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import type { ActingUser } from "../../lib/auth/acting-user";
import { createClaim } from "../../lib/claims/create-claim";
import { createEntity } from "../../lib/entities/create-entity";
import { createEvent } from "../../lib/events/create-event";
import { createLink } from "../../lib/links/create-link";
import { createSpan } from "../../lib/spans/create-span";
import { decideSuggestionsOfKind } from "../../lib/suggestions/decide-suggestions-of-kind";
import { saveTranslation } from "../../lib/translations/save-translation";
import {
  createAccount,
  createProjectWith,
  importSampleCorpus,
  type TAccount,
  uniqueTag,
  waitForSuggestionRuns,
} from "../fixtures/seed";

/**
 * The scenario on the sample corpus, seeded through the domain functions: the 8 Dec 2023
 * embassy attack reported as "about seven mortar rounds" (000) and "several rockets" (001),
 * linked by an analyst as a contradiction; the attack counts 84 (000), 92 (001) and more than
 * 150 (003), which the system suggests as updates; and the Telegram quote both 000 and 001 carry,
 * which the system suggests as agreement.
 */
export const PHRASES = {
  mortars: "نحو سبع قذائف مورتر سقطت على مجمع السفارة الأمريكية في بغداد",
  rockets: "واستُهدفت الجمعة السفارة الأميركية في بغداد بعدة صواريخ",
  count84: "لما لا يقل عن 84 مرة منذ 17 أكتوبر/تشرين الأول",
  count92: "92 هجوماً ضدّ قواتها في العراق وسوريا",
  count150: "أكثر من 150 هجوماً",
  quote000: "عملياتنا الجهاديـة ضد الاحتلال الأمريكي ستستمر حتى إخراج آخر جندي له مـن أرض العراق",
  quote001: "عملياتنا الجهادية ضد الاحتلال الأميركي ستستمر حتى إخراج آخر جندي له من أرض العراق",
  officer: "مسؤول في الجيش الأمريكي",
  pmfCasualties: "أدى إلى مقتل عنصر وإصابة اثنين آخرين",
  reutersCasualties: "قتلت مسلحين اثنين على الأقل وأصابت أربعة أشخاص آخرين",
} as const;

export const ATTACKS = "attacks on US forces";
export const EMBASSY_EN = "Attack on the US embassy in Baghdad";
export const CAMPAIGN_EN = "Attacks on US forces in Iraq and Syria since 17 October 2023";
export const STRIKES_EN = "US strikes on Kataib Hezbollah sites";

type TArticle = { id: string; title: string; text: string };

export type TReviewScenario = Awaited<ReturnType<typeof seedReviewScenario>>;

export async function seedReviewScenario() {
  const analyst: TAccount = await createAccount({ name: `Analyst ${uniqueTag()}` });
  const reviewer: TAccount = await createAccount({ name: `Reviewer ${uniqueTag()}` });
  const { project, admin } = await createProjectWith([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const summary = await importSampleCorpus(admin, project.id);
  await waitForSuggestionRuns(project.id);
  // The analyst works by hand here: the machine's proposals of claims are rejected, as «Reject all» does.
  for (const r of summary.results) {
    for (const kind of ["STATEMENT", "CASUALTY", "COUNT"] as const) {
      await decideSuggestionsOfKind({
        actor: admin,
        articleId: r.articles[0]!.id,
        input: { kind, decision: "reject" },
      });
    }
  }
  const articles: TArticle[] = await Promise.all(
    summary.results.map((r) =>
      db.article.findUniqueOrThrow({ where: { id: r.articles[0]!.id }, select: { id: true, title: true, text: true } }),
    ),
  );
  const article = (prefix: "000" | "001" | "003") => articles[Number(prefix)]!;
  const labels = await db.label.findMany({ where: { projectId: project.id }, select: { id: true, key: true } });
  const labelId = (key: string) => labels.find((l) => l.key === key)!.id;

  async function span(actor: ActingUser, a: TArticle, phrase: string, label: string) {
    const start = a.text.indexOf(phrase);
    if (start < 0) throw new Error(`phrase not in "${a.title}": ${phrase}`);
    const { span } = await createSpan({
      actor,
      articleId: a.id,
      input: { id: randomUUID(), labelId: labelId(label), start, end: start + phrase.length, quote: phrase },
    });
    return span;
  }

  async function claimOn(
    actor: ActingUser,
    a: TArticle,
    phrase: string,
    input: Record<string, unknown>,
    translation?: string,
  ) {
    const claimSpan = await span(actor, a, phrase, "claim");
    const { claim } = await createClaim({
      actor,
      articleId: a.id,
      input: { id: randomUUID(), claimSpanId: claimSpan.id, kind: "OTHER", ...input },
    });
    if (translation)
      await saveTranslation({
        actor,
        articleId: a.id,
        input: { targetType: "CLAIM", targetKey: claim.id, text: translation },
      });
    return claim;
  }

  const embassy = await createEvent({
    actor: analyst,
    projectId: project.id,
    input: {
      titleEn: EMBASSY_EN,
      titleAr: "الهجوم على السفارة الأمريكية في بغداد",
      occurredOn: "2023-12-08",
      place: "Baghdad",
    },
  });
  const campaign = await createEvent({
    actor: analyst,
    projectId: project.id,
    input: {
      titleEn: CAMPAIGN_EN,
      titleAr: "الهجمات على القوات الأمريكية في العراق وسوريا منذ 17 أكتوبر 2023",
      occurredOn: "2023-10-17",
      place: "Iraq and Syria",
    },
  });
  const kataib = await createEntity({
    actor: analyst,
    projectId: project.id,
    input: { kind: "ORGANISATION", nameAr: "كتائب حزب الله", nameEn: "Kataib Hezbollah" },
  });

  const officer = await span(analyst, article("000"), PHRASES.officer, "speaker");
  const mortars = await claimOn(
    analyst,
    article("000"),
    PHRASES.mortars,
    { kind: "EVENT", eventId: embassy.id, speakerSpanId: officer.id, attribution: "Reuters" },
    "About seven mortar rounds fell on the US embassy compound in Baghdad.",
  );
  const rockets = await claimOn(
    analyst,
    article("001"),
    PHRASES.rockets,
    { kind: "EVENT", eventId: embassy.id },
    "On Friday the US embassy in Baghdad was targeted with several rockets.",
  );
  const contradiction = await createLink({
    actor: analyst,
    projectId: project.id,
    input: {
      id: randomUUID(),
      fromClaimId: mortars.id,
      toClaimId: rockets.id,
      relation: "CONTRADICTS",
      note: "mortar rounds vs rockets",
    },
  });

  const count84 = await claimOn(analyst, article("000"), PHRASES.count84, {
    kind: "COUNT",
    eventId: campaign.id,
    figures: { thing: ATTACKS, value: { qualifier: "at_least", value: 84 }, since: "2023-10-17" },
  });
  const count92 = await claimOn(analyst, article("001"), PHRASES.count92, {
    kind: "COUNT",
    eventId: campaign.id,
    figures: { thing: ATTACKS, value: { value: 92 }, since: "2023-10-17" },
  });
  const count150 = await claimOn(analyst, article("003"), PHRASES.count150, {
    kind: "COUNT",
    eventId: campaign.id,
    figures: { thing: ATTACKS, value: { qualifier: "more_than", value: 150 } },
  });

  const quote000 = await claimOn(analyst, article("000"), PHRASES.quote000, {
    kind: "STATEMENT",
    speakerEntityId: kataib.id,
    channel: "Telegram",
  });
  const quote001 = await claimOn(analyst, article("001"), PHRASES.quote001, {
    kind: "STATEMENT",
    speakerEntityId: kataib.id,
    channel: "Telegram",
  });

  // Two casualty figures of one event that cannot both be true (1 killed vs at least 2).
  const strikes = await createEvent({
    actor: analyst,
    projectId: project.id,
    input: { titleEn: STRIKES_EN, titleAr: "الضربات الأمريكية على مواقع كتائب حزب الله", occurredOn: "2024-01-24" },
  });
  const pmf = await claimOn(analyst, article("003"), PHRASES.pmfCasualties, {
    kind: "CASUALTY",
    eventId: strikes.id,
    figures: { killed: { value: 1 }, injured: { value: 2 } },
  });
  const reuters = await claimOn(analyst, article("003"), PHRASES.reutersCasualties, {
    kind: "CASUALTY",
    eventId: strikes.id,
    figures: { killed: { qualifier: "at_least", value: 2 }, injured: { qualifier: "at_least", value: 4 } },
  });

  return {
    analyst,
    reviewer,
    admin,
    project,
    embassy,
    campaign,
    strikes,
    articles: { a000: article("000"), a001: article("001"), a003: article("003") },
    claims: { mortars, rockets, count84, count92, count150, quote000, quote001, pmf, reuters },
    contradiction,
  };
}
