"use client";

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { newId } from "@/components/annotator/new-id";
import { EntityName } from "@/components/entities/entity-name";
import { EntityPicker } from "@/components/entities/entity-picker";
import { Alert } from "@/components/ui/alert";
import { ApiError, describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { ZCasualtyFigures, ZCountFigures } from "@/lib/claims/figures";
import { format } from "@/lib/i18n/messages";
import { claimsApi, type TClaimFields } from "./claims-api";
import { NO_ERRORS, fieldErrors, issueErrors, type TFieldErrors } from "./field-errors";
import {
  EMPTY_FIGURES,
  FIGURE_PATHS,
  draftFromFigures,
  figuresFromDraft,
  notNumbers,
  type TFiguresDraft,
} from "./figure-draft";
import { ErrorText, FigureInputs } from "./figure-inputs";
import { Dialog } from "@/components/ui/dialog";
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  KNOWN_CHANNELS,
  type TArticleSpan,
  type TClaim,
  type TClaimKind,
  type TClaimSelection,
  type TClaimStatus,
  type TEntityRef,
  type TEventRef,
  type TLabelRef,
} from "./types";
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
  open: boolean;
  onClose: () => void;
  /** After a save; `before` is the claim as it was, for an undo. */
  onSaved?: (claim: TClaim, change: { created: boolean; before: TClaim | null }) => void;
};

const FIELD_PATHS = new Set<string>([
  ...FIGURE_PATHS,
  "kind",
  "figures",
  "attribution",
  "channel",
  "occurredOn",
  "place",
  "status",
  "note",
  "speakerSpanId",
  "speakerEntityId",
  "eventId",
  "aboutEntityIds",
  "claimSpanId",
]);

type TChannelChoice = "" | (typeof KNOWN_CHANNELS)[number] | "other";

function channelChoice(channel: string): { choice: TChannelChoice; other: string } {
  if (!channel) return { choice: "", other: "" };
  const known = KNOWN_CHANNELS.find((c) => c === channel);
  return known ? { choice: known, other: "" } : { choice: "other", other: channel };
}

/** The claim as stored now, from a 409's `details.current`. */
function conflictClaim(error: unknown): TClaim | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.details || typeof error.details !== "object")
    return null;
  const current = (error.details as { current?: unknown }).current;
  return current && typeof current === "object" && typeof (current as { version?: unknown }).version === "number"
    ? (current as TClaim)
    : null;
}

function shortQuote(quote: string, max = 60): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function eventTitle(event: TEventRef, locale: "en" | "ar"): string {
  return (locale === "ar" ? event.titleAr || event.titleEn : event.titleEn || event.titleAr) || event.id.slice(0, 8);
}

type TFormState = {
  kind: TClaimKind;
  figures: TFiguresDraft;
  speakerSpanId: string;
  speakerEntity: TEntityRef | null;
  attribution: string;
  channel: TChannelChoice;
  channelOther: string;
  occurredOn: string;
  place: string;
  eventId: string;
  about: TEntityRef[];
  status: TClaimStatus;
  note: string;
};

function stateOf(claim: TClaim | undefined): TFormState {
  const channel = channelChoice(claim?.channel ?? "");
  return {
    kind: claim?.kind ?? "STATEMENT",
    figures: claim ? draftFromFigures(claim.figures) : EMPTY_FIGURES,
    // A speaker span deleted since cannot be kept (the server refuses deleted spans).
    speakerSpanId: claim?.speakerSpan && !claim.speakerSpan.deletedAt ? claim.speakerSpan.id : "",
    speakerEntity: claim?.speakerEntity ?? null,
    attribution: claim?.attribution ?? "",
    channel: channel.choice,
    channelOther: channel.other,
    occurredOn: claim?.occurredOn?.slice(0, 10) ?? "",
    place: claim?.place ?? "",
    eventId: claim?.event?.id ?? "",
    about: claim?.entities.map((e) => e.entity) ?? [],
    status: claim?.status ?? "DRAFT",
    note: claim?.note ?? "",
  };
}

/** The fields the form edits; the claim's own span is set once, when the claim is made. */
function fieldsFrom(state: TFormState): Omit<TClaimFields, "claimSpanId"> {
  return {
    kind: state.kind,
    speakerSpanId: state.speakerSpanId || null,
    speakerEntityId: state.speakerEntity?.id ?? null,
    attribution: state.attribution.trim(),
    channel: state.channel === "other" ? state.channelOther.trim() : state.channel,
    figures: figuresFromDraft(state.figures, state.kind),
    occurredOn: state.occurredOn || null,
    place: state.place.trim(),
    status: state.status,
    note: state.note,
    aboutEntityIds: state.about.map((e) => e.id),
    eventId: state.eventId || null,
  };
}

/**
 * The claim dialog: made from a fresh selection (it first makes a span labelled "claim"), from
 * an existing span, or opened on a claim to edit it. The kind and figures of a new claim are
 * prefilled from the Arabic by the server's parser; figures are typed (a value or a range with
 * its qualifier), and the server's validation messages appear under the fields they are about.
 */
export function ClaimForm(props: TClaimFormProps) {
  // Mounted only while open, so every opening starts from fresh ids and values.
  return props.open ? <ClaimDialog {...props} /> : null;
}

function ClaimDialog({ articleId, projectId, selection, spanId, claim, onClose, onSaved }: TClaimFormProps) {
  const { m, t, locale } = useClaimsI18n();
  const id = useId();
  const formId = `${id}-form`;
  const editing = !!claim;
  // Client-made ids: a retried save finds what the first attempt stored instead of duplicating it.
  const ids = useRef({ claim: newId(), span: newId() });
  const [state, setState] = useState<TFormState>(() => stateOf(claim));
  const touched = useRef(false);
  const [baseVersion, setBaseVersion] = useState(claim?.version ?? 0);
  const [spans, setSpans] = useState<TArticleSpan[] | null>(null);
  const [labels, setLabels] = useState<TLabelRef[]>([]);
  const [events, setEvents] = useState<TEventRef[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [prefill, setPrefill] = useState<"idle" | "loading" | "done" | "failed">("idle");
  const [prefillError, setPrefillError] = useState<unknown>(null);
  const [madeSpanId, setMadeSpanId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<TFieldErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<TClaim | null>(null);

  const update = (patch: Partial<TFormState>) => {
    touched.current = true;
    setState((s) => ({ ...s, ...patch }));
  };

  // What the form needs from the article and project: spans (speaker choices), labels, events.
  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      claimsApi.spans(articleId, controller.signal),
      claimsApi.labels(projectId, controller.signal),
      claimsApi.events(projectId, controller.signal),
    ])
      .then(([s, l, e]) => {
        setSpans(s);
        setLabels(l);
        setEvents(e);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoadError(error);
      });
    return () => controller.abort();
  }, [articleId, projectId]);

  const claimSpan = useMemo(() => (spanId ? (spans?.find((s) => s.id === spanId) ?? null) : null), [spanId, spans]);
  const range =
    selection ?? (claimSpan ? { start: claimSpan.start, end: claimSpan.end, quote: claimSpan.quote } : null);
  const quote = claim?.claimSpan?.quote ?? range?.quote ?? "";

  // A new claim's kind and figures, read from the Arabic (unless the analyst already changed them).
  const rangeKey = !editing && range ? `${range.start}:${range.end}` : "";
  useEffect(() => {
    if (!rangeKey) return;
    const [start = 0, end = 0] = rangeKey.split(":").map(Number);
    const controller = new AbortController();
    setPrefill("loading");
    claimsApi
      .prefill(articleId, { start, end }, controller.signal)
      .then((result) => {
        if (!touched.current) setState((s) => ({ ...s, kind: result.kind, figures: draftFromFigures(result.figures) }));
        setPrefill("done");
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setPrefillError(error);
        setPrefill("failed");
      });
    return () => controller.abort();
  }, [articleId, rangeKey]);

  const labelsById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels]);
  const speakerChoices = useMemo(() => {
    const ownSpan = claim?.claimSpan?.id ?? spanId ?? madeSpanId;
    return (spans ?? []).filter((s) => s.id !== ownSpan).sort((a, b) => a.start - b.start);
  }, [spans, claim, spanId, madeSpanId]);
  const speakerSpan = speakerChoices.find((s) => s.id === state.speakerSpanId);

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

  async function save(version: number) {
    const bad = notNumbers(state.figures, state.kind);
    if (bad.length > 0) {
      setErrors({
        fields: Object.fromEntries(bad.map((path) => [path, m.figures.notNumber])),
        general: m.form.fixErrors,
      });
      return;
    }
    // The server's own figure schema, run here first, so a claim it would refuse never leaves a new span behind.
    const figures = fieldsFrom(state).figures;
    const checked =
      state.kind === "CASUALTY"
        ? ZCasualtyFigures.safeParse(figures)
        : state.kind === "COUNT"
          ? ZCountFigures.safeParse(figures)
          : null;
    if (checked && !checked.success) {
      const found = issueErrors(checked.error.issues, FIELD_PATHS, m.form.fixErrors);
      setErrors({ ...found, general: found.general ?? m.form.fixErrors });
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    setConflict(null);
    try {
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
    } catch (error) {
      const current = conflictClaim(error);
      if (current) {
        setConflict(current);
      } else {
        const found = fieldErrors(error, FIELD_PATHS, t.common);
        setErrors(
          Object.keys(found.fields).length > 0 && !found.general ? { ...found, general: m.form.fixErrors } : found,
        );
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(baseVersion);
  }

  const err = errors.fields;
  const loading = spans === null && !loadError;
  const kindHasFigures = state.kind === "CASUALTY" || state.kind === "COUNT";

  return (
    <Dialog
      open
      title={editing ? m.form.editTitle : m.form.newTitle}
      onClose={onClose}
      busy={busy}
      testId="claim-form"
      cancelLabel={m.form.cancel}
      action={{
        label: busy ? m.form.saving : editing ? m.form.save : m.form.create,
        form: formId,
        disabled: loading,
        testId: "claim-save",
      }}
    >
      <form id={formId} onSubmit={submit} noValidate className="flex flex-col gap-5">
        <section aria-label={m.form.quote} className="flex flex-col gap-1.5">
          <p className="text-xs font-medium text-slate-700">{m.form.quote}</p>
          {quote ? (
            <blockquote
              lang="ar"
              dir="rtl"
              className="text-arabic rounded-md border-s-4 border-rose-300 bg-rose-50/50 px-3 py-2 text-lg leading-loose"
              data-testid="claim-quote"
            >
              {quote}
            </blockquote>
          ) : (
            <p className="text-sm italic text-slate-500">{m.form.noQuote}</p>
          )}
          {prefill === "loading" ? (
            <p className="text-xs text-slate-500" data-testid="prefill-state" data-state="loading">
              {m.form.reading}
            </p>
          ) : null}
          {prefill === "done" ? (
            <p className="text-xs text-emerald-700" data-testid="prefill-state" data-state="done">
              {m.form.prefilled}
            </p>
          ) : null}
          {prefill === "failed" ? (
            <p className="text-xs text-amber-700" data-testid="prefill-state" data-state="failed">
              {format(m.form.prefillFailed, { message: describeError(prefillError, t.common) })}
            </p>
          ) : null}
          {madeSpanId && !editing ? <p className="text-xs text-slate-500">{m.form.spanMade}</p> : null}
        </section>

        {errors.general ? (
          <Alert tone="error">
            <span dir="auto">{errors.general}</span>
          </Alert>
        ) : null}
        {loadError ? <Alert tone="warning">{describeError(loadError, t.common)}</Alert> : null}
        {loading ? <p className="text-xs text-slate-500">{m.form.loading}</p> : null}
        {conflict ? (
          <Alert tone="warning" title={format(m.form.conflict, { version: conflict.version })}>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button
                size="sm"
                variant="primary"
                onClick={() => {
                  setBaseVersion(conflict.version);
                  void save(conflict.version);
                }}
              >
                {m.form.overwrite}
              </Button>
              <Button
                size="sm"
                onClick={() => {
                  setState(stateOf(conflict));
                  setBaseVersion(conflict.version);
                  setConflict(null);
                }}
              >
                {m.form.loadTheirs}
              </Button>
            </div>
          </Alert>
        ) : null}

        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1.5 text-xs font-medium text-slate-700">{m.form.kind}</legend>
          <div className="flex flex-wrap gap-1.5" role="radiogroup" aria-label={m.form.kind}>
            {CLAIM_KINDS.map((kind) => (
              <label
                key={kind}
                title={m.kindHelp[kind]}
                className={cn(
                  "inline-flex cursor-pointer items-center gap-1.5 rounded-md border px-2.5 py-1.5 text-sm",
                  state.kind === kind
                    ? "border-blue-600 bg-blue-50 font-medium text-blue-900"
                    : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
                )}
              >
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={kind}
                  checked={state.kind === kind}
                  onChange={() => update({ kind })}
                  className="accent-blue-700"
                />
                {m.kind[kind]}
              </label>
            ))}
          </div>
          <ErrorText message={err.kind ?? err.figures} />
        </fieldset>

        {kindHasFigures ? (
          <section
            aria-label={m.form.figures}
            className="flex flex-col gap-2 rounded-md border border-slate-200 p-3"
            data-testid="claim-figure-inputs"
          >
            <p className="text-xs font-semibold text-slate-700">{m.form.figures}</p>
            <p className="text-xs text-slate-500">{m.form.figureHelp}</p>
            <FigureInputs
              idPrefix={`${id}-fig`}
              kind={state.kind === "CASUALTY" ? "CASUALTY" : "COUNT"}
              value={state.figures}
              onChange={(figures) => update({ figures })}
              errors={err}
              m={m}
            />
          </section>
        ) : null}

        <section
          aria-label={m.form.speakerTitle}
          className="flex flex-col gap-3 rounded-md border border-slate-200 p-3"
        >
          <p className="text-xs font-semibold text-slate-700">{m.form.speakerTitle}</p>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={m.form.speakerSpan} htmlFor={`${id}-speaker-span`} hint={m.form.speakerSpanHelp}>
              <Select
                id={`${id}-speaker-span`}
                dir="auto"
                value={state.speakerSpanId}
                onChange={(e) => update({ speakerSpanId: e.target.value })}
                disabled={spans === null}
              >
                <option value="">{m.form.speakerSpanNone}</option>
                {speakerChoices.map((s) => (
                  <option key={s.id} value={s.id}>
                    {`«${shortQuote(s.quote, 40)}»${labelsById.get(s.labelId) ? ` — ${locale === "ar" ? labelsById.get(s.labelId)?.nameAr : labelsById.get(s.labelId)?.name}` : ""}`}
                  </option>
                ))}
              </Select>
              <ErrorText message={err.speakerSpanId} />
            </Field>
            <div className="flex flex-col gap-1">
              <span className="text-xs font-medium text-slate-700" id={`${id}-speaker-entity-label`}>
                {m.form.speakerEntity}
              </span>
              <EntityPicker
                projectId={projectId}
                label={m.form.speakerEntity}
                value={state.speakerEntity}
                onChange={(speakerEntity) => update({ speakerEntity })}
                suggestName={speakerSpan?.quote ?? ""}
                testId="speaker-entity"
              />
              <ErrorText message={err.speakerEntityId} />
            </div>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={m.form.attribution} htmlFor={`${id}-attribution`}>
              <Input
                id={`${id}-attribution`}
                dir="auto"
                maxLength={500}
                placeholder={m.form.attributionPlaceholder}
                value={state.attribution}
                onChange={(e) => update({ attribution: e.target.value })}
              />
              <ErrorText message={err.attribution} />
            </Field>
            <div className="flex flex-col gap-2">
              <Field label={m.form.channel} htmlFor={`${id}-channel`}>
                <Select
                  id={`${id}-channel`}
                  value={state.channel}
                  onChange={(e) =>
                    update({
                      channel: ([...KNOWN_CHANNELS, "other", ""] as const).find((c) => c === e.target.value) ?? "",
                    })
                  }
                >
                  <option value="">{m.channel.none}</option>
                  {KNOWN_CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {m.channel[c]}
                    </option>
                  ))}
                  <option value="other">{m.channel.other}</option>
                </Select>
              </Field>
              {state.channel === "other" ? (
                <Input
                  id={`${id}-channel-other`}
                  aria-label={m.form.channelOther}
                  dir="auto"
                  maxLength={100}
                  value={state.channelOther}
                  onChange={(e) => update({ channelOther: e.target.value })}
                />
              ) : null}
              <ErrorText message={err.channel} />
            </div>
          </div>
        </section>

        <div className="grid gap-3 sm:grid-cols-3">
          <Field label={m.form.occurredOn} htmlFor={`${id}-date`} optional={t.common.optional}>
            <Input
              id={`${id}-date`}
              type="date"
              value={state.occurredOn}
              onChange={(e) => update({ occurredOn: e.target.value })}
            />
            <ErrorText message={err.occurredOn} />
          </Field>
          <Field label={m.form.place} htmlFor={`${id}-place`} optional={t.common.optional}>
            <Input
              id={`${id}-place`}
              dir="auto"
              maxLength={300}
              value={state.place}
              onChange={(e) => update({ place: e.target.value })}
            />
            <ErrorText message={err.place} />
          </Field>
          <Field label={m.form.event} htmlFor={`${id}-event`} optional={t.common.optional}>
            <Select
              id={`${id}-event`}
              dir="auto"
              value={state.eventId}
              onChange={(e) => update({ eventId: e.target.value })}
            >
              <option value="">{m.form.eventNone}</option>
              {events.map((event) => (
                <option key={event.id} value={event.id}>
                  {eventTitle(event, locale)}
                </option>
              ))}
            </Select>
            <ErrorText message={err.eventId} />
          </Field>
        </div>

        <div className="flex flex-col gap-1.5">
          <span className="text-xs font-medium text-slate-700">
            {m.form.about} <span className="font-normal text-slate-500">({t.common.optional})</span>
          </span>
          {state.about.length > 0 ? (
            <ul className="flex flex-wrap gap-1.5">
              {state.about.map((entity) => (
                <li
                  key={entity.id}
                  className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 ps-2.5 pe-1 text-sm"
                >
                  <EntityName entity={entity} />
                  <button
                    type="button"
                    className="rounded-full px-1.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900"
                    aria-label={`${m.entity.remove}: ${entity.nameEn || entity.nameAr}`}
                    onClick={() => update({ about: state.about.filter((e) => e.id !== entity.id) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <EntityPicker
            projectId={projectId}
            label={m.form.about}
            value={null}
            excludeIds={state.about.map((e) => e.id)}
            onChange={(entity) => {
              if (entity) update({ about: [...state.about, entity] });
            }}
            testId="about-entities"
          />
          <p className="text-xs text-slate-500">{m.form.aboutHelp}</p>
          <ErrorText message={err.aboutEntityIds} />
        </div>

        <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <Field label={m.form.status} htmlFor={`${id}-status`}>
            <Select
              id={`${id}-status`}
              value={state.status}
              onChange={(e) => update({ status: CLAIM_STATUSES.find((s) => s === e.target.value) ?? state.status })}
            >
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {m.status[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={m.form.note} htmlFor={`${id}-note`} optional={t.common.optional}>
            <Textarea
              id={`${id}-note`}
              dir="auto"
              rows={2}
              maxLength={5000}
              value={state.note}
              onChange={(e) => update({ note: e.target.value })}
            />
            <ErrorText message={err.note} />
          </Field>
        </div>
      </form>
    </Dialog>
  );
}
