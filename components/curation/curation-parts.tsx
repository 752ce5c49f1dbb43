"use client";

import { Button } from "@/components/ui/button";
import type { TCurationView } from "@/lib/curation/schemas";
import type { Catalogue } from "@/lib/i18n/catalogue";

type TViewMessages = Catalogue["curation"]["view"];
type TEditing = { start: number; end: number; labelId: string };

/** The curator's keys, listed above the table. */
export function CurationKeys({ m }: { m: TViewMessages }) {
  return (
    <details className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm" open>
      <summary className="cursor-pointer font-medium text-slate-800">{m.keysTitle}</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="curation-keys">
        {(
          [
            ["j / k", m.keyMove],
            ["1–9", m.keyTake],
            ["m", m.keyMerge],
            ["e", m.keyEdit],
            ["x", m.keyReject],
            ["c", m.keyCurated],
          ] as const
        ).map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs" dir="ltr">
                {key}
              </kbd>
            </dt>
            <dd className="text-slate-700">{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** The selected item's curated span being edited: its start, end and label; Escape closes it. */
export function CurationEditForm({
  m,
  editing,
  labels,
  labelName,
  busy,
  onChange,
  onSave,
}: {
  m: TViewMessages;
  editing: TEditing;
  labels: TCurationView["labels"];
  labelName: (id: string) => string;
  busy: boolean;
  onChange: (editing: TEditing | null) => void;
  onSave: () => void;
}) {
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onChange(null);
      }}
      data-testid="curation-edit"
    >
      <label className="flex items-center gap-2 text-xs">
        {m.start}
        <input
          type="number"
          className="w-20 rounded border border-slate-300 px-1"
          value={editing.start}
          onChange={(e) => onChange({ ...editing, start: Number(e.target.value) })}
          // biome-ignore lint/a11y/noAutofocus: the edit opens from the keyboard, its first field takes the focus
          autoFocus
        />
      </label>
      <label className="flex items-center gap-2 text-xs">
        {m.end}
        <input
          type="number"
          className="w-20 rounded border border-slate-300 px-1"
          value={editing.end}
          onChange={(e) => onChange({ ...editing, end: Number(e.target.value) })}
        />
      </label>
      <label className="flex items-center gap-2 text-xs">
        {m.label}
        <select
          className="rounded border border-slate-300 px-1"
          value={editing.labelId}
          onChange={(e) => onChange({ ...editing, labelId: e.target.value })}
        >
          {labels.map((l) => (
            <option key={l.id} value={l.id}>
              {labelName(l.id)}
            </option>
          ))}
        </select>
      </label>
      <div className="flex gap-1.5">
        <Button type="submit" size="sm" variant="primary" disabled={busy}>
          {m.save}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
          {m.cancel}
        </Button>
      </div>
    </form>
  );
}
