import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventTitle } from "@/components/events/event-title";
import { ArticleMatrix } from "@/components/overview/article-matrix";
import { FigureTimeline } from "@/components/overview/figure-timeline";
import { timelineInputs } from "@/components/overview/timeline-points";
import { reviewMessages } from "@/components/review/messages";
import { calendarDate, eventTitle } from "@/components/review/to-view";
import { WorkNav } from "@/components/review/work-nav";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { getProjectOverview } from "@/lib/links/get-project-overview";
import { ZProjectOverview } from "@/lib/links/schemas";
import { getProject } from "@/lib/projects/get-project";

type Props = { params: Promise<{ projectId: string }> };

/** Beyond this many articles the matrix shows only the articles that have links. */
const MATRIX_ALL_ARTICLES_UP_TO = 30;

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: reviewMessages[locale].overview.title };
}

export default async function OverviewPage({ params }: Props) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/overview`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(getProject({ actor: user, projectId }))]);
  const m = reviewMessages[locale];
  const overview = ZProjectOverview.parse(await getProjectOverview({ actor: user, projectId }));
  const linked = new Set(overview.pairs.flatMap((p) => [p.a, p.b]));
  const many = overview.articles.length > MATRIX_ALL_ARTICLES_UP_TO;
  const articles = overview.articles
    .filter((a) => !many || linked.has(a.id))
    .map((a) => ({ id: a.id, title: a.title, source: a.source, publishedAt: calendarDate(a.publishedAt) }));

  return (
    <>
      <WorkNav projectId={projectId} projectName={project.name} active="overview" t={t} m={m} />
      <PageHeader title={m.overview.title} subtitle={m.overview.subtitle} />
      <div className="flex flex-col gap-5">
        <Panel title={m.overview.matrixTitle} description={m.overview.matrixHelp}>
          {overview.articles.length === 0 ? (
            <EmptyState>{m.overview.noArticles}</EmptyState>
          ) : (
            <div className="flex flex-col gap-3">
              {many ? <p className="text-xs text-slate-500">{m.overview.onlyLinked}</p> : null}
              {overview.pairs.length === 0 ? <p className="text-sm text-slate-500">{m.overview.noLinks}</p> : null}
              <ArticleMatrix projectId={projectId} articles={articles} pairs={overview.pairs} m={m} locale={locale} />
            </div>
          )}
        </Panel>
        <Panel title={m.overview.timelinesTitle} description={m.overview.timelinesHelp}>
          {overview.timelines.length === 0 ? (
            <EmptyState>{m.overview.noEvents}</EmptyState>
          ) : (
            <ul className="flex flex-col divide-y divide-slate-200">
              {overview.timelines.map((timeline) => {
                const points = timelineInputs(timeline.points);
                const unplaced = [
                  ...new Map(
                    timeline.points.filter((p) => p.date === null).map((p) => [p.article.id, p.article]),
                  ).values(),
                ];
                return (
                  <li
                    key={timeline.id}
                    className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0"
                    data-testid="overview-event"
                    data-event-id={timeline.id}
                  >
                    <h3 className="flex flex-wrap items-baseline gap-x-3 text-sm">
                      <Link
                        href={`/projects/${projectId}/events/${timeline.id}`}
                        className="text-slate-900 hover:text-blue-800 hover:underline"
                      >
                        <EventTitle event={timeline} locale={locale} m={m} />
                      </Link>
                      <span className="text-xs text-slate-500">{formatDate(timeline.occurredOn, locale)}</span>
                    </h3>
                    {points.length === 0 && unplaced.length === 0 ? (
                      <p className="text-sm text-slate-500">{m.overview.noFigures}</p>
                    ) : null}
                    {unplaced.length > 0 ? (
                      <div className="text-xs text-slate-600" data-testid="timeline-unplaced">
                        <p className="font-medium text-slate-700">{m.overview.unplacedTitle}</p>
                        <ul className="list-disc ps-5">
                          {unplaced.map((a) => (
                            <li key={a.id}>
                              <bdi>{a.title}</bdi>: {m.overview.unplacedReason}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                    {points.length === 0 ? null : (
                      <FigureTimeline
                        id={`timeline-${timeline.id}`}
                        title={eventTitle(timeline, locale)}
                        points={points}
                        projectId={projectId}
                        m={m}
                        locale={locale}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </Panel>
      </div>
    </>
  );
}
