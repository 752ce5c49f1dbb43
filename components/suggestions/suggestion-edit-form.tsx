"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select } from "@/components/ui/form";
import type { SuggestionMessages } from "./messages";
import type { TFigureValueJson, TSuggestionJson } from "./types";
import { stepWord } from "./word-step";
import { useSpeakerEntities } from "./use-speaker-entities";
import { FigureInput } from "./figure-input";

export type TSuggestionEditsJson = {
  start?: number;
  end?: number;
  speaker?: null | { start: number; end: number };
  claim?: null | {
    attribution?: string;
    channel?: string;
    figures?: Record<string, unknown>;
    speakerEntityId?: string | null;
  };
};

function asValue(v: unknown): TFigureValueJson | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as Record<string, unknown>;
  return {
    qualifier: typeof o.qualifier === "string" ? o.qualifier : "exactly",
    ...(typeof o.value === "number" ? { value: o.value } : {}),
  };
}

type TRange = { start: number; end: number };

function text(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/**
 * Edit-then-accept: the main range, and the claim fields that matter for the kind (speaker and
 * channel for statements; killed/injured, victims and cause for casualties; thing, number and
 * dates for counts). Only what was changed is sent; the server fills the rest from the proposal.
 */
export function SuggestionEditForm({
  s,
  m,
  busy,
  articleText,
  selection,
  projectId,
  onCancel,
  onAccept,
}: {
  s: TSuggestionJson;
  m: SuggestionMessages;
  busy: boolean;
  /** The article's text, to show the words a changed range covers (never raw offsets). */
  articleText?: string;
  /** The words last selected in the reader, for "use the selection". */
  selection?: TRange | null;
  /** The project, to offer its people and organisations as the statement's speaker. */
  projectId?: string;
  onCancel: () => void;
  onAccept: (edits: TSuggestionEditsJson) => void;
}) {
  const id = useId();
  const figures = s.claim?.figures ?? {};
  const [start, setStart] = useState(s.start);
  const [end, setEnd] = useState(s.end);
  const [dropSpeaker, setDropSpeaker] = useState(false);
  const [speakerRange, setSpeakerRange] = useState<TRange | null>(null);
  const [speakerEntityId, setSpeakerEntityId] = useState("");
  const speakers = useSpeakerEntities(s.claim?.kind === "STATEMENT" ? projectId : undefined);
  // A click here takes the focus from the text and clears its selection: keep the last one seen.
  const [picked, setPicked] = useState<TRange | null>(null);
  useEffect(() => {
    if (selection && selection.end > selection.start) setPicked(selection);
  }, [selection]);
  const words = (r: TRange) => (articleText ? articleText.slice(r.start, r.end) : "");
  const step = (side: "start" | "end", grow: boolean) => {
    if (!articleText) return;
    const next = stepWord(articleText, { start, end }, side, grow);
    setStart(next.start);
    setEnd(next.end);
  };
  const [spanOnly, setSpanOnly] = useState(false);
  const [attribution, setAttribution] = useState(s.claim?.attribution ?? "");
  const [channel, setChannel] = useState(s.claim?.channel ?? "");
  const [killed, setKilled] = useState(asValue(figures.killed));
  const [injured, setInjured] = useState(asValue(figures.injured));
  const [victims, setVictims] = useState(text(figures.victims));
  const [perpetrator, setPerpetrator] = useState(text(figures.perpetrator));
  const [thing, setThing] = useState(text(figures.thing));
  const [count, setCount] = useState(asValue(figures.value));
  const [since, setSince] = useState(text(figures.since));
  const [asOf, setAsOf] = useState(text(figures.asOf));

  function submit(event: FormEvent) {
    event.preventDefault();
    const edits: TSuggestionEditsJson = {};
    if (start !== s.start || end !== s.end) Object.assign(edits, { start, end });
    if (dropSpeaker) edits.speaker = null;
    else if (speakerRange) edits.speaker = speakerRange;
    if (spanOnly || !s.claim) {
      if (s.claim) edits.claim = null;
    } else if (s.claim.kind === "STATEMENT") {
      edits.claim = { attribution, channel, ...(speakerEntityId ? { speakerEntityId } : {}) };
    } else if (s.claim.kind === "CASUALTY") {
      edits.claim = {
        figures: { ...(killed ? { killed } : {}), ...(injured ? { injured } : {}), victims, perpetrator },
      };
    } else {
      edits.claim = {
        figures: {
          thing,
          value: count ?? { qualifier: "exactly" },
          ...(since ? { since } : {}),
          ...(asOf ? { asOf } : {}),
        },
      };
    }
    onAccept(edits);
  }

  return (
    <form onSubmit={submit} className="mt-2 flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      {articleText ? (
        <fieldset className="flex flex-col gap-1.5" data-testid="suggestion-bounds">
          <legend className="text-xs font-semibold text-slate-700">{m.panel.bounds}</legend>
          <p
            dir="rtl"
            lang="ar"
            className="rounded border border-dashed border-slate-400 bg-white px-1.5 py-0.5 text-sm leading-7"
            data-testid="suggestion-bounds-quote"
          >
            {words({ start, end })}
          </p>
          <div className="flex flex-wrap gap-1">
            <Button size="sm" variant="ghost" onClick={() => step("start", true)}>
              {m.panel.startMore}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => step("start", false)}>
              {m.panel.startLess}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => step("end", true)}>
              {m.panel.endMore}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => step("end", false)}>
              {m.panel.endLess}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={!picked}
              title={picked ? undefined : m.panel.selectFirst}
              onClick={() => {
                if (!picked) return;
                setStart(picked.start);
                setEnd(picked.end);
              }}
            >
              {m.panel.useSelection}
            </Button>
          </div>
        </fieldset>
      ) : null}{" "}
      {s.claim?.kind === "STATEMENT" && !spanOnly ? (
        <>
          <Field label={m.panel.attribution} htmlFor={`${id}-attr`}>
            <Input id={`${id}-attr`} dir="auto" value={attribution} onChange={(e) => setAttribution(e.target.value)} />
          </Field>
          <Field label={m.panel.channel} htmlFor={`${id}-channel`}>
            <Input id={`${id}-channel`} dir="auto" value={channel} onChange={(e) => setChannel(e.target.value)} />
          </Field>
          {articleText ? (
            <div className="flex flex-col gap-1">
              <Button
                size="sm"
                variant="ghost"
                disabled={!picked}
                title={picked ? undefined : m.panel.selectFirst}
                onClick={() => {
                  if (!picked) return;
                  setSpeakerRange(picked);
                  setDropSpeaker(false);
                }}
              >
                {m.panel.speakerFromSelection}
              </Button>
              {speakerRange ? (
                <p className="text-xs text-slate-600" data-testid="suggestion-new-speaker">
                  {m.panel.speaker}:{" "}
                  <bdi lang="ar" className="font-medium text-slate-800">
                    {words(speakerRange)}
                  </bdi>
                </p>
              ) : null}
            </div>
          ) : null}
          {speakers.length > 0 ? (
            <Field label={m.panel.speakerEntity} htmlFor={`${id}-speaker-entity`}>
              <Select
                id={`${id}-speaker-entity`}
                value={speakerEntityId}
                onChange={(e) => setSpeakerEntityId(e.target.value)}
              >
                <option value="">{m.panel.speakerEntityAsProposed}</option>
                {speakers.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.nameAr}
                    {e.nameEn ? ` — ${e.nameEn}` : ""}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          {s.speaker ? (
            <Checkbox
              id={`${id}-nospeaker`}
              label={m.panel.dropSpeaker}
              checked={dropSpeaker}
              onChange={(e) => setDropSpeaker(e.target.checked)}
            />
          ) : null}
        </>
      ) : null}
      {s.claim?.kind === "CASUALTY" && !spanOnly ? (
        <>
          <FigureInput id={`${id}-killed`} label={m.panel.killed} value={killed} onChange={setKilled} m={m} />
          <FigureInput id={`${id}-injured`} label={m.panel.injured} value={injured} onChange={setInjured} m={m} />
          <Field label={m.panel.victims} htmlFor={`${id}-victims`}>
            <Input id={`${id}-victims`} dir="auto" value={victims} onChange={(e) => setVictims(e.target.value)} />
          </Field>
          <Field label={m.panel.perpetrator} htmlFor={`${id}-perp`}>
            <Input id={`${id}-perp`} dir="auto" value={perpetrator} onChange={(e) => setPerpetrator(e.target.value)} />
          </Field>
        </>
      ) : null}
      {s.claim?.kind === "COUNT" && !spanOnly ? (
        <>
          <Field label={m.panel.thing} htmlFor={`${id}-thing`}>
            <Input id={`${id}-thing`} dir="auto" value={thing} onChange={(e) => setThing(e.target.value)} />
          </Field>
          <FigureInput id={`${id}-count`} label={m.panel.value} value={count} onChange={setCount} m={m} />
          <div className="grid grid-cols-2 gap-2">
            <Field label={m.panel.since} htmlFor={`${id}-since`}>
              <Input id={`${id}-since`} type="date" value={since} onChange={(e) => setSince(e.target.value)} />
            </Field>
            <Field label={m.panel.asOf} htmlFor={`${id}-asof`}>
              <Input id={`${id}-asof`} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
            </Field>
          </div>
        </>
      ) : null}
      {s.claim ? (
        <Checkbox
          id={`${id}-spanonly`}
          label={m.panel.spanOnly}
          checked={spanOnly}
          onChange={(e) => setSpanOnly(e.target.checked)}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={busy}>
          {m.panel.acceptEdited}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel} disabled={busy}>
          {m.panel.cancel}
        </Button>
      </div>
    </form>
  );
}
