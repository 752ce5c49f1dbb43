import { describe, expect, it } from "vitest";
import { claimReviewWriter } from "./claimreview";
import { reviewUrl, reviewUrlProblem } from "./review-url";
import { asText, bundle, collect, PROJECT } from "./test-fixtures";
import type { TArticleBundle } from "./types";

type TNode = Record<string, unknown>;

/**
 * Every property Google's fact-check documentation (developers.google.com/search/docs/appearance/
 * structured-data/factcheck) lists as required or recommended, per type.
 */
const GOOGLE = {
  ClaimReview: {
    required: ["claimReviewed", "reviewRating", "url"],
    recommended: ["author", "datePublished", "itemReviewed"],
  },
  Claim: { required: [], recommended: ["appearance", "author", "datePublished", "firstAppearance"] },
  Rating: { required: ["alternateName"], recommended: ["bestRating", "name", "ratingValue", "worstRating"] },
} as const;

/** The Google fields missing from a review and its Claim and Rating, as "Type.field". */
function missingFields(review: TNode): string[] {
  const missing = (type: keyof typeof GOOGLE, node: TNode | undefined) =>
    [...GOOGLE[type].required, ...GOOGLE[type].recommended]
      .filter((field) => node?.[field] === undefined || node[field] === "")
      .map((field) => `${type}.${field}`);
  return [
    ...missing("ClaimReview", review),
    ...missing("Claim", review.itemReviewed as TNode | undefined),
    ...missing("Rating", review.reviewRating as TNode | undefined),
  ];
}

function reviews(bundles: TArticleBundle[] = [bundle()]): TNode[] {
  const doc = JSON.parse(asText(collect(claimReviewWriter, bundles))) as { "@context": string; "@graph": TNode[] };
  expect(doc["@context"]).toBe("https://schema.org");
  return doc["@graph"];
}

describe("ClaimReview", () => {
  it("has every field Google requires or recommends, with the organisation as author and the review's own URL", () => {
    const [review, ...others] = reviews();
    expect(others).toHaveLength(0);
    expect(missingFields(review!)).toEqual([]);
    expect(review).toEqual({
      "@type": "ClaimReview",
      "@id": "urn:uuid:v-now",
      url: "https://factdesk.example.org/checks/c-killed",
      claimReviewed: "killing two soldiers",
      datePublished: "2024-01-04",
      author: {
        "@type": "Organization",
        name: "Fact Desk",
        url: "https://factdesk.example.org",
        logo: { "@type": "ImageObject", url: "https://factdesk.example.org/logo.png" },
      },
      reviewBody: "نفت الوزارة",
      reviewRating: {
        "@type": "Rating",
        ratingValue: 1,
        bestRating: 3,
        worstRating: 1,
        alternateName: "False",
        name: "False",
      },
      itemReviewed: {
        "@type": "Claim",
        "@id": "urn:uuid:c-killed",
        text: "مقتل جنديين",
        inLanguage: "ar",
        // No speaker: the outlet that published the article made the claim public.
        author: { "@type": "Organization", name: "Test Wire", url: "https://example.org" },
        datePublished: "2024-01-02",
        appearance: expect.objectContaining({
          "@type": "NewsArticle",
          headline: "نص مع رموز 🚀",
          url: "https://example.org/astral",
          publisher: { "@type": "Organization", name: "Test Wire" },
        }),
        firstAppearance: expect.objectContaining({ url: "https://example.org/astral" }),
      },
    });
  });

  it("names the speaker entity as the claim's author, else the outlet, else the article's host", () => {
    const b = bundle();
    b.verdicts.push({ ...b.verdicts[1]!, id: "v-count", claimId: "c-count" });
    const bySpeaker = reviews([b]).find((r) => r["@id"] === "urn:uuid:v-count")!;
    expect((bySpeaker.itemReviewed as TNode).author).toEqual({
      "@type": "Organization",
      "@id": "urn:uuid:e-dod",
      name: "Department of Defense",
      alternateName: "وزارة الدفاع",
    });
    expect(missingFields(bySpeaker)).toEqual([]);

    const noOutlet = { ...bundle(), source: null, url: "https://www.wire.example/a/1" };
    expect((reviews([noOutlet])[0]!.itemReviewed as TNode).author).toEqual({
      "@type": "Organization",
      name: "wire.example",
      url: "https://www.wire.example",
    });
  });

  it("reviews the claim's text, never the headline: the Arabic quote without an English, nothing without either", () => {
    const arabicOnly = { ...bundle(), translations: [] };
    expect(reviews([arabicOnly])[0]!.claimReviewed).toBe("مقتل جنديين");

    const b = bundle();
    b.verdicts.push({ ...b.verdicts[1]!, id: "v-none", claimId: "c-none" });
    const all = reviews([b]);
    expect(all.map((r) => r["@id"])).toEqual(["urn:uuid:v-now"]);
    expect(all.map((r) => r.claimReviewed)).not.toContain(b.title);
  });

  it("names an unverifiable verdict without a number, and is valid JSON with no reviews", () => {
    const b = bundle();
    b.verdicts = b.verdicts.map((v) => ({ ...v, value: "UNVERIFIABLE" as const }));
    const [review] = reviews([b]);
    expect(review!.reviewRating).toEqual({
      "@type": "Rating",
      bestRating: 3,
      worstRating: 1,
      alternateName: "Unverifiable",
      name: "Unverifiable",
    });
    // The one recommended field left out, on purpose: a number would assert a degree of truth.
    expect(missingFields(review!)).toEqual(["Rating.ratingValue"]);
    expect(reviews([{ ...b, verdicts: [] }])).toEqual([]);
  });

  it("refuses to write without the project's publisher", () => {
    expect(() => collect(claimReviewWriter, [bundle()], { ...PROJECT, publisher: null })).toThrow(/publisher/);
  });
});

describe("review URL template", () => {
  it("fills the ids into the template, encoded", () => {
    expect(
      reviewUrl("https://x.org/{articleId}/{claimId}?v={verdictId}", {
        claimId: "c 1",
        verdictId: "v",
        articleId: "a",
      }),
    ).toBe("https://x.org/a/c%201?v=v");
  });

  it("needs a per-review placeholder and the organisation's own domain", () => {
    expect(
      reviewUrlProblem("https://factdesk.example.org/checks/{claimId}", "https://www.factdesk.example.org"),
    ).toBeNull();
    expect(
      reviewUrlProblem("https://checks.factdesk.example.org/{verdictId}", "https://factdesk.example.org"),
    ).toBeNull();
    expect(reviewUrlProblem("https://factdesk.example.org/checks", "https://factdesk.example.org")).toMatch(
      /\{claimId\}/,
    );
    expect(reviewUrlProblem("https://other.example/{claimId}", "https://factdesk.example.org")).toMatch(
      /organisation's site/,
    );
    expect(reviewUrlProblem("ftp://factdesk.example.org/{claimId}", "https://factdesk.example.org")).toMatch(/http/);
  });
});
