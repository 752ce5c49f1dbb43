"use client";

import { useMemo } from "react";
import { EntityName } from "@/components/entities/entity-name";
import { EntityPicker } from "@/components/entities/entity-picker";
import { eventTitle } from "@/components/review/to-view";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import type { TFormState } from "./claim-form-state";
import { ErrorText } from "./figure-inputs";
import { CLAIM_STATUSES, KNOWN_CHANNELS, type TArticleSpan, type TEventRef, type TLabelRef } from "./types";
import { useClaimsI18n } from "./use-claims-i18n";

/** What every part of the claim form gets: the values, a way to change them, field errors, an id prefix. */
export type TFieldsProps = {
  id: string;
  state: TFormState;
  update: (patch: Partial<TFormState>) => void;
  err: Record<string, string>;
};

function shortQuote(quote: string, max = 60): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Who says it: a span of the article, an entity of the registry, how it is attributed and through which channel. */
export function SpeakerFields({
  id,
  state,
  update,
  err,
  projectId,
  spans,
  labels,
}: TFieldsProps & { projectId: string; spans: TArticleSpan[] | null; labels: TLabelRef[] }) {
  const { m, locale } = useClaimsI18n();
  const labelsById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels]);
  const speakerSpan = spans?.find((s) => s.id === state.speakerSpanId);
  const labelName = (labelId: string) => {
    const label = labelsById.get(labelId);
    return label ? ` — ${locale === "ar" ? label.nameAr : label.name}` : "";
  };
  return (
    <section aria-label={m.form.speakerTitle} className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
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
            {(spans ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {`«${shortQuote(s.quote, 40)}»${labelName(s.labelId)}`}
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
  );
}

/** When and where it happened, and the event it belongs to. */
export function OccasionFields({ id, state, update, err, events }: TFieldsProps & { events: TEventRef[] }) {
  const { m, t, locale } = useClaimsI18n();
  return (
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
              {eventTitle(event, locale) || event.id.slice(0, 8)}
            </option>
          ))}
        </Select>
        <ErrorText message={err.eventId} />
      </Field>
    </div>
  );
}

/** The entities the claim is about, as removable chips and a picker for one more. */
export function AboutFields({ state, update, err, projectId }: Omit<TFieldsProps, "id"> & { projectId: string }) {
  const { m, t } = useClaimsI18n();
  return (
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
  );
}

/** Where the claim stands in review, and the analyst's note. */
export function StatusFields({ id, state, update, err, canReview }: TFieldsProps & { canReview: boolean }) {
  const { m, t } = useClaimsI18n();
  // Only reviewers and managers mark a claim reviewed; an analyst still sees the status a claim already has.
  const statuses = CLAIM_STATUSES.filter((s) => canReview || s !== "REVIEWED" || state.status === "REVIEWED");
  return (
    <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
      <Field label={m.form.status} htmlFor={`${id}-status`}>
        <Select
          id={`${id}-status`}
          value={state.status}
          onChange={(e) => update({ status: statuses.find((s) => s === e.target.value) ?? state.status })}
        >
          {statuses.map((s) => (
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
  );
}
