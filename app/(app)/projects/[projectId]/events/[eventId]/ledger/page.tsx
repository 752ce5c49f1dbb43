import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventTitle } from "@/components/events/event-title";
import { GradePanel } from "@/components/incidents/grade-panel";
import { IncidentStatusBadge } from "@/components/incidents/ledger-parts";
import { LedgerRanges, LedgerRows, LedgerSources } from "@/components/incidents/ledger-view";
import { incidentMessages } from "@/components/incidents/messages";
import { reviewMessages } from "@/components/review/messages";
import { WorkNav } from "@/components/review/work-nav";
import { PageHeader } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { getIncidentLedger } from "@/lib/incidents/get-incident-ledger";
import { getProject } from "@/lib/projects/get-project";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string; eventId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: incidentMessages[locale].ledger.title };
}

/** The incident ledger: ranges per victim category, sources and their latest figures, every report, and the grade. */
export default async function IncidentLedgerPage({ params }: Props) {
  const { projectId, eventId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/events/${eventId}/ledger`);
  if (!isUuid(projectId) || !isUuid(eventId)) notFound();
  const [{ t, locale }, project, ledger] = await Promise.all([
    getI18n(),
    orNotFound(getProject({ actor: user, projectId })),
    orNotFound(getIncidentLedger({ actor: user, eventId })),
  ]);
  if (ledger.incident.projectId !== projectId) notFound();
  const m = incidentMessages[locale];
  const rm = reviewMessages[locale];
  const canGrade = project.role === "REVIEWER" || project.role === "MANAGER";
  const props = { ledger, m, locale, projectId };

  return (
    <FeatureMessages features={["grades", "incidents"]}>
      <WorkNav projectId={projectId} projectName={project.name} active="events" t={t} m={rm} />
      <PageHeader
        title={
          <span className="flex flex-col gap-1">
            <span className="text-sm font-medium text-slate-500">{m.ledger.title}</span>
            <EventTitle event={ledger.incident} locale={locale} m={rm} className="text-xl" />
          </span>
        }
        subtitle={
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <IncidentStatusBadge status={ledger.incident.status} m={m} />
            <span>{formatDate(ledger.incident.occurredOn, locale)}</span>
            {ledger.incident.place ? <span dir="auto">{ledger.incident.place}</span> : null}
            <span>{format(m.ledger.claimCount, { count: formatNumber(ledger.claimCount, locale) })}</span>
            <Link
              href={`/projects/${projectId}/events/${eventId}`}
              className="text-blue-800 hover:underline"
              data-testid="back-to-event"
            >
              {m.ledger.backToEvent}
            </Link>
          </p>
        }
      />
      <div className="flex flex-col gap-5" data-testid="incident-ledger">
        <GradePanel ledger={ledger} m={m} locale={locale} canGrade={canGrade} />
        <LedgerRanges {...props} />
        <LedgerSources {...props} />
        <LedgerRows {...props} />
      </div>
    </FeatureMessages>
  );
}
