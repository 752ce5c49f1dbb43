import { translationIndex } from "./current-text";
import { standingVerdict } from "./csv";
import { reviewUrl } from "./review-url";
import type {
  TArticleBundle,
  TClaimInfo,
  TEntityInfo,
  TExportWriter,
  TProjectInfo,
  TPublisherInfo,
  TSink,
  TVerdictInfo,
  TVerdictValue,
} from "./types";

/**
 * schema.org ClaimReview (https://schema.org/ClaimReview) in JSON-LD, one per claim with a
 * standing verdict, written to what Google's fact-check documentation requires (claimReviewed,
 * reviewRating with alternateName, url) and recommends (author, datePublished, itemReviewed;
 * the Claim's author, datePublished, appearance and firstAppearance; the Rating's bestRating,
 * worstRating, ratingValue and name). One document `{"@context": "https://schema.org", "@graph": […]}`.
 *
 * - `author` is the publishing organisation from the project's settings, `url` its review URL
 *   template filled with the review's ids.
 * - `claimReviewed` is the claim's own text (its English when there is one, else the Arabic
 *   quote), never the article's headline; a claim with neither has nothing to review and is left out.
 * - `itemReviewed.author` is the speaker (the entity, else the speaker span's words), else the
 *   article's outlet, else the host of its address; a claim with none of them is left out.
 * - The verdict is a Rating: False 1, Disputed 2, Supported 3; Unverifiable has no place on that
 *   scale and is given by name only (a number would assert a degree of truth).
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

const parse = (url: string | null): URL | null => (url && URL.canParse(url) ? new URL(url) : null);

/** Who made the claim: the speaker entity, else the speaker span, else the outlet that published it. */
function claimAuthor(bundle: TArticleBundle, claim: TClaimInfo, entities: Map<string, TEntityInfo>): TJson | null {
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
  if (span) return { "@type": "Person", name: span.quote };
  const address = parse(bundle.url);
  const outlet = bundle.source || address?.hostname.replace(/^www\./, "");
  return outlet ? compact({ "@type": "Organization", name: outlet, url: address?.origin }) : null;
}

function organisation(publisher: TPublisherInfo): TJson {
  return compact({
    "@type": "Organization",
    name: publisher.name,
    url: publisher.url,
    logo: publisher.logoUrl ? { "@type": "ImageObject", url: publisher.logoUrl } : undefined,
  });
}

/** The ClaimReview of one claim, or null when the claim has no text or no known author. */
export function claimReview(
  bundle: TArticleBundle,
  claim: TClaimInfo,
  verdict: TVerdictInfo,
  entities: Map<string, TEntityInfo>,
  publisher: TPublisherInfo,
): TJson | null {
  const quote = claim.claimSpanId ? (bundle.spans.find((s) => s.id === claim.claimSpanId)?.quote ?? "") : "";
  const text = translationIndex(bundle).english("CLAIM", claim.id) || quote;
  const author = claimAuthor(bundle, claim, entities);
  if (!text || !author) return null;
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
    url: reviewUrl(publisher.reviewUrlTemplate, { claimId: claim.id, verdictId: verdict.id, articleId: bundle.id }),
    claimReviewed: text,
    datePublished: verdict.createdAt.slice(0, 10),
    author: organisation(publisher),
    reviewBody: verdict.rationale,
    reviewRating: compact({
      "@type": "Rating",
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
      name: rating.name,
    }),
    itemReviewed: compact({
      "@type": "Claim",
      "@id": urn(claim.id),
      text: quote,
      inLanguage: bundle.language,
      author,
      datePublished: claim.occurredOn ?? bundle.publishedAt ?? bundle.createdAt.slice(0, 10),
      appearance,
      firstAppearance: appearance,
    }),
  });
}

export function claimReviewWriter(sink: TSink): TExportWriter {
  let entities = new Map<string, TEntityInfo>();
  let publisher: TPublisherInfo | null = null;
  let count = 0;
  return {
    begin(project: TProjectInfo) {
      // lib/datasets refuses the export before it starts; a writer called without one is a bug.
      if (!project.publisher) throw new Error("ClaimReview needs the project's publisher settings");
      publisher = project.publisher;
      entities = new Map(project.entities.map((e) => [e.id, e]));
      sink(`{"@context":"https://schema.org","@graph":[`);
    },
    article(bundle) {
      const reviews = bundle.claims.flatMap((claim) => {
        const verdict = standingVerdict(bundle.verdicts, claim.id);
        const review = verdict && publisher ? claimReview(bundle, claim, verdict, entities, publisher) : null;
        return review ? [review] : [];
      });
      if (reviews.length === 0) return;
      sink(`${count === 0 ? "\n" : ",\n"}${reviews.map((r) => JSON.stringify(r)).join(",\n")}`);
      count += reviews.length;
    },
    end: () => sink("\n]}\n"),
  };
}
