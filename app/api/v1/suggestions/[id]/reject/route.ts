import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { rejectSuggestion } from "@/lib/suggestions/reject-suggestion";
import { ZRejectSuggestionInput } from "@/lib/suggestions/suggestion-input";

/** Reject: the suggestion is kept as rejected, so no later run proposes it again. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  // The body is optional: a bare POST accepts or rejects as proposed.
  const hasBody = req.headers.get("content-type")?.includes("application/json") === true;
  return rejectSuggestion({
    actor: user,
    suggestionId: params.id,
    input: hasBody ? await readJson(req, ZRejectSuggestionInput) : {},
  });
});
