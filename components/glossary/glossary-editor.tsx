"use client";

import { useMemo, useState, type FormEvent } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { conflictRecord } from "@/components/ui/conflict";
import { Input } from "@/components/ui/form";
import { useSubmit } from "@/components/ui/use-submit";
import { matchKey } from "@/lib/arabic/normalize";
import type { TGlossaryTerm } from "@/lib/glossary/schemas";
import { ZGlossaryTerm } from "@/lib/glossary/schemas";
import { format, formatNumber } from "@/lib/i18n/format";

const enc = encodeURIComponent;

/**
 * The project glossary (Arabic term → English) on the settings page: everyone reads and filters
 * it; managers add terms, change their English, and remove them with an undo (a removed term is
 * kept and can be restored). Every change is version-checked.
 */
export function GlossaryEditor({
  projectId,
  initial,
  canEdit,
}: {
  projectId: string;
  initial: TGlossaryTerm[];
  canEdit: boolean;
}) {
  const { locale, m } = useFeatureI18n("glossary");
  const [terms, setTerms] = useState(initial);
  const [removed, setRemoved] = useState<TGlossaryTerm[]>([]);
  const [filter, setFilter] = useState("");
  const [draft, setDraft] = useState({ arabic: "", english: "" });
  const [editing, setEditing] = useState<{ id: string; english: string } | null>(null);
  const { busy, error, run } = useSubmit();

  const shown = useMemo(() => {
    const key = matchKey(filter.trim());
    const latin = filter.trim().toLowerCase();
    if (!latin) return terms;
    return terms.filter((t) => matchKey(t.arabic).includes(key) || t.english.toLowerCase().includes(latin));
  }, [terms, filter]);

  const replace = (next: TGlossaryTerm) => setTerms((list) => list.map((t) => (t.id === next.id ? next : t)));
  const onConflict = (caught: unknown) => {
    const current = conflictRecord(caught, ZGlossaryTerm);
    if (!current) return undefined;
    replace(current);
    setEditing(null);
    return m.conflict;
  };

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const term = await apiFetch<TGlossaryTerm>(`/api/v1/projects/${enc(projectId)}/glossary`, {
        method: "POST",
        json: draft,
      });
      setTerms((list) => [term, ...list]);
      setDraft({ arabic: "", english: "" });
    });
  }

  async function save(term: TGlossaryTerm, english: string) {
    await run(async () => {
      replace(
        await apiFetch<TGlossaryTerm>(`/api/v1/glossary/${enc(term.id)}`, {
          method: "PATCH",
          json: { version: term.version, english },
        }),
      );
      setEditing(null);
    }, onConflict);
  }

  async function remove(term: TGlossaryTerm) {
    await run(async () => {
      const gone = await apiFetch<TGlossaryTerm>(`/api/v1/glossary/${enc(term.id)}`, {
        method: "DELETE",
        json: { version: term.version },
      });
      setTerms((list) => list.filter((t) => t.id !== term.id));
      setRemoved((list) => [gone, ...list]);
    }, onConflict);
  }

  async function restore(term: TGlossaryTerm) {
    await run(async () => {
      const back = await apiFetch<TGlossaryTerm>(`/api/v1/glossary/${enc(term.id)}/restore`, {
        method: "POST",
        json: { version: term.version },
      });
      setRemoved((list) => list.filter((t) => t.id !== term.id));
      setTerms((list) => [back, ...list]);
    });
  }

  return (
    <div className="flex flex-col gap-3" data-testid="glossary">
      {!canEdit ? <p className="text-sm text-slate-600">{m.readOnly}</p> : null}
      {error ? (
        <Alert tone="error">
          <span dir="auto">{error}</span>
        </Alert>
      ) : null}
      {canEdit ? (
        <form onSubmit={add} className="flex flex-wrap items-end gap-2" aria-label={m.add}>
          <div className="w-56">
            <Input
              aria-label={m.arabic}
              placeholder={m.arabic}
              dir="rtl"
              lang="ar"
              required
              maxLength={200}
              value={draft.arabic}
              onChange={(e) => setDraft((d) => ({ ...d, arabic: e.target.value }))}
              data-testid="glossary-new-arabic"
            />
          </div>
          <div className="w-56">
            <Input
              aria-label={m.english}
              placeholder={m.english}
              dir="ltr"
              lang="en"
              required
              maxLength={200}
              value={draft.english}
              onChange={(e) => setDraft((d) => ({ ...d, english: e.target.value }))}
              data-testid="glossary-new-english"
            />
          </div>
          <Button type="submit" variant="primary" size="sm" disabled={busy} data-testid="glossary-add">
            {busy ? m.adding : m.add}
          </Button>
        </form>
      ) : null}
      {removed.map((term) => (
        <p key={term.id} className="flex items-center gap-2 text-sm text-slate-600" data-testid="glossary-removed">
          <span>
            {m.removed}{" "}
            <bdi dir="rtl" lang="ar" className="text-arabic">
              {term.arabic}
            </bdi>
          </span>
          <Button size="sm" variant="ghost" onClick={() => void restore(term)} disabled={busy}>
            {m.restore}
          </Button>
        </p>
      ))}
      <div className="flex items-center gap-3">
        <div className="w-64">
          <Input
            type="search"
            aria-label={m.filter}
            placeholder={m.filter}
            dir="auto"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        <span className="whitespace-nowrap text-xs text-slate-500">
          {format(m.count, { count: formatNumber(terms.length, locale) })}
        </span>
      </div>
      <div className="max-h-[28rem] overflow-auto rounded border border-slate-200">
        <table className="w-full text-sm">
          <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600">
            <tr>
              <th className="px-3 py-2 text-start font-semibold">{m.arabic}</th>
              <th className="px-3 py-2 text-start font-semibold">{m.english}</th>
              {canEdit ? <th className="px-3 py-2 text-end font-semibold">{m.actions}</th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((term) => (
              <tr key={term.id} data-testid="glossary-term">
                <td dir="rtl" lang="ar" className="text-arabic px-3 py-1.5 text-base text-slate-900">
                  {term.arabic}
                </td>
                <td dir="ltr" lang="en" className="px-3 py-1.5 text-start text-slate-800">
                  {editing?.id === term.id ? (
                    <form
                      className="flex gap-1"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void save(term, editing.english);
                      }}
                    >
                      <Input
                        aria-label={m.english}
                        value={editing.english}
                        maxLength={200}
                        onChange={(e) => setEditing({ id: term.id, english: e.target.value })}
                      />
                      <Button type="submit" size="sm" variant="primary" disabled={busy}>
                        {m.save}
                      </Button>
                      <Button size="sm" onClick={() => setEditing(null)}>
                        {m.cancel}
                      </Button>
                    </form>
                  ) : (
                    term.english
                  )}
                </td>
                {canEdit ? (
                  <td className="whitespace-nowrap px-3 py-1.5 text-end">
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => setEditing({ id: term.id, english: term.english })}
                    >
                      {m.edit}
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => void remove(term)} disabled={busy}>
                      {m.remove}
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? (
          <p className="px-3 py-4 text-center text-sm text-slate-500">{terms.length ? m.noMatch : m.empty}</p>
        ) : null}
      </div>
    </div>
  );
}
