import { describe, expect, it } from "vitest";
import { claimReviewWriter } from "./claimreview";
import { asText, bundle, collect } from "./test-fixtures";

describe("ClaimReview", () => {
  it("writes one schema.org ClaimReview per claim with a standing verdict", () => {
    const doc = JSON.parse(asText(collect(claimReviewWriter))) as {
      "@context": string;
      "@graph": Record<string, unknown>[];
    };
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc["@graph"]).toHaveLength(1);
    expect(doc["@graph"][0]).toEqual({
      "@type": "ClaimReview",
      "@id": "urn:uuid:v-now",
      claimReviewed: "killing two soldiers",
      datePublished: "2024-01-04",
      author: { "@type": "Person", name: "Layla" },
      reviewBody: "نفت الوزارة",
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: "False" },
      itemReviewed: {
        "@type": "Claim",
        "@id": "urn:uuid:c-killed",
        text: "مقتل جنديين",
        inLanguage: "ar",
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

  it("names an unverifiable verdict without a number, and is valid JSON with no reviews", () => {
    const b = bundle();
    b.verdicts = b.verdicts.map((v) => ({ ...v, value: "UNVERIFIABLE" as const }));
    const doc = JSON.parse(asText(collect(claimReviewWriter, [b]))) as { "@graph": { reviewRating: unknown }[] };
    expect(doc["@graph"][0]!.reviewRating).toEqual({
      "@type": "Rating",
      bestRating: 3,
      worstRating: 1,
      alternateName: "Unverifiable",
    });
    expect(JSON.parse(asText(collect(claimReviewWriter, [{ ...b, verdicts: [] }])))).toEqual({
      "@context": "https://schema.org",
      "@graph": [],
    });
  });
});
