"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { newId } from "@/components/annotator/new-id";
import { RelationBadge } from "@/components/review/badges";
import { ArabicSentence, UserText } from "@/components/review/claim-parts";
import { eventTitle, toClaimView, type TContextClaimInput } from "@/components/review/to-view";
import { RELATIONS, type TClaimView, type TRelation } from "@/components/review/types";
import { useReviewI18n } from "@/components/review/use-review-i18n";
import { Alert } from "@/components/ui/alert";
import { ApiError, apiFetch, describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Input, Select, Textarea } from "@/components/ui/form";
import { Spinner } from "@/components/ui/loading";
import { useSubmit } from "@/components/ui/use-submit";
import { formatFigure } from "@/lib/claims/figures";
import { format } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/i18n/format";

/** The claim a link starts from. */
export type TLinkSourceClaim = { id: string; articleId: string; quote: string };

/** What POST /api/v1/projects/{id}/links answers. */
export type TCreatedLink = {
  id: string;
  fromClaimId: string;
  toClaimId: string;
  relation: TRelation;
  state: string;
  version: number;
};

export type LinkClaimDialogProps = {
  /** The project both claims belong to. */
  projectId: string;
  /** The claim being linked; claims of its own article are left out of the search. */
  claim: TLinkSourceClaim;
  open: boolean;
  /** Called when the dialog closes (Escape, Close, or the backdrop's cancel). */
  onClose: () => void;
  /** Called once the link is saved (the dialog stays open showing the confirmation). */
  onLinked?: (link: TCreatedLink) => void;
  /** Text to search for when the dialog opens (e.g. the speaker's name). */
  initialQuery?: string;
  /** Narrow the search to one event when the dialog opens (e.g. the claim's own event). */
  initialEventId?: string;
};

type TEventOption = { id: string; titleAr: string; titleEn: string };
type TEntityOption = { id: string; nameAr: string; nameEn: string };

const SEARCH_DELAY_MS = 250;

function figureSummary(claim: TClaimView): string {
  const f = claim.figures;
  return (["killed", "injured", "value"] as const)
    .map((role) => f[role] && formatFigure(f[role], "en"))
    .filter(Boolean)
    .join(" · ");
}

/**
 * "Link this claim": find a claim in another article of the project — by Arabic-normalised text,
 * speaker, entity or event — choose how the two relate (agrees, contradicts, updates, related),
 * add a note, and save the link with a client-made id so a retried request never duplicates.
 * The link starts open; reviewers decide on it in the queue.
 */
export function LinkClaimDialog({
  projectId,
  claim,
  open,
  onClose,
  onLinked,
  initialQuery = "",
  initialEventId = "",
}: LinkClaimDialogProps) {
  const { t, m, locale } = useReviewI18n();
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const [eventId, setEventId] = useState(initialEventId);
  const [entityId, setEntityId] = useState("");
  const [events, setEvents] = useState<TEventOption[]>([]);
  const [entities, setEntities] = useState<TEntityOption[]>([]);
  const [results, setResults] = useState<TClaimView[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [relation, setRelation] = useState<TRelation | null>(null);
  const [note, setNote] = useState("");
  const { busy, error, setError, run } = useSubmit();
  const [linked, setLinked] = useState<TRelation | null>(null);
  // One id per attempt: a retry after a network failure re-sends the same id.
  const [linkId, setLinkId] = useState(() => newId());

  // The filters' choices, read once per opening.
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    Promise.all([
      apiFetch<{ events: TEventOption[] }>(`/api/v1/projects/${projectId}/events`, { signal: controller.signal }),
      apiFetch<{ entities: TEntityOption[] }>(`/api/v1/projects/${projectId}/entities`, { signal: controller.signal }),
    ]).then(
      ([e, n]) => {
        setEvents(e.events);
        setEntities(n.entities);
      },
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(describeError(caught, t.common));
      },
    );
    return () => controller.abort();
  }, [open, projectId, t.common, setError]);

  // Search as the filters change, a moment after the last keystroke; a newer search cancels an older one.
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const params = new URLSearchParams({ excludeArticleId: claim.articleId });
    if (query.trim()) params.set("q", query.trim());
    if (eventId) params.set("eventId", eventId);
    if (entityId) params.set("entityId", entityId);
    const timer = setTimeout(() => {
      setSearching(true);
      apiFetch<{ claims: TContextClaimInput[] }>(`/api/v1/projects/${projectId}/claims?${params.toString()}`, {
        signal: controller.signal,
      })
        .then(
          (answer) => {
            const found = answer.claims.filter((c) => c.id !== claim.id).map(toClaimView);
            setResults(found);
            setTargetId((current) => (current && found.some((c) => c.id === current) ? current : null));
          },
          (caught: unknown) => {
            if (!controller.signal.aborted) setError(describeError(caught, t.common));
          },
        )
        .finally(() => {
          if (!controller.signal.aborted) setSearching(false);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, projectId, claim.id, claim.articleId, query, eventId, entityId, t.common, setError]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!targetId || !relation) return;
    await run(
      async () => {
        const link = await apiFetch<TCreatedLink>(`/api/v1/projects/${projectId}/links`, {
          method: "POST",
          json: { id: linkId, fromClaimId: claim.id, toClaimId: targetId, relation, note },
        });
        setLinked(relation);
        setLinkId(newId());
        setTargetId(null);
        setNote("");
        onLinked?.(link);
      },
      (caught) => (caught instanceof ApiError && caught.status === 409 ? m.linkDialog.alreadyLinked : undefined),
    );
  }

  const formId = `${id}-form`;
  return (
    <Dialog
      open={open}
      title={m.linkDialog.title}
      onClose={onClose}
      busy={busy}
      closeLabel={m.linkDialog.close}
      testId="link-claim-dialog"
      size="lg"
      description={
        <>
          <p className="mt-1 text-xs text-slate-500">{m.linkDialog.from}</p>
          <p dir="rtl" lang="ar" className="text-arabic line-clamp-2 text-base text-slate-800">
            {claim.quote}
          </p>
        </>
      }
      cancelLabel={m.linkDialog.close}
      action={{
        label: busy ? m.linkDialog.submitting : m.linkDialog.submit,
        form: formId,
        disabled: !targetId || !relation,
      }}
    >
      <form id={formId} onSubmit={submit} className="flex flex-col gap-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {linked ? <Alert tone="success">{format(m.linkDialog.linked, { relation: m.relation[linked] })}</Alert> : null}

        <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-q`} className="text-xs font-semibold text-slate-700">
              {m.linkDialog.search}
            </label>
            <Input
              id={`${id}-q`}
              type="search"
              dir="auto"
              autoFocus
              placeholder={m.linkDialog.searchPlaceholder}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <p className="text-xs text-slate-500">{m.linkDialog.searchHelp}</p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-event`} className="text-xs font-semibold text-slate-700">
              {m.linkDialog.event}
            </label>
            <Select id={`${id}-event`} value={eventId} onChange={(e) => setEventId(e.target.value)}>
              <option value="">{m.linkDialog.anyEvent}</option>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {eventTitle(e, locale)}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-entity`} className="text-xs font-semibold text-slate-700">
              {m.linkDialog.entity}
            </label>
            <Select id={`${id}-entity`} value={entityId} onChange={(e) => setEntityId(e.target.value)}>
              <option value="">{m.linkDialog.anyEntity}</option>
              {entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {[e.nameAr, e.nameEn].filter(Boolean).join(" / ")}
                </option>
              ))}
            </Select>
          </div>
        </div>

        <fieldset className="flex flex-col gap-2" aria-busy={searching}>
          <legend className="mb-1 flex items-center gap-2 text-xs font-semibold text-slate-700">
            {m.linkDialog.results}
            {searching ? (
              <span className="inline-flex items-center gap-1 font-normal text-slate-500">
                <Spinner className="size-3" />
                {m.linkDialog.searching}
              </span>
            ) : null}
          </legend>
          {results && results.length === 0 ? <p className="text-sm text-slate-500">{m.linkDialog.noResults}</p> : null}
          <ul className="flex flex-col gap-2" data-testid="link-search-results">
            {(results ?? []).map((c) => (
              <li key={c.id}>
                <label
                  className={cn(
                    "flex cursor-pointer items-start gap-3 rounded-md border p-2.5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600",
                    targetId === c.id ? "border-blue-600 bg-blue-50" : "border-slate-200 hover:bg-slate-50",
                  )}
                >
                  <input
                    type="radio"
                    name={`${id}-target`}
                    className="mt-1.5 accent-blue-700"
                    checked={targetId === c.id}
                    onChange={() => setTargetId(c.id)}
                  />
                  <span className="flex min-w-0 flex-col gap-1">
                    <span className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600">
                      <UserText text={c.article.title} className="font-semibold text-slate-900" />
                      <span>{formatDate(c.article.publishedAt, locale)}</span>
                      {c.speaker ? <UserText text={c.speaker.nameAr || c.speaker.nameEn || c.speaker.quote} /> : null}
                      {figureSummary(c) ? (
                        <span className="font-medium tabular-nums text-slate-800">{figureSummary(c)}</span>
                      ) : null}
                    </span>
                    <ArabicSentence claim={c} className="line-clamp-3 text-base leading-relaxed" />
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {results && results.length > 0 && !targetId ? (
            <p className="text-xs text-slate-500">{m.linkDialog.chooseResult}</p>
          ) : null}
        </fieldset>

        <fieldset>
          <legend className="mb-1 text-xs font-semibold text-slate-700">{m.linkDialog.relation}</legend>
          <div className="grid gap-1.5 sm:grid-cols-2">
            {RELATIONS.map((r) => (
              <label
                key={r}
                className={cn(
                  "flex cursor-pointer items-center gap-2 rounded-md border px-2 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600",
                  relation === r ? "border-blue-600 bg-blue-50" : "border-slate-300 bg-white",
                )}
              >
                <input
                  type="radio"
                  name={`${id}-relation`}
                  value={r}
                  className="accent-blue-700"
                  checked={relation === r}
                  onChange={() => setRelation(r)}
                />
                <RelationBadge relation={r} m={m} />
                <span className="text-xs text-slate-600">{m.relationHelp[r]}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-note`} className="text-xs font-semibold text-slate-700">
            {m.linkDialog.note} <span className="font-normal text-slate-500">({t.common.optional})</span>
          </label>
          <Textarea
            id={`${id}-note`}
            dir="auto"
            rows={2}
            maxLength={2000}
            placeholder={m.linkDialog.notePlaceholder}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </form>
    </Dialog>
  );
}

/** A button that opens the dialog for one claim; what the claims panel and the event page mount. */
export function LinkClaimButton({
  label,
  ariaLabel,
  ...dialog
}: Omit<LinkClaimDialogProps, "open" | "onClose"> & { label: string; ariaLabel?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)} aria-label={ariaLabel} aria-haspopup="dialog">
        {label}
      </Button>
      {open ? <LinkClaimDialog {...dialog} open onClose={() => setOpen(false)} /> : null}
    </>
  );
}
