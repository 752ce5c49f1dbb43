import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { reviewTranslation, ZReviewTranslationInput } from "@/lib/translations/review-translation";

/** Reviewers set the status of the version they read: REVIEWED or back to DRAFT. */
export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  reviewTranslation({ actor: user, translationId: params.id, input: await readJson(req, ZReviewTranslationInput) }),
);
