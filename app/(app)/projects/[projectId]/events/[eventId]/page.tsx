import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventClaims } from "@/components/events/event-claims";
import { EventLinks } from "@/components/events/event-links";
import { EventTitle } from "@/components/events/event-title";
import { EventVerdicts } from "@/components/events/event-verdicts";
import { IncidentActions } from "@/components/incidents/incident-actions";
import { IncidentStatusBadge, MachineProposedBadge } from "@/components/incidents/ledger-parts";
import { incidentMessages } from "@/components/incidents/messages";
import { reviewMessages } from "@/components/review/messages";
import { eventTitle, toClaimView, toVerdictView } from "@/components/review/to-view";
import { WorkNav } from "@/components/review/work-nav";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import type { ActingUser } from "@/lib/auth/acting-user";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { NotFoundError } from "@/lib/errors";
import { getEventView } from "@/lib/events/get-event-view";
import { listEvents } from "@/lib/events/list-events";
import { ZEventView } from "@/lib/events/schemas";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { listClaimLinks } from "@/lib/links/list-claim-links";
import { renderReason } from "@/lib/links/link-reasons";
import { getProject } from "@/lib/projects/get-project";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";
import { ZVerdict } from "@/lib/verdicts/schemas";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string; eventId: string }> };

const loadEvent = cache((actor: ActingUser, eventId: string) => getEventView({ actor, eventId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId, eventId } = await params;
  const { t, locale } = await getI18n();
  const user = await requirePageUser(`/projects/${projectId}/events/${eventId}`);
  if (!isUuid(eventId)) return { title: t.errors.notFoundTitle };
  const event = await loadEvent(user, eventId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return {
    title: event ? eventTitle(event, locale) || reviewMessages[locale].events.untitled : t.errors.notFoundTitle,
  };
}

export default async function EventPage({ params }: Props) {
  const { projectId, eventId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/events/${eventId}`);
  if (!isUuid(projectId) || !isUuid(eventId)) notFound();
  const [{ t, locale }, project, event] = await Promise.all([
    getI18n(),
    orNotFound(getProject({ actor: user, projectId })),
    orNotFound(loadEvent(user, eventId)),
  ]);
  // The event must belong to the project in the URL; another project's id is not an alias.
  if (event.projectId !== projectId) notFound();
  const m = reviewMessages[locale];
  const claims = ZEventView.shape.claims.parse(event.claims).map(toClaimView);
  const claimIds = new Set(claims.map((c) => c.id));
  const im = incidentMessages[locale];
  const proposedIds = new Set(event.claims.filter((c) => c.proposed).map((c) => c.id));
  const [allVerdicts, claimLinks, otherEvents] = await Promise.all([
    listVerdicts({ actor: user, projectId }),
    // TODO(domain): getEventView could return the links among its claims in one query.
    Promise.all(claims.map((c) => listClaimLinks({ actor: user, claimId: c.id }))),
    event.mergedIntoId || event.status === "REJECTED" ? [] : listEvents({ actor: user, projectId }),
  ]);
  const mergeCandidates = otherEvents
    .filter((e) => e.id !== event.id)
    .map((e) => ({
      id: e.id,
      version: e.version,
      label: `${eventTitle(e, locale) || m.events.untitled} (${im.status[e.status]}, ${formatDate(e.occurredOn, locale)})`,
    }));
  const verdicts = allVerdicts.map((v) => toVerdictView(ZVerdict.parse(v)));
  const links = [
    ...new Map(
      claimLinks
        .flat()
        .filter((l) => claimIds.has(l.fromClaimId) && claimIds.has(l.toClaimId))
        .map((l) => [l.id, { ...l, reason: renderReason(l, locale) }]),
    ).values(),
  ];
  const claimVerdicts = verdicts.filter((v) => v.claimId && claimIds.has(v.claimId));
  const eventVerdicts = verdicts.filter((v) => v.eventId === event.id);
  const canDecide = project.role === "REVIEWER" || project.role === "MANAGER";
  const disagreeing = [...new Set(claims.flatMap((c) => c.disagreements))];

  return (
    <FeatureMessages features={["incidents", "review"]}>
      <WorkNav projectId={projectId} projectName={project.name} active="events" t={t} m={m} />
      <PageHeader
        title={<EventTitle event={event} locale={locale} m={m} className="text-xl" />}
        subtitle={
          <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
            <span data-testid="event-date">{formatDate(event.occurredOn, locale)}</span>
            {event.place ? <span dir="auto">{event.place}</span> : null}
            <span>
              {m.events.claims}: {formatNumber(claims.length, locale)}
            </span>
            <IncidentStatusBadge status={event.status} m={im} />
            <Link
              href={`/projects/${projectId}/events/${event.id}/ledger`}
              className="text-blue-800 hover:underline"
              data-testid="open-ledger"
            >
              {im.actions.ledger}
            </Link>
          </p>
        }
      />
      <div className="flex flex-col gap-5">
        <Panel title={im.actions.title}>
          <IncidentActions
            projectId={projectId}
            eventId={event.id}
            status={event.status}
            version={event.version}
            mergedIntoId={event.mergedIntoId}
            titles={{ titleEn: event.titleEn, titleAr: event.titleAr }}
            others={mergeCandidates}
            claims={claims.map((c) => ({
              id: c.id,
              label: [c.article.title, c.quote || c.sentence].filter(Boolean).join(" — ").slice(0, 200),
            }))}
          />
        </Panel>
        <Panel title={m.event.claimsTitle} description={m.event.claimsHelp}>
          {disagreeing.length > 0 ? (
            <Alert tone="warning" className="mb-4">
              {format(m.event.disagreementSummary, {
                roles: disagreeing.map((r) => m.figures[r]).join(locale === "ar" ? "، " : ", "),
              })}
            </Alert>
          ) : null}
          {claims.length === 0 ? (
            <EmptyState>{m.event.noClaims}</EmptyState>
          ) : (
            <EventClaims
              projectId={projectId}
              eventId={event.id}
              claims={claims}
              verdicts={claimVerdicts}
              m={m}
              locale={locale}
              proposed={{ ids: proposedIds, badge: <MachineProposedBadge m={im} /> }}
            />
          )}
        </Panel>
        <Panel title={m.event.linksTitle}>
          <EventLinks projectId={projectId} links={links} claims={claims} m={m} locale={locale} />
        </Panel>
        <Panel title={m.event.verdictsTitle} id="verdicts">
          <EventVerdicts
            projectId={projectId}
            eventId={event.id}
            eventLabel={format(m.verdictForm.onEvent, { event: eventTitle(event, locale) })}
            verdicts={eventVerdicts}
            evidence={claims.map((c) => ({ id: c.id, label: `${c.article.title} — ${c.quote || c.sentence}` }))}
            canDecide={canDecide}
          />
        </Panel>
      </div>
    </FeatureMessages>
  );
}
