import type { TArticleBundle, TClaimInfo, TLinkEnd, TProjectInfo, TSpanInfo } from "./types";

/**
 * In-memory project and article for the writers' unit tests: Arabic text with an emoji, a
 * mathematical letter and a CJK ideograph outside the BMP (two UTF-16 units each, one code point),
 * a span that crosses a line break, overlapping spans, claims with figures, a translation, a link
 * to a claim in another article and a standing verdict.
 */

export const TEXT = "قال 👍 المتحدث 𝐀 إن 3 صواريخ 🚀 أصابت القاعدة.\nوأضاف أن 𠀋 الهجوم أسفر عن مقتل جنديين.";
const T = "2024-01-02T10:00:00.000Z";
const ME = { name: "Layla", email: "layla@example.org" };

export function span(id: string, phrase: string, labelId: string, extra: Partial<TSpanInfo> = {}): TSpanInfo {
  const start = TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  const end = start + phrase.length;
  return {
    id,
    labelId,
    start,
    end,
    quote: phrase,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(end, end + 32),
    note: "",
    entityId: null,
    author: ME,
    version: 1,
    createdAt: T,
    updatedAt: T,
    deletedAt: null,
    ...extra,
  };
}

function claim(id: string, extra: Partial<TClaimInfo>): TClaimInfo {
  return {
    id,
    kind: "OTHER",
    claimSpanId: null,
    speakerSpanId: null,
    speakerEntityId: null,
    attribution: "",
    channel: "",
    sourceText: "",
    sourceType: null,
    provenance: null,
    figures: {},
    occurredOn: null,
    place: "",
    eventId: null,
    status: "DRAFT",
    note: "",
    aboutEntityIds: [],
    author: ME,
    version: 1,
    createdAt: T,
    updatedAt: T,
    deletedAt: null,
    included: true,
    ...extra,
  };
}

export const PROJECT: TProjectInfo = {
  id: "0195f0c4-0000-7000-8000-000000000001",
  name: "مشروع الاختبار",
  description: "",
  publisher: {
    name: "Fact Desk",
    url: "https://factdesk.example.org",
    logoUrl: "https://factdesk.example.org/logo.png",
    reviewUrlTemplate: "https://factdesk.example.org/checks/{claimId}",
  },
  textDirection: "rtl",
  exportedAt: "2024-02-01T00:00:00.000Z",
  selection: { articleIds: null, reviewedOnly: false },
  labels: [
    {
      id: "l-claim",
      key: "claim",
      name: "Claim",
      nameAr: "ادعاء",
      color: "#e11d48",
      hotkey: 1,
      order: 0,
      deletedAt: null,
    },
    {
      id: "l-count",
      key: "count",
      name: "Count",
      nameAr: "عدد",
      color: "#ea580c",
      hotkey: 2,
      order: 1,
      deletedAt: null,
    },
    {
      id: "l-person",
      key: "person",
      name: "Person",
      nameAr: "شخص",
      color: "#ca8a04",
      hotkey: 3,
      order: 2,
      deletedAt: null,
    },
    {
      id: "l-ar",
      key: "مكان",
      name: "مكان",
      nameAr: "مكان",
      color: "#16a34a",
      hotkey: null,
      order: 3,
      deletedAt: null,
    },
  ],
  entities: [
    {
      id: "e-dod",
      kind: "ORGANISATION",
      nameAr: "وزارة الدفاع",
      nameEn: "Department of Defense",
      aliases: [],
      mergedIntoId: null,
      version: 1,
      createdAt: T,
      updatedAt: T,
      deletedAt: null,
    },
  ],
  events: [
    {
      id: "ev-1",
      titleAr: "هجوم",
      titleEn: "Attack",
      occurredOn: "2024-01-01",
      place: "",
      version: 1,
      createdAt: T,
      updatedAt: T,
      deletedAt: null,
    },
  ],
  eventVerdicts: [],
};

const remote: TLinkEnd = {
  claimId: "c-remote",
  articleId: "0195f0c4-0000-7000-8000-0000000000a2",
  articleTitle: "مقال آخر",
  kind: "CASUALTY",
  included: true,
  span: { start: 10, end: 14, quote: "قتيل", codePointStart: 9, codePointEnd: 13 },
};

export function bundle(): TArticleBundle {
  const spans = [
    span("s-speaker", "المتحدث", "l-person", { entityId: "e-dod", note: '=HYPERLINK("http://x")' }),
    span("s-math", "𝐀", "l-person"),
    span("s-rockets", "3 صواريخ 🚀", "l-count"),
    span("s-claim", "أصابت القاعدة.\nوأضاف", "l-claim"),
    span("s-killed", "مقتل جنديين", "l-ar"),
  ];
  const local = (id: string, spanId: string): TLinkEnd => {
    const s = spans.find((x) => x.id === spanId)!;
    return {
      claimId: id,
      articleId: "0195f0c4-0000-7000-8000-0000000000a1",
      articleTitle: "نص مع رموز 🚀",
      kind: "CASUALTY",
      included: true,
      span: { start: s.start, end: s.end, quote: s.quote, codePointStart: null, codePointEnd: null },
    };
  };
  return {
    id: "0195f0c4-0000-7000-8000-0000000000a1",
    title: "نص مع رموز 🚀",
    source: "Test Wire",
    url: "https://example.org/astral",
    publishedAt: "2024-01-02",
    language: "ar",
    status: "IN_PROGRESS",
    version: 1,
    createdBy: ME,
    createdAt: T,
    updatedAt: T,
    text: TEXT,
    articleVersion: 1,
    provenance: null,
    segments: [{ kind: "PARAGRAPH", index: 0, paragraphIndex: 0, start: 0, end: TEXT.indexOf("\n") }],
    spans,
    claims: [
      claim("c-count", {
        kind: "COUNT",
        claimSpanId: "s-rockets",
        speakerSpanId: "s-speaker",
        speakerEntityId: "e-dod",
        status: "REVIEWED",
        sourceText: "وزارة الدفاع",
        sourceType: "OFFICIAL",
        provenance: { rule: "count.figure", ruleVersion: 2, confidence: 0.75 },
        figures: { thing: "صواريخ", value: { qualifier: "exactly", value: 3 }, asOf: "2024-01-01" },
      }),
      claim("c-killed", {
        kind: "CASUALTY",
        claimSpanId: "s-killed",
        eventId: "ev-1",
        figures: { killed: { qualifier: "at_least", value: 2 }, victims: "جنود", perpetrator: "" },
      }),
      claim("c-none", { kind: "STATEMENT", note: "-1 بلا نص" }),
    ],
    translations: [
      {
        targetType: "CLAIM",
        targetKey: "c-killed",
        status: "REVIEWED",
        version: 2,
        reviewedBy: ME,
        reviewedAt: T,
        createdAt: T,
        updatedAt: T,
        revisions: [
          { version: 1, text: "killing two", origin: "HUMAN", author: ME, createdAt: T },
          { version: 2, text: "killing two soldiers", origin: "HUMAN", author: ME, createdAt: T },
        ],
      },
      {
        targetType: "SPAN",
        targetKey: "s-math",
        status: "DRAFT",
        version: 1,
        reviewedBy: null,
        reviewedAt: null,
        createdAt: T,
        updatedAt: T,
        revisions: [{ version: 1, text: "bold A", origin: "ASSISTED", author: null, createdAt: T }],
      },
    ],
    links: [
      {
        id: "0195f0c4-0000-7000-8000-0000000000b1",
        relation: "CONTRADICTS",
        origin: "HUMAN",
        reason: "",
        note: "أرقام مختلفة",
        priority: 3,
        state: "CONFIRMED",
        reviewReason: "",
        reviewer: ME,
        reviewedAt: T,
        createdBy: ME,
        version: 2,
        createdAt: T,
        updatedAt: T,
        from: local("c-killed", "s-killed"),
        to: remote,
      },
      {
        id: "0195f0c4-0000-7000-8000-0000000000b2",
        relation: "UPDATES",
        origin: "SUGGESTED",
        reason: "same thing counted",
        note: "",
        priority: 1,
        state: "OPEN",
        reviewReason: "",
        reviewer: null,
        reviewedAt: null,
        createdBy: null,
        version: 1,
        createdAt: T,
        updatedAt: T,
        from: local("c-count", "s-rockets"),
        to: local("c-killed", "s-killed"),
      },
    ],
    verdicts: [
      {
        id: "v-old",
        claimId: "c-killed",
        eventId: null,
        value: "DISPUTED",
        rationale: "old",
        evidenceClaimIds: [],
        reviewer: ME,
        withdrawnAt: T,
        createdAt: "2024-01-03T00:00:00.000Z",
      },
      {
        id: "v-now",
        claimId: "c-killed",
        eventId: null,
        value: "FALSE",
        rationale: "نفت الوزارة",
        evidenceClaimIds: ["c-count"],
        reviewer: ME,
        withdrawnAt: null,
        createdAt: "2024-01-04T00:00:00.000Z",
      },
    ],
  };
}

/** Runs a writer over the fixture and returns everything it wrote. */
export function collect(
  make: (sink: (chunk: string | Uint8Array) => void) => {
    begin(p: TProjectInfo): void;
    article(b: TArticleBundle): void;
    end(): void;
  },
  bundles: TArticleBundle[] = [bundle()],
  project: TProjectInfo = PROJECT,
) {
  const chunks: (string | Uint8Array)[] = [];
  const writer = make((chunk) => chunks.push(chunk));
  writer.begin(project);
  for (const b of bundles) writer.article(b);
  writer.end();
  return chunks;
}

export const asText = (chunks: (string | Uint8Array)[]) =>
  chunks.map((c) => (typeof c === "string" ? c : new TextDecoder().decode(c))).join("");
