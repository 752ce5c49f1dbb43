import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { suggestionSelect } from "./suggestion-dto";

/** A suggestion the actor may decide on (any project role), on a live article; otherwise "not found". */
export async function loadSuggestionForDecision(actor: ActingUser, suggestionId: string) {
  const suggestion = await db.suggestion.findFirst({
    where: { id: suggestionId, article: { deletedAt: null } },
    select: suggestionSelect,
  });
  if (!suggestion) throw new NotFoundError("Suggestion");
  await requireMembership(actor, suggestion.projectId, "ANALYST", "Suggestion");
  return suggestion;
}
