/**
 * Where a published fact check lives: the project's review URL template with the review's ids
 * filled in. Google reads a ClaimReview only when its `url` is on the publisher's own domain (or
 * a subdomain), and each review needs an address of its own.
 */

export const REVIEW_URL_PLACEHOLDERS = ["{claimId}", "{verdictId}", "{articleId}"] as const;

export type TReviewIds = { claimId: string; verdictId: string; articleId: string };

export function reviewUrl(template: string, ids: TReviewIds): string {
  return template
    .replaceAll("{claimId}", encodeURIComponent(ids.claimId))
    .replaceAll("{verdictId}", encodeURIComponent(ids.verdictId))
    .replaceAll("{articleId}", encodeURIComponent(ids.articleId));
}

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
};

/** Why a template cannot give each review its own address on the organisation's site, or null. */
export function reviewUrlProblem(template: string, organisationUrl: string): string | null {
  const example = reviewUrl(template, { claimId: "c", verdictId: "v", articleId: "a" });
  if (!/^https?:\/\//i.test(example) || !URL.canParse(example))
    return "The review URL template must give an http:// or https:// address";
  if (!REVIEW_URL_PLACEHOLDERS.slice(0, 2).some((p) => template.includes(p)))
    return "The review URL template must contain {claimId} or {verdictId}, so each review has its own address";
  const host = hostOf(example);
  const site = hostOf(organisationUrl);
  if (site && host !== site && !host?.endsWith(`.${site}`))
    return `Reviews must be published on the organisation's site (${site} or a subdomain of it)`;
  return null;
}
