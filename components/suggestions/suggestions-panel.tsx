"use client";

import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch, describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/form";
import { useSubmits } from "@/components/ui/use-submit";
import { format } from "@/lib/i18n/format";
import { formatPlural } from "@/lib/i18n/icu";
import type { TSuggestionEditsJson } from "./suggestion-edit-form";
import {
  KIND_ORDER,
  type TAcceptResultJson,
  type TSuggestionJson,
  type TSuggestionKind,
  type TSuggestionListJson,
} from "./types";
import { SuggestionGroupHeader } from "./suggestion-group-header";
import { SuggestionItem } from "./suggestion-item";

export type TSuggestionDecision =
  | { type: "accepted"; suggestion: TSuggestionJson; result: TAcceptResultJson }
  | { type: "rejected"; suggestion: TSuggestionJson }
  | { type: "bulk"; kind: TSuggestionKind; decision: "accept" | "reject" };

/** How often to look again while a run is still reading the article. */
const POLL_MS = 2000;

/** What the reader asks of the panel: decide one suggestion (false when it is not open here). */
export type TSuggestionsHandle = { decide: (id: string, decision: "accept" | "reject") => boolean };

const confidenceOf = (s: TSuggestionJson) => s.provenance?.confidence ?? -1;

/**
 * The article's open suggestions, grouped by kind: accept, edit then accept, or reject each, or
 * accept (above a confidence) / reject all of a kind. `onDecided` lets the reader redraw (an
 * accepted suggestion is now a normal span); `onFocus` lets it scroll to the suggestion's place;
 * `refreshKey` reloads the list; `onLoaded` hands the open suggestions to the reader whenever they
 * change (to draw them dashed); `shown` is whether the reader draws them, `selectedId` the one
 * picked in the text (marked here, decided with the reader's A and R keys through the handle).
 */
export const SuggestionsPanel = forwardRef<
  TSuggestionsHandle,
  {
    articleId: string;
    onDecided?: (decision: TSuggestionDecision) => void;
    onFocus?: (suggestion: TSuggestionJson) => void;
    onLoaded?: (open: TSuggestionJson[]) => void;
    refreshKey?: number;
    shown?: boolean;
    onShownChange?: (shown: boolean) => void;
    selectedId?: string | null;
    /** The article's text and the reader's selection, for editing a suggestion's words and speaker. */
    articleText?: string;
    selection?: { start: number; end: number } | null;
    projectId?: string;
  }
>(function SuggestionsPanel(
  {
    articleId,
    onDecided,
    onFocus,
    onLoaded,
    refreshKey = 0,
    shown,
    onShownChange,
    selectedId = null,
    articleText,
    selection = null,
    projectId,
  },
  ref,
) {
  const { locale, m } = useFeatureI18n("suggestions");
  const [list, setList] = useState<TSuggestionListJson | null>(null);
  const { busy, error, setError, run } = useSubmits<string>();
  const [editing, setEditing] = useState<string | null>(null);
  const [minConfidence, setMinConfidence] = useState<Partial<Record<TSuggestionKind, number>>>({});
  const sectionRef = useRef<HTMLElement>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setList(await apiFetch<TSuggestionListJson>(`/api/v1/articles/${articleId}/suggestions`, { signal }));
        setError(null);
      } catch (e) {
        if (e instanceof DOMException && e.name === "AbortError") return;
        setError(describeError(e, m.panel));
      }
    },
    [articleId, m.panel, setError],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, refreshKey]);

  const running = list?.run && (list.run.status === "QUEUED" || list.run.status === "RUNNING");
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, load]);

  async function act(key: string, work: () => Promise<void>) {
    await run(key, work, (e) => describeError(e, m.panel));
  }

  const remove = (id: string) =>
    setList((l) => (l ? { ...l, suggestions: l.suggestions.filter((s) => s.id !== id) } : l));

  const accept = (s: TSuggestionJson, edits?: TSuggestionEditsJson) =>
    act(s.id, async () => {
      const result = await apiFetch<TAcceptResultJson>(`/api/v1/suggestions/${s.id}/accept`, {
        method: "POST",
        json: { version: s.version, ...(edits ? { edits } : {}) },
      });
      setEditing(null);
      remove(s.id);
      onDecided?.({ type: "accepted", suggestion: result.suggestion, result });
    });

  const reject = (s: TSuggestionJson) =>
    act(s.id, async () => {
      const suggestion = await apiFetch<TSuggestionJson>(`/api/v1/suggestions/${s.id}/reject`, {
        method: "POST",
        json: { version: s.version },
      });
      remove(s.id);
      onDecided?.({ type: "rejected", suggestion });
    });

  const decideAll = (kind: TSuggestionKind, decision: "accept" | "reject", count: number) => {
    if (
      decision === "reject" &&
      !window.confirm(formatPlural(m.panel.confirmRejectAll, count, locale, { kind: m.kinds[kind] }))
    )
      return;
    const threshold = decision === "accept" ? minConfidence[kind] : undefined;
    void act(`all:${kind}`, async () => {
      const result = await apiFetch<{ decided: number; failed: Array<{ id: string; message: string }> }>(
        `/api/v1/articles/${articleId}/suggestions/decide`,
        {
          method: "POST",
          json: { kind, decision, ...(threshold === undefined ? {} : { minConfidence: threshold }) },
        },
      );
      await load();
      onDecided?.({ type: "bulk", kind, decision });
      const first = result.failed[0];
      if (first) setError(format(m.panel.partlyFailed, { count: result.failed.length, reason: first.message }));
    });
  };

  const readAgain = () =>
    act("run", async () => {
      setList(await apiFetch<TSuggestionListJson>(`/api/v1/articles/${articleId}/suggestions/run`, { method: "POST" }));
    });

  const open = useMemo(() => list?.suggestions.filter((s) => s.state === "OPEN") ?? [], [list]);
  useEffect(() => {
    if (list) onLoaded?.(open);
  }, [list, open, onLoaded]);
  const groups = KIND_ORDER.map((kind) => ({ kind, items: open.filter((s) => s.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );

  useImperativeHandle(ref, () => ({
    decide(id, decision) {
      const s = open.find((x) => x.id === id);
      if (!s || busy()) return false;
      void (decision === "accept" ? accept(s) : reject(s));
      return true;
    },
  }));

  // The suggestion picked in the text comes into view here, without taking the focus from the text.
  useEffect(() => {
    if (!selectedId) return;
    sectionRef.current
      ?.querySelector(`[data-suggestion-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  return (
    <section
      ref={sectionRef}
      aria-labelledby={`suggestions-${articleId}`}
      className="flex flex-col gap-3"
      data-testid="suggestions-panel"
      data-settled={list !== null && !running ? "true" : "false"}
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 id={`suggestions-${articleId}`} className="text-sm font-semibold text-slate-900">
            {m.panel.title}
          </h2>
          <p className="text-xs text-slate-500">{m.panel.help}</p>
        </div>
        <Button size="sm" onClick={() => void readAgain()} disabled={busy()}>
          {busy("run") ? m.panel.reading2 : m.panel.readAgain}
        </Button>
      </div>
      {onShownChange ? (
        <div className="flex flex-col gap-1">
          <Checkbox
            id={`suggestions-shown-${articleId}`}
            label={m.panel.showInText}
            checked={shown ?? true}
            onChange={(e) => onShownChange(e.target.checked)}
          />
          <p className="text-xs text-slate-500">{m.panel.keys}</p>
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {running ? (
        <p className="text-xs text-slate-600" role="status">
          {m.panel.reading}
        </p>
      ) : null}
      {list === null && !error ? <p className="text-sm text-slate-500">{m.panel.loading}</p> : null}
      {list !== null && groups.length === 0 ? <p className="text-sm text-slate-500">{m.panel.empty}</p> : null}
      {groups.map(({ kind, items }) => {
        const threshold = minConfidence[kind];
        const accepting = threshold === undefined ? items : items.filter((s) => confidenceOf(s) >= threshold);
        const withConfidence = items.some((s) => confidenceOf(s) >= 0);
        return (
          <div key={kind} className="rounded-md border border-slate-200" data-kind={kind}>
            <SuggestionGroupHeader
              kind={kind}
              m={m}
              count={items.length}
              accepting={accepting.length}
              threshold={threshold}
              withConfidence={withConfidence}
              busy={busy()}
              onThreshold={(value) => setMinConfidence((current) => ({ ...current, [kind]: value }))}
              onAcceptAll={() => decideAll(kind, "accept", accepting.length)}
              onRejectAll={() => decideAll(kind, "reject", items.length)}
            />
            <ul className="divide-y divide-slate-100">
              {items.map((s) => (
                <SuggestionItem
                  key={s.id}
                  s={s}
                  m={m}
                  locale={locale}
                  selected={s.id === selectedId}
                  articleText={articleText}
                  selection={selection}
                  projectId={projectId}
                  busy={busy(s.id) || busy(`all:${kind}`)}
                  editing={editing === s.id}
                  onFocus={() => onFocus?.(s)}
                  onAccept={(edits) => void accept(s, edits)}
                  onReject={() => void reject(s)}
                  onEdit={() => setEditing(editing === s.id ? null : s.id)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
});
