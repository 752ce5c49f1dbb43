import { db, type Tx } from "../db";
import { readHistory } from "./incident-history";
import type { TRejectedGroupings } from "./rejected-groupings";

/**
 * The claim sets released by each rejected incident of a project, for clustering to respect
 * (./rejected-groupings.ts). Internal: called by the clustering job, which runs as the system.
 */
export async function getRejectedGroupings(projectId: string, client: Tx = db): Promise<TRejectedGroupings> {
  const rows = await client.event.findMany({ where: { projectId, status: "REJECTED" }, select: { features: true } });
  return rows.map((r) => readHistory(r.features).releasedClaimIds).filter((ids) => ids.length >= 2);
}
