import { translationIndex } from "./current-text";
import { standingVerdict } from "./csv";
import type {
  TArticleBundle,
  TClaimInfo,
  TEntityInfo,
  TExportWriter,
  TProjectInfo,
  TSink,
  TVerdictInfo,
  TVerdictValue,
} from "./types";

/**
 * schema.org ClaimReview (https://schema.org/ClaimReview) in JSON-LD, one per claim with a
 * standing verdict, as fact-check publishers and aggregators read it: one document
 * `{"@context": "https://schema.org", "@graph": [ … ]}`. The claim (itemReviewed, a Claim) keeps
 * its Arabic text, speaker and the article it appeared in; the review carries the verdict as a
 * Rating (False 1, Disputed 2, Supported 3; Unverifiable has no place on the scale and is given
 * by name only), the reviewer and the rationale. claimReviewed is the English of the claim when
 * there is one, else the Arabic quote.
 */

export const RATING: Record<TVerdictValue, { value: number | null; name: string }> = {
  FALSE: { value: 1, name: "False" },
  DISPUTED: { value: 2, name: "Disputed" },
  SUPPORTED: { value: 3, name: "Supported" },
  UNVERIFIABLE: { value: null, name: "Unverifiable" },
};

type TJson = Record<string, unknown>;
const urn = (id: string) => `urn:uuid:${id}`;
const compact = (value: TJson): TJson =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== ""));

function speakerOf(bundle: TArticleBundle, claim: TClaimInfo, entities: Map<string, TEntityInfo>): TJson | undefined {
  const entity = claim.speakerEntityId ? entities.get(claim.speakerEntityId) : undefined;
  if (entity) {
    return compact({
      "@type": entity.kind === "PERSON" ? "Person" : "Organization",
      "@id": urn(entity.id),
      name: entity.nameEn || entity.nameAr,
      alternateName: entity.nameEn ? entity.nameAr : undefined,
    });
  }
  const span = claim.speakerSpanId ? bundle.spans.find((s) => s.id === claim.speakerSpanId) : undefined;
  return span ? { "@type": "Person", name: span.quote } : undefined;
}

export function claimReview(
  bundle: TArticleBundle,
  claim: TClaimInfo,
  verdict: TVerdictInfo,
  entities: Map<string, TEntityInfo>,
): TJson {
  const quote = claim.claimSpanId ? (bundle.spans.find((s) => s.id === claim.claimSpanId)?.quote ?? "") : "";
  const english = translationIndex(bundle).english("CLAIM", claim.id);
  const rating = RATING[verdict.value];
  const appearance = compact({
    "@type": "NewsArticle",
    "@id": urn(bundle.id),
    headline: bundle.title,
    url: bundle.url,
    datePublished: bundle.publishedAt,
    inLanguage: bundle.language,
    publisher: bundle.source ? { "@type": "Organization", name: bundle.source } : undefined,
  });
  return compact({
    "@type": "ClaimReview",
    "@id": urn(verdict.id),
    claimReviewed: english || quote || bundle.title,
    datePublished: verdict.createdAt.slice(0, 10),
    author: verdict.reviewer ? { "@type": "Person", name: verdict.reviewer.name } : undefined,
    reviewBody: verdict.rationale,
    reviewRating: compact({
      "@type": "Rating",
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
    }),
    itemReviewed: compact({
      "@type": "Claim",
      "@id": urn(claim.id),
      text: quote,
      inLanguage: bundle.language,
      author: speakerOf(bundle, claim, entities),
      datePublished: claim.occurredOn ?? bundle.publishedAt,
      appearance,
      firstAppearance: appearance,
    }),
  });
}

export function claimReviewWriter(sink: TSink): TExportWriter {
  let entities = new Map<string, TEntityInfo>();
  let count = 0;
  return {
    begin(project: TProjectInfo) {
      entities = new Map(project.entities.map((e) => [e.id, e]));
      sink(`{"@context":"https://schema.org","@graph":[`);
    },
    article(bundle) {
      const reviews = bundle.claims.flatMap((claim) => {
        const verdict = standingVerdict(bundle.verdicts, claim.id);
        return verdict ? [claimReview(bundle, claim, verdict, entities)] : [];
      });
      if (reviews.length === 0) return;
      sink(`${count === 0 ? "\n" : ",\n"}${reviews.map((r) => JSON.stringify(r)).join(",\n")}`);
      count += reviews.length;
    },
    end: () => sink("\n]}\n"),
  };
}
