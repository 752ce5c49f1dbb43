import type { TFigureValue } from "@/lib/claims/figures";
import { calendarDate } from "@/components/review/to-view";
import type { TFigureRoleKey, TTimelineInput } from "./timeline-geometry";

/** A point of the overview's per-event timelines, as getProjectOverview returns it. */
export type TOverviewPoint = {
  claimId: string;
  article: { id: string; title: string; publishedAt: Date | string | null };
  date: string | null;
  killed: unknown;
  injured: unknown;
  value: unknown;
  thing: string | null;
};

/** One chart mark per reported figure (a casualty claim gives a killed and an injured mark); undated figures cannot be placed. */
export function timelineInputs(points: TOverviewPoint[]): TTimelineInput[] {
  const out: TTimelineInput[] = [];
  for (const p of points) {
    const date = p.date ?? calendarDate(p.article.publishedAt);
    if (!date) continue;
    for (const role of ["killed", "injured", "value"] as const satisfies readonly TFigureRoleKey[]) {
      const figure = p[role] as TFigureValue | null;
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
