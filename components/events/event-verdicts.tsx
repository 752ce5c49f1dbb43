"use client";

import { useRouter } from "next/navigation";
import { VerdictBadge } from "@/components/review/badges";
import { UserText } from "@/components/review/claim-parts";
import type { TVerdictView } from "@/components/review/types";
import { useReviewI18n } from "@/components/review/use-review-i18n";
import { VerdictForm, type TEvidenceOption } from "@/components/review/verdict-form";
import { apiFetch } from "@/components/ui/api-client";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { format, formatDateTime } from "@/lib/i18n/format";
import { formatPlural } from "@/lib/i18n/icu";

/**
 * The event's standing verdict(s) and, for reviewers and managers, the form to record one (which
 * supersedes the standing verdict) and a way to withdraw it.
 */
export function EventVerdicts({
  projectId,
  eventId,
  eventLabel,
  verdicts,
  evidence,
  canDecide,
}: {
  projectId: string;
  eventId: string;
  eventLabel: string;
  verdicts: TVerdictView[];
  evidence: TEvidenceOption[];
  canDecide: boolean;
}) {
  const { m, locale } = useReviewI18n();
  const router = useRouter();

  return (
    <div className="grid items-start gap-5 lg:grid-cols-2">
      <div className="flex flex-col gap-3">
        {verdicts.length === 0 ? <p className="text-sm text-slate-500">{m.event.noVerdicts}</p> : null}
        <ul className="flex flex-col gap-3" data-testid="event-verdicts">
          {verdicts.map((v) => (
            <li key={v.id} className="rounded-md border border-slate-200 p-3" data-testid="event-verdict">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="flex flex-wrap items-center gap-2">
                  <VerdictBadge value={v.value} m={m} />
                  <span className="text-xs text-slate-500">
                    {format(m.event.byOn, { name: v.reviewerName ?? "—", date: formatDateTime(v.createdAt, locale) })}
                  </span>
                </div>
                {canDecide ? (
                  <ConfirmButton
                    label={m.event.withdraw}
                    variant="secondary"
                    title={m.event.withdrawTitle}
                    body={m.event.withdrawBody}
                    confirmLabel={m.event.withdraw}
                    busyLabel={m.event.withdrawing}
                    onConfirm={async () => {
                      await apiFetch(`/api/v1/verdicts/${v.id}/withdraw`, { method: "POST" });
                      router.refresh();
                    }}
                  />
                ) : null}
              </div>
              <p className="mt-2 text-sm text-slate-800">
                <UserText text={v.rationale} />
              </p>
              {v.evidenceClaimIds.length > 0 ? (
                <p className="mt-1 text-xs text-slate-500">
                  {formatPlural(m.event.evidence, v.evidenceClaimIds.length, locale)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      {canDecide ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
          <h3 className="mb-3 text-sm font-semibold text-slate-900">{m.verdictForm.title}</h3>
          <VerdictForm
            key={verdicts[0]?.id ?? "none"}
            projectId={projectId}
            subjects={[{ key: `event:${eventId}`, eventId, label: eventLabel }]}
            evidence={evidence}
            onRecorded={() => router.refresh()}
          />
        </div>
      ) : (
        <p className="text-sm text-slate-500">{m.event.reviewersOnly}</p>
      )}
    </div>
  );
}
