import { proposeIncidentsForArticles } from "../incidents/propose-incidents";

/**
 * What follows a finished suggestion run: the run's articles' open suggestions become proposed
 * claims, which are clustered into proposed incidents and take part in link proposals, so the
 * reviewers' queue shows candidate conflicts before anyone accepts anything.
 */
export async function afterSuggestionRun(run: { runId: string; projectId: string; trigger: "MANUAL" | "IMPORT"; articleIds: string[] }): Promise<void> {
  await proposeIncidentsForArticles(run.projectId, run.articleIds, null);
}
