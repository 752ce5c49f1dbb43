"use client";

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { useSubmit } from "@/components/ui/use-submit";
import { CurationEditForm, CurationKeys } from "./curation-parts";
import { type TCurationAction, useCurationKeys } from "./use-curation-keys";
import { withAlpha } from "@/components/annotator/label-style";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { format } from "@/lib/i18n/format";
import type { TCurationView } from "@/lib/curation/schemas";

type TItem = TCurationView["items"][number];
type TSpan = TItem["curated"][number];
type TView = TCurationView;

const decided = (item: TItem) => item.curated.length > 0 || item.rejected;

/** What a failed action shows: the server's message as it came (no network wording of its own). */
const errorMessage = (caught: unknown) => (caught instanceof Error ? caught.message : String(caught));

/**
 * Items the server renders and the browser hydrates; the rest are drawn right after, as a
 * transition that yields to the curator's keys. A view of hundreds of items opens at this cost.
 */
const FIRST_ROWS = 60;

/**
 * The side-by-side curation view of one article: a row per item (the analysts' spans lined up),
 * a column per analyst and one for the curated layer, the differences marked. The curator moves
 * with j/k between items that differ and decides each by key (1–9 take, m merge, e edit, x reject)
 * or by its buttons; c marks the article curated. Strings come in the interface language only.
 */
export function CurationView({ initial }: { initial: TView }) {
  const { locale, m: all } = useFeatureI18n("curation");
  const m = all.view;
  const [view, setView] = useState<TView>(initial);
  const [selected, setSelected] = useState(0);
  const [editing, setEditing] = useState<{ start: number; end: number; labelId: string } | null>(null);
  const { busy, error, run } = useSubmit();
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  useEffect(() => startTransition(() => setDrawn(Number.POSITIVE_INFINITY)), []);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const labels = useMemo(() => new Map(view.labels.map((l) => [l.id, l])), [view.labels]);
  const labelName = (id: string) => {
    const l = labels.get(id);
    return l ? (locale === "ar" && l.nameAr ? l.nameAr : l.name) : "?";
  };
  const curated = view.article.curatedAt !== null;
  const item = view.items[selected];
  const counts = {
    items: view.items.length,
    differing: view.items.filter((i) => i.differences.length > 0).length,
    decided: view.items.filter(decided).length,
  };

  const send = useCallback(
    (target: TItem, action: TCurationAction) =>
      run(async () => {
        const next = await apiFetch<TView>(`/api/v1/articles/${view.article.id}/curation/items`, {
          method: "POST",
          json: {
            ...action,
            spanIds: target.versions.flatMap((v) => (v ? [v.id] : [])),
            curatedSpanIds: target.curated.map((c) => c.id),
          },
        });
        setView(next);
        setEditing(null);
      }, errorMessage),
    [run, view.article.id],
  );

  const markCurated = useCallback(
    () =>
      run(async () => {
        const answer = await apiFetch<{ curatedAt: string | null }>(`/api/v1/articles/${view.article.id}/curation`, {
          method: "PUT",
          json: { curated: !curated },
        });
        setView((v) => ({ ...v, article: { ...v.article, curatedAt: answer.curatedAt } }));
      }, errorMessage),
    [run, curated, view.article.id],
  );

  const startEdit = useCallback((target: TItem) => {
    const base = target.curated[0] ?? target.versions.find((v) => v !== null);
    if (base) setEditing({ start: base.start, end: base.end, labelId: base.labelId });
  }, []);

  const move = useCallback(
    (step: 1 | -1) => {
      const differing = view.items.flatMap((i, n) => (i.differences.length > 0 ? [n] : []));
      const stops = differing.length > 0 ? differing : view.items.map((_, n) => n);
      if (stops.length === 0) return;
      const next =
        step === 1
          ? (stops.find((n) => n > selected) ?? stops[stops.length - 1])
          : ([...stops].reverse().find((n) => n < selected) ?? stops[0]);
      setSelected(next ?? 0);
      setEditing(null);
    },
    [selected, view.items],
  );

  useEffect(() => {
    rows.current[selected]?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  useCurationKeys({ busy, item, analysts: view.analysts, move, markCurated, send, startEdit });

  const spanCell = (span: TSpan | null, testId: string) =>
    span ? (
      <div className="flex flex-col gap-1" data-testid={testId}>
        <span
          className="w-fit rounded px-1.5 py-0.5 text-xs font-medium text-slate-900"
          style={{ backgroundColor: withAlpha(labels.get(span.labelId)?.color ?? "#64748b", 0.25) }}
        >
          {labelName(span.labelId)}
        </span>
        <span dir="rtl" lang="ar" className="self-start text-sm text-slate-900">
          {span.quote}
        </span>
        <span className="self-start text-xs text-slate-500" dir="ltr">
          {span.start}–{span.end}
        </span>
        {span.claims.map((c) => (
          <span key={c.id} className="text-xs text-slate-700">
            {m.kinds[c.kind]}
            {c.killed !== null ? ` · ${format(m.killed, { n: c.killed })}` : ""}
            {c.injured !== null ? ` · ${format(m.injured, { n: c.injured })}` : ""}
            {c.value !== null ? ` · ${format(m.count, { thing: c.thing, n: c.value })}` : ""}
          </span>
        ))}
      </div>
    ) : (
      <span className="text-slate-400" data-testid={testId}>
        {m.none}
      </span>
    );

  return (
    <div className="flex flex-col gap-4" data-testid="curation-view">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-slate-700" data-testid="curation-counts">
          {format(m.subtitle, counts)}
        </p>
        <Button
          variant={curated ? "secondary" : "primary"}
          disabled={busy}
          onClick={() => void markCurated()}
          data-testid="curation-mark"
        >
          {curated ? all.reopen : all.markCurated}
        </Button>
        <span role="status" className="text-sm text-slate-600" data-testid="curation-state">
          {busy ? m.saving : curated ? all.curated : all.notCurated}
        </span>
      </div>
      {view.article.independentAnnotation ? null : <Alert tone="info">{m.notIndependent}</Alert>}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <CurationKeys m={m} />
      {view.items.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-4 py-8 text-center text-sm text-slate-600">
          {m.noItems}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full border-collapse text-start text-sm" data-testid="curation-table">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th className="px-3 py-2 text-start font-medium">{m.item}</th>
                {view.analysts.map((a, n) => (
                  <th key={a.id} className="px-3 py-2 text-start font-medium">
                    {n + 1}. <bdi>{a.name}</bdi>
                  </th>
                ))}
                <th className="px-3 py-2 text-start font-medium">{m.curatedLayer}</th>
                <th className="min-w-64 px-3 py-2 text-start font-medium">{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {view.items.slice(0, drawn).map((row, n) => {
                const isSelected = n === selected;
                return (
                  <tr
                    key={row.key}
                    ref={(el) => {
                      rows.current[n] = el;
                    }}
                    aria-selected={isSelected}
                    data-testid="curation-item"
                    data-differences={row.differences.join(" ")}
                    data-decided={decided(row) ? "true" : "false"}
                    onClick={() => setSelected(n)}
                    className={`border-t border-slate-100 align-top ${isSelected ? "bg-blue-50 outline outline-2 -outline-offset-2 outline-blue-500" : row.differences.length > 0 ? "bg-amber-50/40" : ""}`}
                  >
                    <td className="px-3 py-2">
                      <div className="flex flex-col gap-1">
                        <span className="text-xs text-slate-500" dir="ltr">
                          #{n + 1}
                        </span>
                        {row.differences.length === 0 ? (
                          <span className="w-fit rounded bg-emerald-100 px-1.5 text-xs text-emerald-900">
                            {m.agreed}
                          </span>
                        ) : (
                          row.differences.map((d) => (
                            <span
                              key={d}
                              className="w-fit rounded bg-amber-100 px-1.5 text-xs text-amber-900"
                              data-testid="curation-difference"
                            >
                              {m.differences[d]}
                            </span>
                          ))
                        )}
                      </div>
                    </td>
                    {row.versions.map((v, a) => (
                      <td key={view.analysts[a]?.id ?? a} className="px-3 py-2">
                        {spanCell(v, `curation-version-${a + 1}`)}
                      </td>
                    ))}
                    <td className="px-3 py-2 bg-slate-50/60" data-testid="curation-curated">
                      {isSelected && editing ? (
                        <CurationEditForm
                          m={m}
                          editing={editing}
                          labels={view.labels}
                          labelName={labelName}
                          busy={busy}
                          onChange={setEditing}
                          onSave={() => void send(row, { action: "edit", ...editing })}
                        />
                      ) : row.curated.length > 0 ? (
                        <div className="flex flex-col gap-2">
                          {row.curated.map((c) => spanCell(c, "curation-curated-span"))}
                        </div>
                      ) : (
                        <span className="text-xs text-slate-500">{row.rejected ? m.rejected : m.undecided}</span>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {/* The selected item's buttons only: hundreds of rows each with five buttons cost the page its opening time. */}
                      {isSelected ? (
                        <div className="flex flex-wrap gap-1" data-testid="curation-actions">
                          {view.analysts.map((a, i) =>
                            row.versions[i] ? (
                              <Button
                                key={a.id}
                                size="sm"
                                disabled={busy}
                                onClick={() => void send(row, { action: "take", analystId: a.id })}
                              >
                                {format(m.takeN, { n: i + 1 })}
                              </Button>
                            ) : null,
                          )}
                          <Button size="sm" disabled={busy} onClick={() => void send(row, { action: "merge" })}>
                            {m.merge}
                          </Button>
                          <Button
                            size="sm"
                            disabled={busy}
                            onClick={() => {
                              setSelected(n);
                              startEdit(row);
                            }}
                          >
                            {m.edit}
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            disabled={busy}
                            onClick={() => void send(row, { action: "reject" })}
                          >
                            {m.reject}
                          </Button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
