"use client";

import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { EmptyState, Panel } from "@/components/ui/panel";
import { CELL, LabelRow } from "./label-row";
import { AddLabelForm, DeleteLabelDialogs } from "./label-set-dialogs";
import type { TListedLabel } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";
import { useLabelSet } from "./use-label-set";

/**
 * The project's label set for managers: rename (English and Arabic), recolour, assign hotkeys,
 * reorder, add and delete. Every save names the version it edits; a label still used by spans
 * is deleted only by moving its spans to another label.
 */
export function LabelSetEditor({
  projectId,
  initialLabels,
  canEdit,
}: {
  projectId: string;
  initialLabels: readonly TListedLabel[];
  canEdit: boolean;
}) {
  const { m: all } = useAnnotatorI18n();
  const m = all.labels;
  const set = useLabelSet(projectId, initialLabels);
  const { labels } = set;
  const hotkeyHolders = new Map(labels.filter((l) => l.hotkey).map((l) => [l.hotkey, l]));

  return (
    <div className="flex flex-col gap-5">
      {!canEdit ? <Alert tone="info">{m.readOnly}</Alert> : null}
      {set.listError ? <Alert tone="error">{set.listError}</Alert> : null}
      <Panel bodyClassName="p-0 overflow-x-auto">
        {labels.length === 0 ? (
          <div className="p-4">
            <EmptyState>{m.empty}</EmptyState>
          </div>
        ) : (
          <table className="w-full min-w-[48rem] text-sm" data-testid="label-table">
            <thead className="border-b border-slate-200 bg-slate-50 text-start text-xs text-slate-600">
              <tr>
                <th className={cn(CELL, "w-20 text-start font-medium")}>{m.order}</th>
                <th className={cn(CELL, "w-20 text-start font-medium")}>{m.color}</th>
                <th className={cn(CELL, "text-start font-medium")}>{m.name}</th>
                <th className={cn(CELL, "text-start font-medium")}>{m.nameAr}</th>
                <th className={cn(CELL, "w-36 text-start font-medium")}>{m.hotkey}</th>
                <th className={cn(CELL, "w-20 text-end font-medium")}>{m.spans}</th>
                <th className={cn(CELL, "w-48 text-end font-medium")}>{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {labels.map((label, index) => (
                <LabelRow
                  key={label.id}
                  label={label}
                  index={index}
                  count={labels.length}
                  draft={set.drafts[label.id]}
                  row={set.rowStates[label.id]}
                  canEdit={canEdit}
                  reordering={set.reordering}
                  hotkeyHolders={hotkeyHolders}
                  onEdit={(draft) => set.edit(label, draft)}
                  onReset={() => set.reset(label)}
                  onSave={() => void set.save(label)}
                  onMove={(delta) => void set.move(index, delta)}
                  onDelete={() => set.startDelete(label)}
                />
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      {canEdit ? <p className="-mt-3 text-xs text-slate-500">{m.hotkeyHelp}</p> : null}
      {canEdit ? <AddLabelForm projectId={projectId} takenHotkeys={hotkeyHolders} onAdded={set.added} /> : null}
      <DeleteLabelDialogs labels={labels} deleting={set.deleting} onChange={set.setDeleting} onRemove={set.remove} />
    </div>
  );
}
