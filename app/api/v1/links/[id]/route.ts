import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { reviewLink, ZReviewLinkInput } from "@/lib/links/review-link";

/** Reviewers: { action: confirm | dismiss | relate | reopen, version, … }. */
export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  reviewLink({ actor: user, linkId: params.id, input: await readJson(req, ZReviewLinkInput) }),
);
