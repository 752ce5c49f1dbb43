import { z } from "zod";
import type { ActingUser } from "../auth/acting-user";
import { ValidationError } from "../errors";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { prefillClaim } from "./prefill-claim";

export const ZClaimPrefillInput = z.object({ start: z.number().int().min(0), end: z.number().int().min(1) });

/** The proposed kind and figures for a claim on [start, end) of an article's text. */
export async function getClaimPrefill(options: {
  actor: ActingUser;
  articleId: string;
  input: z.input<typeof ZClaimPrefillInput>;
}) {
  const { start, end } = ZClaimPrefillInput.parse(options.input);
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  if (start >= end || end > article.text.length)
    throw new ValidationError("Offsets out of bounds", { start, end, length: article.text.length });
  return prefillClaim(article.text.slice(start, end));
}
