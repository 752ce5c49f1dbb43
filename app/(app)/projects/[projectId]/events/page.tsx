import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateEventForm } from "@/components/events/create-event-form";
import { EventTitle } from "@/components/events/event-title";
import { GradeBadge, IncidentStatusBadge } from "@/components/incidents/ledger-parts";
import { incidentMessages } from "@/components/incidents/messages";
import { reviewMessages } from "@/components/review/messages";
import { toEventRef } from "@/components/review/to-view";
import type { TEventRef } from "@/components/review/types";
import { WorkNav } from "@/components/review/work-nav";
import { DataTable } from "@/components/ui/data-table";
import { Tabs } from "@/components/ui/tabs";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { EVENT_STATUSES, type TEventStatus } from "@/lib/events/event-input";
import { listEvents } from "@/lib/events/list-events";
import { ZEvent } from "@/lib/events/schemas";
import type { TIncidentGrade } from "@/lib/incidents/grade";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<{ status?: string }> };

type TEventRow = TEventRef & { claimCount: number; status: TEventStatus; grade: TIncidentGrade | null };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: reviewMessages[locale].events.title };
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const requested = (await searchParams).status;
  const status = EVENT_STATUSES.find((s) => s === requested);
  const user = await requirePageUser(`/projects/${projectId}/events`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(getProject({ actor: user, projectId }))]);
  const m = reviewMessages[locale];
  const im = incidentMessages[locale];
  const events: TEventRow[] = (await listEvents({ actor: user, projectId, status })).map((e) => ({
    ...toEventRef(ZEvent.parse(e)),
    claimCount: e.claimCount,
    status: e.status,
    grade: e.grade,
  }));
  const base = `/projects/${projectId}/events`;

  return (
    <FeatureMessages features={["review"]}>
      <WorkNav projectId={projectId} projectName={project.name} active="events" t={t} m={m} />
      <PageHeader title={m.events.title} subtitle={m.events.subtitle} />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        <div className="min-w-0">
          <Tabs
            label={im.filters.label}
            items={[
              { id: "all", href: base, label: im.filters.all, active: !status },
              ...EVENT_STATUSES.map((s) => ({
                id: s,
                href: `${base}?status=${s}`,
                label: im.filters[s],
                active: status === s,
              })),
            ]}
          />
          <DataTable<TEventRow>
            caption={m.events.caption}
            testId="events-table"
            rows={events}
            rowKey={(e) => e.id}
            empty={<EmptyState>{m.events.empty}</EmptyState>}
            columns={[
              {
                id: "title",
                header: m.events.name,
                cell: (e) => (
                  <Link
                    href={`/projects/${projectId}/events/${e.id}`}
                    className="text-slate-900 hover:text-blue-800 hover:underline"
                  >
                    <EventTitle event={e} locale={locale} m={m} />
                  </Link>
                ),
              },
              {
                id: "status",
                header: im.statusColumn,
                cell: (e) => <IncidentStatusBadge status={e.status} m={im} />,
              },
              {
                id: "grade",
                header: im.gradeColumn,
                cell: (e) =>
                  e.grade ? (
                    <GradeBadge grade={e.grade} locale={locale} />
                  ) : (
                    <span className="text-slate-400">{t.common.empty}</span>
                  ),
              },
              {
                id: "date",
                header: m.events.date,
                className: "whitespace-nowrap text-slate-700",
                cell: (e) => formatDate(e.occurredOn, locale),
              },
              {
                id: "place",
                header: m.events.place,
                className: "text-slate-700",
                cell: (e) => <span dir="auto">{e.place || t.common.empty}</span>,
              },
              {
                id: "claims",
                header: m.events.claims,
                numeric: true,
                cell: (e) => formatNumber(e.claimCount, locale),
              },
            ]}
          />
        </div>
        <Panel title={m.events.newTitle}>
          <CreateEventForm projectId={projectId} />
        </Panel>
      </div>
    </FeatureMessages>
  );
}
