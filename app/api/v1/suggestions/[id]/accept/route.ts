import { apiRoute, readJson, ZIdParam, json } from "@/lib/api/handler";
import { acceptSuggestion } from "@/lib/suggestions/accept-suggestion";
import { ZAcceptSuggestionInput } from "@/lib/suggestions/suggestion-input";

/** Accept (optionally with edits): 201 with the span and claim made; 200 when it was already accepted. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  // The body is optional: a bare POST accepts or rejects as proposed.
  const hasBody = req.headers.get("content-type")?.includes("application/json") === true;
  const input = hasBody ? await readJson(req, ZAcceptSuggestionInput) : {};
  const result = await acceptSuggestion({ actor: user, suggestionId: params.id, input });
  return json(result, { status: result.created ? 201 : 200 });
});
