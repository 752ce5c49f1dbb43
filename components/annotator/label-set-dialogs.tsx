"use client";

import { type Dispatch, type FormEvent, type SetStateAction, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input, Select } from "@/components/ui/form";
import { Panel } from "@/components/ui/panel";
import { useSubmit } from "@/components/ui/use-submit";
import { format } from "@/lib/i18n/format";
import { HOTKEYS, NEW_DRAFT, type TDeleting } from "./label-set-state";
import { labelName } from "./label-style";
import type { TLabel, TListedLabel } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";

/** A manager's form for one more label; hotkeys already taken are not offered. */
export function AddLabelForm({
  projectId,
  takenHotkeys,
  onAdded,
}: {
  projectId: string;
  takenHotkeys: ReadonlyMap<number | null, TLabel>;
  onAdded: (label: TLabel) => void;
}) {
  const { m: all } = useAnnotatorI18n();
  const m = all.labels;
  const [draft, setDraft] = useState(NEW_DRAFT);
  const { busy, error, run } = useSubmit();

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const created = await apiFetch<TLabel>(`/api/v1/projects/${projectId}/labels`, {
        method: "POST",
        json: { name: draft.name.trim(), nameAr: draft.nameAr.trim(), color: draft.color, hotkey: draft.hotkey },
      });
      onAdded(created);
      setDraft(NEW_DRAFT);
    });
  }

  return (
    <Panel title={m.newTitle}>
      <form onSubmit={add} className="flex flex-wrap items-end gap-3" data-testid="add-label">
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          {m.color}
          <input
            type="color"
            value={draft.color}
            onChange={(e) => setDraft({ ...draft, color: e.target.value })}
            className="h-9 w-14 cursor-pointer rounded border border-slate-300 bg-white p-0.5"
          />
        </label>
        <label className="flex min-w-40 flex-1 flex-col gap-1 text-xs text-slate-600">
          {m.name}
          <Input required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label className="flex min-w-40 flex-1 flex-col gap-1 text-xs text-slate-600">
          {m.nameAr}
          <Input
            dir="rtl"
            lang="ar"
            className="text-arabic"
            value={draft.nameAr}
            onChange={(e) => setDraft({ ...draft, nameAr: e.target.value })}
          />
        </label>
        <label className="flex w-28 flex-col gap-1 text-xs text-slate-600">
          {m.hotkey}
          <Select
            value={draft.hotkey ?? ""}
            onChange={(e) => setDraft({ ...draft, hotkey: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{m.noHotkey}</option>
            {HOTKEYS.filter((key) => !takenHotkeys.has(key)).map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </Select>
        </label>
        <Button type="submit" variant="primary" disabled={busy || draft.name.trim() === ""}>
          {busy ? m.adding : m.add}
        </Button>
      </form>
      {error ? (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      ) : null}
    </Panel>
  );
}

/**
 * Asking before a label goes: a plain confirmation for an unused label, or, for one spans still
 * use, which label takes those spans over.
 */
export function DeleteLabelDialogs({
  labels,
  deleting,
  onChange,
  onRemove,
}: {
  labels: readonly TListedLabel[];
  deleting: TDeleting | null;
  onChange: Dispatch<SetStateAction<TDeleting | null>>;
  onRemove: (label: TListedLabel, moveTo: string | null) => Promise<void>;
}) {
  const { m: all, locale } = useAnnotatorI18n();
  const m = all.labels;
  const name = deleting ? labelName(deleting.label, locale) : "";
  return (
    <>
      <ConfirmDialog
        open={deleting !== null && deleting.inUse === null}
        title={deleting ? format(m.deleteTitle, { name }) : ""}
        body={m.deleteBody}
        confirmLabel={m.delete}
        onConfirm={() => (deleting ? onRemove(deleting.label, null) : undefined)}
        // A delete that found the label in use meanwhile stays open as the other dialog.
        onClose={() => onChange((d) => (d && d.inUse !== null ? d : null))}
      />
      <ConfirmDialog
        open={deleting !== null && deleting.inUse !== null}
        title={deleting ? format(m.inUseTitle, { name }) : ""}
        body={
          <div className="space-y-3">
            <p>
              {format(m.inUseCount, { count: deleting?.inUse ?? 0 })} {m.inUseBody}
            </p>
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
              {m.reassignTo}
              <Select
                value={deleting?.reassignTo ?? ""}
                onChange={(e) => {
                  const reassignTo = e.target.value;
                  onChange((d) => d && { ...d, reassignTo });
                }}
                data-testid="reassign-to"
              >
                {labels
                  .filter((l) => l.id !== deleting?.label.id)
                  .map((l) => (
                    <option key={l.id} value={l.id}>
                      {labelName(l, locale)}
                    </option>
                  ))}
              </Select>
            </label>
          </div>
        }
        confirmLabel={m.deleteAndMove}
        onConfirm={() => (deleting?.reassignTo ? onRemove(deleting.label, deleting.reassignTo) : undefined)}
        onClose={() => onChange(null)}
      />
    </>
  );
}
