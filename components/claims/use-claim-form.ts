"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { newId } from "@/components/annotator/new-id";
import { conflictRecord } from "@/components/ui/conflict";
import { useSubmit } from "@/components/ui/use-submit";
import { ZCasualtyFigures, ZCountFigures } from "@/lib/claims/figures";
import { ZClaim } from "@/lib/claims/schemas";
import { FIELD_PATHS, fieldsFrom, stateOf, type TFormState } from "./claim-form-state";
import { claimsApi } from "./claims-api";
import { NO_ERRORS, fieldErrors, issueErrors, type TFieldErrors } from "./field-errors";
import { draftFromFigures, notNumbers } from "./figure-draft";
import type { TArticleSpan, TClaim, TClaimSelection, TEventRef, TLabelRef } from "./types";
import { useClaimsI18n } from "./use-claims-i18n";

export type TClaimFormProps = {
  articleId: string;
  projectId: string;
  /** The text the claim is made from; for a claim on an existing span, that span's range and words. */
  selection: TClaimSelection | null;
  /** An existing span to make the claim on (no new span is made). */
  spanId?: string;
  /** The claim to edit; without it the form creates one. */
  claim?: TClaim;
  /** Reviewers and managers may mark the claim reviewed; analysts are not offered it. */
  canReview?: boolean;
  open: boolean;
  onClose: () => void;
  /** After a save; `before` is the claim as it was, for an undo. */
  onSaved?: (claim: TClaim, change: { created: boolean; before: TClaim | null }) => void;
};

type TChoices = { spans: TArticleSpan[] | null; labels: TLabelRef[]; events: TEventRef[]; error: unknown };

/** What the form needs from the article and project: spans (speaker choices), labels, events. */
function useChoices(articleId: string, projectId: string): TChoices {
  const [choices, setChoices] = useState<TChoices>({ spans: null, labels: [], events: [], error: null });
  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      claimsApi.spans(articleId, controller.signal),
      claimsApi.labels(projectId, controller.signal),
      claimsApi.events(projectId, controller.signal),
    ])
      .then(([spans, labels, events]) => setChoices({ spans, labels, events, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setChoices((c) => ({ ...c, error }));
      });
    return () => controller.abort();
  }, [articleId, projectId]);
  return choices;
}

type TPrefill = { status: "idle" | "loading" | "done" | "failed"; error: unknown };

/**
 * The claim form's state and its save: values, what the article offers, the prefill of a new
 * claim's kind and figures, field errors, and a conflict with someone else's newer version.
 */
export function useClaimForm({ articleId, projectId, selection, spanId, claim, onClose, onSaved }: TClaimFormProps) {
  const { m, t } = useClaimsI18n();
  // Client-made ids: a retried save finds what the first attempt stored instead of duplicating it.
  const ids = useRef({ claim: newId(), span: newId() });
  const [state, setState] = useState<TFormState>(() => stateOf(claim));
  const touched = useRef(false);
  const [baseVersion, setBaseVersion] = useState(claim?.version ?? 0);
  const choices = useChoices(articleId, projectId);
  const [prefill, setPrefill] = useState<TPrefill>({ status: "idle", error: null });
  const [madeSpanId, setMadeSpanId] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const [errors, setErrors] = useState<TFieldErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<TClaim | null>(null);

  const update = (patch: Partial<TFormState>) => {
    touched.current = true;
    setState((s) => ({ ...s, ...patch }));
  };

  const { spans, labels } = choices;
  const claimSpan = useMemo(() => (spanId ? (spans?.find((s) => s.id === spanId) ?? null) : null), [spanId, spans]);
  const range =
    selection ?? (claimSpan ? { start: claimSpan.start, end: claimSpan.end, quote: claimSpan.quote } : null);

  // A new claim's kind and figures, read from the Arabic (unless the analyst already changed them).
  const rangeKey = !claim && range ? `${range.start}:${range.end}` : "";
  useEffect(() => {
    if (!rangeKey) return;
    const [start = 0, end = 0] = rangeKey.split(":").map(Number);
    const controller = new AbortController();
    setPrefill({ status: "loading", error: null });
    claimsApi
      .prefill(articleId, { start, end }, controller.signal)
      .then((result) => {
        if (!touched.current) setState((s) => ({ ...s, kind: result.kind, figures: draftFromFigures(result.figures) }));
        setPrefill({ status: "done", error: null });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setPrefill({ status: "failed", error });
      });
    return () => controller.abort();
  }, [articleId, rangeKey]);

  const speakerChoices = useMemo(() => {
    const ownSpan = claim?.claimSpan?.id ?? spanId ?? madeSpanId;
    return (spans ?? []).filter((s) => s.id !== ownSpan).sort((a, b) => a.start - b.start);
  }, [spans, claim, spanId, madeSpanId]);

  /** The new claim's span: the one given, the one made on an earlier attempt, or a new one labelled "claim". */
  async function ensureClaimSpan(): Promise<string | null> {
    if (spanId) return spanId;
    if (madeSpanId) return madeSpanId;
    if (!selection) return null;
    const label = labels.find((l) => l.key === "claim");
    if (!label) throw new Error(m.form.noClaimLabel);
    const span = await claimsApi.createSpan(articleId, {
      id: ids.current.span,
      labelId: label.id,
      start: selection.start,
      end: selection.end,
      quote: selection.quote,
    });
    setMadeSpanId(span.id);
    return span.id;
  }

  /** The figures as the server's own schema sees them, so a claim it would refuse never leaves a new span behind. */
  function figureErrors(): TFieldErrors | null {
    const bad = notNumbers(state.figures, state.kind);
    if (bad.length > 0)
      return { fields: Object.fromEntries(bad.map((path) => [path, m.figures.notNumber])), general: m.form.fixErrors };
    const figures = fieldsFrom(state).figures;
    const schema = state.kind === "CASUALTY" ? ZCasualtyFigures : state.kind === "COUNT" ? ZCountFigures : null;
    const checked = schema?.safeParse(figures);
    if (!checked || checked.success) return null;
    const found = issueErrors(checked.error.issues, FIELD_PATHS, m.form.fixErrors);
    return { ...found, general: found.general ?? m.form.fixErrors };
  }

  async function save(version: number) {
    const invalid = figureErrors();
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setErrors(NO_ERRORS);
    setConflict(null);
    await run(
      async () => {
        // An edit never moves the claim to another span, so its span is not sent (it may have been deleted since).
        const saved = claim
          ? await claimsApi.update(claim.id, { ...fieldsFrom(state), version })
          : await claimsApi.create(articleId, {
              ...fieldsFrom(state),
              claimSpanId: await ensureClaimSpan(),
              id: ids.current.claim,
            });
        onSaved?.(saved, { created: !claim, before: claim ?? null });
        onClose();
      },
      (error) => {
        // The claim as stored now (a write's shape, without its English).
        const current = conflictRecord(error, ZClaim);
        if (current) {
          setConflict(current);
          return null;
        }
        const found = fieldErrors(error, FIELD_PATHS, t.common);
        const general = Object.keys(found.fields).length > 0 && !found.general ? m.form.fixErrors : found.general;
        setErrors({ ...found, general });
        return null;
      },
    );
  }

  return {
    state,
    update,
    choices,
    quote: claim?.claimSpan?.quote ?? range?.quote ?? "",
    prefill,
    madeSpanId,
    speakerChoices,
    busy,
    errors,
    conflict,
    save: () => save(baseVersion),
    /** Saves over the newer version. */
    overwrite: (theirs: TClaim) => {
      setBaseVersion(theirs.version);
      void save(theirs.version);
    },
    /** Drops the form's values for the newer version's. */
    loadTheirs: (theirs: TClaim) => {
      setState(stateOf(theirs));
      setBaseVersion(theirs.version);
      setConflict(null);
    },
  };
}
