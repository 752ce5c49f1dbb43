"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { RadioCard } from "@/components/ui/radio-card";
import { format } from "@/lib/i18n/format";
import { AboutFields, OccasionFields, SpeakerFields, StatusFields, type TFieldsProps } from "./claim-form-fields";
import { ErrorText, FigureInputs } from "./figure-inputs";
import { CLAIM_KINDS, type TClaim } from "./types";
import { type TClaimFormProps, useClaimForm } from "./use-claim-form";
import { useClaimsI18n } from "./use-claims-i18n";

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

function ClaimDialog(props: TClaimFormProps) {
  const { m, t } = useClaimsI18n();
  const id = useId();
  const formId = `${id}-form`;
  const editing = !!props.claim;
  const form = useClaimForm(props);
  const { state, update, choices, errors, conflict, busy } = form;
  const fields: TFieldsProps = { id, state, update, err: errors.fields };
  const loading = choices.spans === null && !choices.error;

  return (
    <Dialog
      open
      title={editing ? m.form.editTitle : m.form.newTitle}
      onClose={props.onClose}
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
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
        noValidate
        className="flex flex-col gap-5"
      >
        <QuoteSection quote={form.quote} prefill={form.prefill} spanMade={!!form.madeSpanId && !editing} />
        {errors.general ? (
          <Alert tone="error">
            <span dir="auto">{errors.general}</span>
          </Alert>
        ) : null}
        {choices.error ? <Alert tone="warning">{describeError(choices.error, t.common)}</Alert> : null}
        {loading ? <p className="text-xs text-slate-500">{m.form.loading}</p> : null}
        {conflict ? (
          <ConflictAlert theirs={conflict} onOverwrite={form.overwrite} onLoadTheirs={form.loadTheirs} />
        ) : null}
        <KindFields {...fields} />
        {state.kind === "CASUALTY" || state.kind === "COUNT" ? (
          <section
            aria-label={m.form.figures}
            className="flex flex-col gap-2 rounded-md border border-slate-200 p-3"
            data-testid="claim-figure-inputs"
          >
            <p className="text-xs font-semibold text-slate-700">{m.form.figures}</p>
            <p className="text-xs text-slate-500">{m.form.figureHelp}</p>
            <FigureInputs
              idPrefix={`${id}-fig`}
              kind={state.kind}
              value={state.figures}
              onChange={(figures) => update({ figures })}
              errors={errors.fields}
              m={m}
            />
          </section>
        ) : null}
        <SpeakerFields
          {...fields}
          projectId={props.projectId}
          spans={choices.spans === null ? null : form.speakerChoices}
          labels={choices.labels}
        />
        <OccasionFields {...fields} events={choices.events} />
        <AboutFields {...fields} projectId={props.projectId} />
        <StatusFields {...fields} canReview={props.canReview ?? false} />
      </form>
    </Dialog>
  );
}

/** The words the claim is made from, and how the reading of its kind and figures went. */
function QuoteSection({
  quote,
  prefill,
  spanMade,
}: {
  quote: string;
  prefill: { status: "idle" | "loading" | "done" | "failed"; error: unknown };
  spanMade: boolean;
}) {
  const { m, t } = useClaimsI18n();
  return (
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
      {prefill.status === "loading" ? (
        <p className="text-xs text-slate-500" data-testid="prefill-state" data-state="loading">
          {m.form.reading}
        </p>
      ) : null}
      {prefill.status === "done" ? (
        <p className="text-xs text-emerald-700" data-testid="prefill-state" data-state="done">
          {m.form.prefilled}
        </p>
      ) : null}
      {prefill.status === "failed" ? (
        <p className="text-xs text-amber-700" data-testid="prefill-state" data-state="failed">
          {format(m.form.prefillFailed, { message: describeError(prefill.error, t.common) })}
        </p>
      ) : null}
      {spanMade ? <p className="text-xs text-slate-500">{m.form.spanMade}</p> : null}
    </section>
  );
}

/** Someone saved a newer version meanwhile: save over it, or take theirs. */
function ConflictAlert({
  theirs,
  onOverwrite,
  onLoadTheirs,
}: {
  theirs: TClaim;
  onOverwrite: (theirs: TClaim) => void;
  onLoadTheirs: (theirs: TClaim) => void;
}) {
  const { m } = useClaimsI18n();
  return (
    <Alert tone="warning" title={format(m.form.conflict, { version: theirs.version })}>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="primary" onClick={() => onOverwrite(theirs)}>
          {m.form.overwrite}
        </Button>
        <Button size="sm" onClick={() => onLoadTheirs(theirs)}>
          {m.form.loadTheirs}
        </Button>
      </div>
    </Alert>
  );
}

/** The claim's kind, as a row of radio buttons. */
function KindFields({ id, state, update, err }: TFieldsProps) {
  const { m } = useClaimsI18n();
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-xs font-medium text-slate-700">{m.form.kind}</legend>
      <div className="flex flex-wrap gap-1.5" role="radiogroup" aria-label={m.form.kind}>
        {CLAIM_KINDS.map((kind) => (
          <RadioCard
            key={kind}
            name={`${id}-kind`}
            value={kind}
            checked={state.kind === kind}
            onChange={() => update({ kind })}
            title={m.kindHelp[kind]}
            className={cn(
              "inline-flex gap-1.5 px-2.5 py-1.5",
              state.kind === kind ? "" : "text-slate-700 hover:bg-slate-50",
            )}
            checkedClassName="font-medium text-blue-900"
          >
            {m.kind[kind]}
          </RadioCard>
        ))}
      </div>
      <ErrorText message={err.kind ?? err.figures} />
    </fieldset>
  );
}
