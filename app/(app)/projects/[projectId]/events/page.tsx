import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateEventForm } from "@/components/events/create-event-form";
import { EventTitle } from "@/components/events/event-title";
import { reviewMessages } from "@/components/review/messages";
import { toEventRef } from "@/components/review/to-view";
import type { TEventRef } from "@/components/review/types";
import { WorkNav } from "@/components/review/work-nav";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { listEvents } from "@/lib/events/list-events";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: reviewMessages[locale].events.title };
}

export default async function EventsPage({ params }: Props) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/events`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(getProject({ actor: user, projectId }))]);
  const m = reviewMessages[locale];
  const events = (await listEvents({ actor: user, projectId })).map((e) => ({ ...toEventRef(e), claimCount: e.claimCount }));

  return (
    <>
      <WorkNav projectId={projectId} projectName={project.name} active="events" t={t} m={m} />
      <PageHeader title={m.events.title} subtitle={m.events.subtitle} />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        <DataTable<TEventRef & { claimCount: number }>
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
                <Link href={`/projects/${projectId}/events/${e.id}`} className="text-slate-900 hover:text-blue-800 hover:underline">
                  <EventTitle event={e} locale={locale} m={m} />
                </Link>
              ),
            },
            { id: "date", header: m.events.date, className: "whitespace-nowrap text-slate-700", cell: (e) => formatDate(e.occurredOn, locale) },
            { id: "place", header: m.events.place, className: "text-slate-700", cell: (e) => <span dir="auto">{e.place || t.common.empty}</span> },
            { id: "claims", header: m.events.claims, numeric: true, cell: (e) => formatNumber(e.claimCount, locale) },
          ]}
        />
        <Panel title={m.events.newTitle}>
          <CreateEventForm projectId={projectId} />
        </Panel>
      </div>
    </>
  );
}
