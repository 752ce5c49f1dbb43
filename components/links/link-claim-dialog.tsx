"use client";

import { useCallback, useId, useState, type FormEvent } from "react";
import { newId } from "@/components/annotator/new-id";
import { RelationChoices } from "@/components/review/relation-choices";
import { eventTitle } from "@/components/review/to-view";
import type { TRelation } from "@/components/review/types";
import { useReviewI18n } from "@/components/review/use-review-i18n";
import { Alert } from "@/components/ui/alert";
import { ApiError, apiFetch, describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input, Select, Textarea } from "@/components/ui/form";
import { useSubmit } from "@/components/ui/use-submit";
import { format } from "@/lib/i18n/format";
import { SearchFilters, SearchResults } from "./link-search-parts";
import { useClaimSearch } from "./use-claim-search";

const NEW_EVENT = "new";

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
  const { busy, error, setError, run } = useSubmit();
  const onSearchError = useCallback((caught: unknown) => setError(describeError(caught, t.common)), [setError, t]);
  const search = useClaimSearch({
    projectId,
    claim,
    open,
    initial: { query: initialQuery, eventId: initialEventId, entityId: "" },
    onError: onSearchError,
  });
  const { targetId } = search;
  const [relation, setRelation] = useState<TRelation | null>(null);
  const [note, setNote] = useState("");
  // Both claims on an event in the same step: "" leaves them, NEW_EVENT makes one from the title.
  const [placeOn, setPlaceOn] = useState("");
  const [newEvent, setNewEvent] = useState({ title: "", date: "" });
  const [linked, setLinked] = useState<TRelation | null>(null);
  // One id per attempt: a retry after a network failure re-sends the same id.
  const [linkId, setLinkId] = useState(() => newId());

  function eventChoice() {
    if (placeOn === NEW_EVENT) {
      const title = newEvent.title.trim();
      // The title goes in the field of its script: Arabic letters → titleAr.
      const key = /\p{Script=Arabic}/u.test(title) ? "titleAr" : "titleEn";
      return { event: { [key]: title, ...(newEvent.date ? { occurredOn: newEvent.date } : {}) } };
    }
    return placeOn ? { event: { id: placeOn } } : {};
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!targetId || !relation) return;
    await run(
      async () => {
        const link = await apiFetch<TCreatedLink>(`/api/v1/projects/${projectId}/links`, {
          method: "POST",
          json: { id: linkId, fromClaimId: claim.id, toClaimId: targetId, relation, note, ...eventChoice() },
        });
        setLinked(relation);
        setLinkId(newId());
        search.setTargetId(null);
        setNote("");
        setPlaceOn("");
        setNewEvent({ title: "", date: "" });
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
        <SearchFilters
          id={id}
          filters={search.filters}
          onChange={search.setFilter}
          events={search.events}
          entities={search.entities}
        />
        <SearchResults
          id={id}
          results={search.results}
          searching={search.searching}
          targetId={targetId}
          onChoose={search.setTargetId}
        />
        <RelationChoices
          name={`${id}-relation`}
          legend={m.linkDialog.relation}
          value={relation}
          onChange={setRelation}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-place`} className="text-xs font-semibold text-slate-700">
            {m.linkDialog.place}
          </label>
          <Select id={`${id}-place`} value={placeOn} onChange={(e) => setPlaceOn(e.target.value)}>
            <option value="">{m.linkDialog.placeNone}</option>
            {search.events.map((e) => (
              <option key={e.id} value={e.id}>
                {eventTitle(e, locale)}
              </option>
            ))}
            <option value={NEW_EVENT}>{m.linkDialog.placeNew}</option>
          </Select>
          {placeOn === NEW_EVENT ? (
            <div className="grid gap-2 sm:grid-cols-[1fr_11rem]">
              <Input
                aria-label={m.linkDialog.newTitle}
                placeholder={m.linkDialog.newTitle}
                dir="auto"
                maxLength={300}
                required
                value={newEvent.title}
                onChange={(e) => setNewEvent((v) => ({ ...v, title: e.target.value }))}
              />
              <Input
                aria-label={m.linkDialog.newDate}
                type="date"
                value={newEvent.date}
                onChange={(e) => setNewEvent((v) => ({ ...v, date: e.target.value }))}
              />
            </div>
          ) : null}
        </div>
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
