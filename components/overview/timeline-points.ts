import type { z } from "zod";
import type { ZProjectOverview } from "@/lib/links/schemas";
import type { TFigureRoleKey, TTimelineInput } from "./timeline-geometry";

/** A point of the overview's per-event timelines, as its response schema reads it. */
type TOverviewPoint = z.output<typeof ZProjectOverview>["timelines"][number]["points"][number];

/** One chart mark per reported figure (a casualty claim gives a killed and an injured mark); undated figures cannot be placed. */
export function timelineInputs(points: TOverviewPoint[]): TTimelineInput[] {
  const out: TTimelineInput[] = [];
  for (const p of points) {
    // The server placed it (its own date, its article's or the event's); undated figures are listed apart.
    const date = p.date;
    if (!date) continue;
    for (const role of ["killed", "injured", "value"] as const satisfies readonly TFigureRoleKey[]) {
      const figure = p[role];
      if (figure)
        out.push({
          claimId: p.claimId,
          articleId: p.article.id,
          articleTitle: p.article.title,
          date,
          role,
          thing: role === "value" ? p.thing : null,
          figure,
        });
    }
  }
  return out;
}
