"use client";

import { Button } from "@/components/ui/button";
import { formatFigure, ZFigureValue } from "@/lib/claims/figures";
import type { SuggestionMessages } from "./messages";
import { SuggestionEditForm, type TSuggestionEditsJson } from "./suggestion-edit-form";
import type { TSuggestionJson } from "./types";

function figure(v: unknown, locale: "en" | "ar"): string | null {
  const parsed = ZFigureValue.safeParse(v);
  return parsed.success ? formatFigure(parsed.data, locale) : null;
}

/** What the suggestion would record, in the reader's language (the API's `summary` is English). */
function Details({ s, m, locale }: { s: TSuggestionJson; m: SuggestionMessages; locale: "en" | "ar" }) {
  const f = s.claim?.figures ?? {};
  const str = (k: "victims" | "perpetrator" | "thing" | "asOf" | "since") => f[k] || null;
  const rows: Array<[string, string | null]> =
    s.kind === "STATEMENT"
      ? [[m.panel.channel, s.claim?.channel || null]]
      : s.kind === "CASUALTY"
        ? [
            [m.panel.killed, figure(f.killed, locale)],
            [m.panel.injured, figure(f.injured, locale)],
            [m.panel.victims, str("victims")],
            [m.panel.perpetrator, str("perpetrator")],
          ]
        : s.kind === "COUNT"
          ? [
              [m.panel.value, figure(f.value, locale)],
              [m.panel.thing, str("thing")],
              [m.panel.since, str("since")],
              [m.panel.asOf, str("asOf")],
            ]
          : s.kind === "DATE"
            ? [[m.kinds.DATE, s.date]]
            : [];
  const shown = rows.filter((r): r is [string, string] => r[1] !== null);
  if (shown.length === 0) return null;
  return (
    <dl className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
      {shown.map(([k, v]) => (
        <div key={k} className="flex gap-1">
          <dt>{k}:</dt>
          <dd dir="auto" className="font-medium text-slate-800">
            {v}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One open suggestion: its quote and what it would record, with accept, edit and reject (and the edit form when open). */
export function SuggestionItem({
  s,
  m,
  locale,
  selected,
  articleText,
  selection,
  projectId,
  busy,
  editing,
  onFocus,
  onAccept,
  onReject,
  onEdit,
}: {
  s: TSuggestionJson;
  m: SuggestionMessages;
  locale: "en" | "ar";
  selected: boolean;
  articleText?: string;
  selection: { start: number; end: number } | null;
  projectId?: string;
  busy: boolean;
  editing: boolean;
  onFocus: () => void;
  onAccept: (edits?: TSuggestionEditsJson) => void;
  onReject: () => void;
  onEdit: () => void;
}) {
  return (
    <li
      className={`px-3 py-2 ${selected ? "bg-amber-50 ring-2 ring-amber-400 ring-inset" : ""}`}
      data-suggestion-id={s.id}
      data-selected={selected ? "true" : undefined}
      aria-current={selected ? "true" : undefined}
    >
      <button type="button" onClick={onFocus} className="block w-full text-start">
        <p
          dir="auto"
          lang="ar"
          className="line-clamp-3 rounded border border-dashed border-slate-400 bg-white px-1.5 py-0.5 text-sm leading-7 text-slate-900"
        >
          {s.quote}
        </p>
        <Details s={s} m={m} locale={locale} />
        {s.speaker ? (
          <p className="mt-0.5 text-xs text-slate-600">
            {m.panel.speaker}:{" "}
            <span dir="auto" lang="ar" className="font-medium text-slate-800">
              {s.speaker.text}
            </span>
            {s.speaker.anonymous ? <span className="ms-1 text-slate-500">({m.panel.unnamed})</span> : null}
            {s.speaker.implicit ? <span className="ms-1 text-slate-500">({m.panel.speakerNamedEarlier})</span> : null}
          </p>
        ) : null}
      </button>
      <div className="mt-2 flex flex-wrap gap-1">
        <Button size="sm" variant="primary" disabled={busy} onClick={() => onAccept()}>
          {m.panel.accept}
        </Button>
        <Button size="sm" disabled={busy} onClick={onEdit} aria-expanded={editing}>
          {m.panel.edit}
        </Button>
        <Button size="sm" variant="ghost" disabled={busy} onClick={onReject}>
          {m.panel.reject}
        </Button>
      </div>
      {editing ? (
        <SuggestionEditForm
          s={s}
          m={m}
          busy={busy}
          articleText={articleText}
          selection={selection}
          projectId={projectId}
          onCancel={onEdit}
          onAccept={(edits) => onAccept(edits)}
        />
      ) : null}
    </li>
  );
}
