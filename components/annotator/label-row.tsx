"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/form";
import { format } from "@/lib/i18n/format";
import { LabelChip } from "./label-chip";
import { changes, draftOf, HOTKEYS, type TDraft, type TRowState } from "./label-set-state";
import { labelName } from "./label-style";
import type { TListedLabel } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";

export const CELL = "px-3 py-2 align-middle";

/** One label of the set: read-only for other members, inline inputs and actions for managers. */
export function LabelRow({
  label,
  index,
  count,
  draft: unsaved,
  row,
  canEdit,
  reordering,
  hotkeyHolders,
  onEdit,
  onReset,
  onSave,
  onMove,
  onDelete,
}: {
  label: TListedLabel;
  index: number;
  count: number;
  draft: TDraft | undefined;
  row: TRowState | undefined;
  canEdit: boolean;
  reordering: boolean;
  hotkeyHolders: ReadonlyMap<number | null, TListedLabel>;
  onEdit: (draft: TDraft) => void;
  onReset: () => void;
  onSave: () => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}) {
  const { m: all, locale } = useAnnotatorI18n();
  const m = all.labels;
  const draft = unsaved ?? draftOf(label);
  const dirty = Object.keys(changes(label, draft)).length > 0;
  const edit = (patch: Partial<TDraft>) => onEdit({ ...draft, ...patch });
  const display = labelName(label, locale);
  return (
    <tr className="border-b border-slate-100 last:border-0" data-label-id={label.id}>
      <td className={CELL}>
        {canEdit ? (
          <div className="flex gap-1">
            <Button
              size="sm"
              variant="ghost"
              aria-label={format(m.moveUp, { name: display })}
              disabled={index === 0 || reordering}
              onClick={() => onMove(-1)}
            >
              ↑
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-label={format(m.moveDown, { name: display })}
              disabled={index === count - 1 || reordering}
              onClick={() => onMove(1)}
            >
              ↓
            </Button>
          </div>
        ) : (
          <span className="text-slate-500">{index + 1}</span>
        )}
      </td>
      <td className={CELL}>
        {canEdit ? (
          <input
            type="color"
            aria-label={`${m.color}: ${display}`}
            value={draft.color}
            onChange={(e) => edit({ color: e.target.value })}
            className="h-8 w-12 cursor-pointer rounded border border-slate-300 bg-white p-0.5"
          />
        ) : (
          <span className="inline-block size-5 rounded" style={{ backgroundColor: label.color }} />
        )}
      </td>
      <td className={CELL}>
        {canEdit ? (
          <Input
            aria-label={`${m.name}: ${display}`}
            value={draft.name}
            onChange={(e) => edit({ name: e.target.value })}
            className="h-8"
          />
        ) : (
          <LabelChip name={label.name} color={label.color} />
        )}
      </td>
      <td className={CELL}>
        {canEdit ? (
          <Input
            aria-label={`${m.nameAr}: ${display}`}
            dir="rtl"
            lang="ar"
            value={draft.nameAr}
            onChange={(e) => edit({ nameAr: e.target.value })}
            className="text-arabic h-8"
          />
        ) : (
          <span dir="rtl" lang="ar" className="text-arabic">
            {label.nameAr}
          </span>
        )}
      </td>
      <td className={CELL}>
        {canEdit ? (
          <Select
            aria-label={`${m.hotkey}: ${display}`}
            value={draft.hotkey ?? ""}
            onChange={(e) => edit({ hotkey: e.target.value ? Number(e.target.value) : null })}
            className="h-8"
          >
            <option value="">{m.noHotkey}</option>
            {HOTKEYS.map((key) => {
              const holder = hotkeyHolders.get(key);
              return (
                <option key={key} value={key}>
                  {holder && holder.id !== label.id ? `${key} (${labelName(holder, locale)})` : key}
                </option>
              );
            })}
          </Select>
        ) : (
          <span>{label.hotkey ?? "—"}</span>
        )}
      </td>
      <td className={cn(CELL, "text-end tabular-nums text-slate-700")}>{label.spanCount ?? "—"}</td>
      <td className={cn(CELL, "text-end")}>
        {canEdit ? (
          <div className="flex flex-wrap items-center justify-end gap-1.5">
            {row ? <RowStatus row={row} /> : null}
            {dirty ? (
              <>
                <Button size="sm" variant="ghost" onClick={onReset}>
                  {m.reset}
                </Button>
                <Button
                  size="sm"
                  variant="primary"
                  disabled={row?.state === "saving" || draft.name.trim() === ""}
                  onClick={onSave}
                >
                  {m.save}
                </Button>
              </>
            ) : null}
            <Button size="sm" variant="danger" onClick={onDelete}>
              {m.delete}
            </Button>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function RowStatus({ row }: { row: TRowState }) {
  const { m } = useAnnotatorI18n();
  return (
    <span
      role={row.state === "error" ? "alert" : "status"}
      className={cn(
        "text-xs",
        row.state === "error" ? "text-red-700" : row.state === "saved" ? "text-emerald-700" : "text-slate-500",
      )}
    >
      {row.state === "saving" ? m.labels.saving : row.state === "saved" ? m.labels.saved : row.message}
    </span>
  );
}
