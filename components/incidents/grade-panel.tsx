import { UserText } from "@/components/review/claim-parts";
import { Panel } from "@/components/ui/panel";
import type { Locale } from "@/lib/i18n/config";
import { format, formatDateTime } from "@/lib/i18n/format";
import { formatPlural } from "@/lib/i18n/icu";
import { INCIDENT_GRADES } from "@/lib/incidents/grade";
import { gradeDefinitions } from "@/lib/incidents/grade-definitions";
import type { TIncidentLedger } from "@/lib/incidents/ledger";
import { GradeForm } from "./grade-form";
import { GradeBadge } from "./ledger-parts";
import type { IncidentMessages } from "./messages";

type TReason = TIncidentLedger["proposedGrade"]["reasons"][number];

function reasonText(r: TReason, m: IncidentMessages, locale: Locale): string {
  switch (r.code) {
    case "incompatible_figures":
      return format(m.reasons.incompatible_figures, {
        role: r.role === "killed" ? m.ledger.killed : m.ledger.injured,
        category: m.categories[r.category as keyof IncidentMessages["categories"]] ?? r.category,
        a: r.sources[0],
        b: r.sources[1],
      });
    case "competing_perpetrators":
      return format(m.reasons.competing_perpetrators, { a: r.sources[0], b: r.sources[1] });
    case "official_source":
      return format(m.reasons.official_source, { source: r.source });
    case "contradicting_links":
      return formatPlural(m.reasons.contradicting_links, r.count, locale);
    case "independent_sources":
      return formatPlural(m.reasons.independent_sources, r.count, locale);
    case "single_source":
      return format(m.reasons[r.code], { count: r.count });
    case "no_sources":
      return m.reasons.no_sources;
  }
}

/** The proposed grade and why, the reviewer's grade, the form to set it, and what each grade means. */
export function GradePanel({
  ledger,
  m,
  locale,
  canGrade,
}: {
  ledger: TIncidentLedger;
  m: IncidentMessages;
  locale: Locale;
  canGrade: boolean;
}) {
  const l = m.ledger;
  const { incident, proposedGrade } = ledger;
  return (
    <Panel title={l.gradeTitle} id="grade">
      <div className="grid gap-5 md:grid-cols-2">
        <div className="flex flex-col gap-4">
          <section data-testid="proposed-grade">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{l.proposedGrade}</h3>
            {proposedGrade.grade ? (
              <GradeBadge grade={proposedGrade.grade} locale={locale} testId="proposed-grade-value" />
            ) : (
              <p className="text-sm text-slate-600">{l.noProposal}</p>
            )}
            <ul className="mt-1.5 list-disc ps-5 text-sm text-slate-700">
              {proposedGrade.reasons
                .filter((r) => r.code !== "no_sources")
                .map((r, i) => (
                  <li key={i} data-testid="grade-reason" dir="auto">
                    {reasonText(r, m, locale)}
                  </li>
                ))}
            </ul>
          </section>
          <section data-testid="reviewer-grade">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{l.reviewerGrade}</h3>
            {incident.grade ? (
              <div className="flex flex-col gap-1 text-sm">
                <GradeBadge grade={incident.grade} locale={locale} testId="reviewer-grade-value" />
                <UserText text={incident.gradeRationale} className="text-slate-800" />
                <span className="text-xs text-slate-500">
                  {format(l.gradedBy, {
                    name: incident.gradedBy ?? "—",
                    date: formatDateTime(incident.gradedAt, locale),
                  })}
                </span>
              </div>
            ) : (
              <p className="text-sm text-slate-600">{l.notGraded}</p>
            )}
          </section>
          {canGrade ? (
            <GradeForm
              eventId={incident.id}
              version={incident.version}
              current={incident.grade}
              proposed={proposedGrade.grade}
            />
          ) : (
            <p className="text-xs text-slate-500">{l.reviewersOnly}</p>
          )}
        </div>
        <section aria-labelledby="grade-definitions" data-testid="grade-definitions">
          <h3 id="grade-definitions" className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            {l.definitionsTitle}
          </h3>
          <dl className="mt-1.5 flex flex-col gap-2 text-sm">
            {INCIDENT_GRADES.map((g) => (
              <div key={g} className="flex flex-col gap-0.5">
                <dt>
                  <GradeBadge grade={g} locale={locale} />
                </dt>
                <dd className="text-slate-700">{gradeDefinitions(locale)[g].definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Panel>
  );
}
