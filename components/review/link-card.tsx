"use client";

import type { Ref } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatIsolated } from "@/components/ui/isolate";
import { format, formatDate, formatDateTime } from "@/lib/i18n/format";
import { RelationBadge, VerdictBadge } from "./badges";
import { ClaimColumn } from "./claim-column";
import { UserText } from "./claim-parts";
import { DismissForm } from "./dismiss-form";
import { RelationPicker } from "./relation-picker";
import { eventTitle } from "./to-view";
import { useReviewI18n } from "./use-review-i18n";
import { VerdictForm, type TVerdictSubject } from "./verdict-form";
import type { TClaimView, TEventRef, TLinkView, TRelation, TVerdictView } from "./types";

export type TPanel = { linkId: string; kind: "dismiss" | "relation" | "verdict" };

type TReviewInput =
  | { action: "confirm" }
  | { action: "dismiss"; reason: string }
  | { action: "relate"; relation: TRelation }
  | { action: "reopen" };

function ActionButton({
  label,
  hotkey,
  onClick,
  disabled,
  variant = "secondary",
}: {
  label: string;
  hotkey: string;
  onClick: () => void;
  disabled: boolean;
  variant?: "primary" | "secondary" | "danger";
}) {
  return (
    <Button size="sm" variant={variant} onClick={onClick} disabled={disabled} aria-keyshortcuts={hotkey}>
      {label}
      <kbd dir="ltr" className="ms-1 rounded border border-current/30 px-1 font-mono text-[0.65rem] opacity-70">
        {hotkey}
      </kbd>
    </Button>
  );
}

/** A link in the queue: relation, origin and reason, the two claims side by side, and the reviewer's actions. */
export function LinkCard({
  ref,
  link,
  projectId,
  active,
  canDecide,
  busy,
  panel,
  events,
  verdicts,
  onActivate,
  onOpenPanel,
  onClosePanel,
  onReview,
  onVerdictRecorded,
}: {
  ref: Ref<HTMLElement>;
  link: TLinkView;
  projectId: string;
  active: boolean;
  canDecide: boolean;
  busy: boolean;
  panel: TPanel | null;
  events: Record<string, TEventRef>;
  verdicts: TVerdictView[];
  onActivate: () => void;
  onOpenPanel: (kind: TPanel["kind"]) => void;
  onClosePanel: () => void;
  onReview: (input: TReviewInput) => void;
  onVerdictRecorded: () => void;
}) {
  const { m, locale } = useReviewI18n();
  const [headingA, headingB] =
    link.relation === "UPDATES" ? [m.claim.earlier, m.claim.later] : [m.claim.claimA, m.claim.claimB];
  const eventOf = (c: TClaimView) => (c.eventId ? events[c.eventId] : undefined);
  const verdictOn = (c: TClaimView) => verdicts.find((v) => v.claimId === c.id);
  const linkEvents = [eventOf(link.from), eventOf(link.to)].filter(
    (e, i, all): e is TEventRef => Boolean(e) && all.findIndex((x) => x?.id === e?.id) === i,
  );
  const subjects: TVerdictSubject[] = [
    ...linkEvents.map((e) => ({
      key: `event:${e.id}`,
      eventId: e.id,
      label: format(m.verdictForm.onEvent, { event: eventTitle(e, locale) }),
    })),
    {
      key: `claim:${link.from.id}`,
      claimId: link.from.id,
      label: `${headingA} — ${format(m.verdictForm.onClaim, { article: link.from.article.title })}`,
    },
    {
      key: `claim:${link.to.id}`,
      claimId: link.to.id,
      label: `${headingB} — ${format(m.verdictForm.onClaim, { article: link.to.article.title })}`,
    },
  ];
  const evidence = [link.from, link.to].map((c, i) => ({
    id: c.id,
    label: `${i === 0 ? headingA : headingB}: ${c.quote || c.sentence}`,
  }));
  const eventVerdicts = linkEvents.flatMap((event) => {
    const verdict = verdicts.find((v) => v.eventId === event.id);
    return verdict ? [{ event, verdict }] : [];
  });

  return (
    <article
      ref={ref}
      tabIndex={-1}
      onFocus={onActivate}
      onClick={onActivate}
      aria-label={format(m.queue.linkLabel, {
        relation: m.relation[link.relation],
        a: link.from.article.title,
        b: link.to.article.title,
      })}
      aria-current={active ? "true" : undefined}
      data-testid="queue-link"
      data-link-id={link.id}
      data-relation={link.relation}
      data-state={link.state}
      data-active={active || undefined}
      className={cn(
        "scroll-mt-28 rounded-lg border bg-white p-4 shadow-sm outline-none transition-shadow focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2",
        active ? "border-blue-500 ring-1 ring-blue-500" : "border-slate-200",
      )}
    >
      <header className="mb-3 flex flex-col gap-1.5">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <RelationBadge relation={link.relation} m={m} />
          <span className="text-xs text-slate-600">
            {link.origin === "SUGGESTED"
              ? m.queue.suggested
              : link.createdBy
                ? formatIsolated(m.queue.linkedBy, { name: link.createdBy.name })
                : m.queue.linkedByUnknown}
          </span>
          <bdi className="text-xs text-slate-400">{formatDate(link.createdAt, locale)}</bdi>
          {link.state !== "OPEN" && link.reviewer ? (
            <span className="text-xs text-slate-600" data-testid="decision">
              {formatIsolated(m.queue.decidedBy, {
                state: m.state[link.state],
                name: link.reviewer.name,
                date: formatDateTime(link.reviewedAt, locale),
              })}
            </span>
          ) : null}
        </div>
        {link.reason ? (
          <p className="text-sm text-slate-800" data-testid="link-reason">
            <span className="text-xs font-semibold text-slate-500">{m.queue.reason}:</span>{" "}
            <UserText text={locale === "ar" && link.reasonAr ? link.reasonAr : link.reason} />
          </p>
        ) : null}
        {link.note ? (
          <p className="text-sm text-slate-800" data-testid="link-note">
            <span className="text-xs font-semibold text-slate-500">{m.queue.note}:</span> <UserText text={link.note} />
          </p>
        ) : null}
        {link.reviewReason ? (
          <p className="text-xs text-slate-600">
            <UserText text={format(m.queue.decisionReason, { reason: link.reviewReason })} />
          </p>
        ) : null}
        {eventVerdicts.map(({ event, verdict }) => (
          <p
            key={verdict.id}
            className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600"
            data-testid="event-verdict"
          >
            <span>
              {m.verdictForm.standing} (<UserText text={eventTitle(event, locale)} />
              ):
            </span>
            <VerdictBadge value={verdict.value} m={m} />
            <UserText text={verdict.rationale} />
          </p>
        ))}
      </header>

      <div className="grid gap-3 md:grid-cols-2">
        <ClaimColumn
          claim={link.from}
          heading={headingA}
          projectId={projectId}
          event={eventOf(link.from)}
          verdict={verdictOn(link.from)}
          m={m}
          locale={locale}
        />
        <ClaimColumn
          claim={link.to}
          heading={headingB}
          projectId={projectId}
          event={eventOf(link.to)}
          verdict={verdictOn(link.to)}
          m={m}
          locale={locale}
        />
      </div>

      {canDecide ? (
        <footer className="mt-3 flex flex-col gap-3 border-t border-slate-100 pt-3">
          <div className="flex flex-wrap items-center gap-2" data-testid="link-actions">
            {link.state !== "CONFIRMED" ? (
              <ActionButton
                variant="primary"
                label={m.queue.confirm}
                hotkey="c"
                disabled={busy}
                onClick={() => onReview({ action: "confirm" })}
              />
            ) : null}
            {link.state !== "DISMISSED" ? (
              <ActionButton label={m.queue.dismiss} hotkey="d" disabled={busy} onClick={() => onOpenPanel("dismiss")} />
            ) : null}
            <ActionButton
              label={m.queue.changeRelation}
              hotkey="r"
              disabled={busy}
              onClick={() => onOpenPanel("relation")}
            />
            <ActionButton
              label={m.queue.recordVerdict}
              hotkey="v"
              disabled={busy}
              onClick={() => onOpenPanel("verdict")}
            />
            {link.state !== "OPEN" ? (
              <ActionButton
                label={m.queue.reopen}
                hotkey="o"
                disabled={busy}
                onClick={() => onReview({ action: "reopen" })}
              />
            ) : null}
            {busy ? <span className="text-xs text-slate-500">{m.queue.working}</span> : null}
          </div>
          {panel?.kind === "dismiss" ? (
            <DismissForm
              busy={busy}
              onSubmit={(reason) => onReview({ action: "dismiss", reason })}
              onCancel={onClosePanel}
            />
          ) : null}
          {panel?.kind === "relation" ? (
            <RelationPicker
              current={link.relation}
              busy={busy}
              onSubmit={(relation) => onReview({ action: "relate", relation })}
              onCancel={onClosePanel}
            />
          ) : null}
          {panel?.kind === "verdict" ? (
            <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
              <VerdictForm
                projectId={projectId}
                subjects={subjects}
                evidence={evidence}
                autoFocus
                onRecorded={onVerdictRecorded}
                onCancel={onClosePanel}
              />
            </div>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}
