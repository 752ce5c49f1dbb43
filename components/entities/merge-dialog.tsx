"use client";

import { useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import type { TEntity } from "@/components/claims/types";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { useSubmit } from "@/components/ui/use-submit";
import { format } from "@/lib/i18n/format";
import { entitiesApi } from "./entities-api";
import { EntityName } from "./entity-name";
import { EntityPicker } from "./entity-picker";

export type TMergeResult = {
  target: TEntity;
  source: TEntity;
  moved: { spans: number; claimsSpoken: number; claimsAbout: number };
};

/**
 * Merges a duplicate into `target`: the reviewer picks the duplicate, sees what will happen and
 * confirms. Every span and claim of the duplicate then points at the target.
 */
export function MergeDialog(props: {
  open: boolean;
  projectId: string;
  target: TEntity;
  onClose: () => void;
  onMerged: (result: TMergeResult) => void;
}) {
  return props.open ? <MergeDialogBody {...props} /> : null;
}

function MergeDialogBody({
  projectId,
  target,
  onClose,
  onMerged,
}: {
  projectId: string;
  target: TEntity;
  onClose: () => void;
  onMerged: (result: TMergeResult) => void;
}) {
  const { m, t } = useClaimsI18n();
  const [source, setSource] = useState<TEntity | null>(null);
  const { busy, error, run } = useSubmit();
  const name = target.nameEn || target.nameAr;

  async function merge() {
    if (!source) return;
    await run(async () => {
      const result = await entitiesApi.merge(target.id, source.id);
      onMerged({ target: result.entity, source, moved: result.moved });
      onClose();
    });
  }

  return (
    <Dialog
      open
      title={format(m.registry.mergeTitle, { name })}
      onClose={onClose}
      busy={busy}
      testId="merge-dialog"
      cancelLabel={t.common.cancel}
      action={{
        label: busy ? m.registry.merging : format(m.registry.mergeConfirm, { name }),
        variant: "danger",
        onClick: () => void merge(),
        disabled: !source,
        testId: "merge-confirm",
      }}
    >
      <div className="flex flex-col gap-3">
        <p className="text-sm text-slate-600">{format(m.registry.mergeHelp, { name })}</p>
        <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
          <EntityName entity={target} className="font-medium" />
        </p>
        <div className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-700">{m.registry.mergeDuplicate}</span>
          <EntityPicker
            projectId={projectId}
            label={m.registry.mergeDuplicate}
            value={source}
            onChange={setSource}
            excludeIds={[target.id]}
            allowCreate={false}
            testId="merge-source"
          />
        </div>
        {error ? (
          <Alert tone="error">
            <span dir="auto">{error}</span>
          </Alert>
        ) : null}
      </div>
    </Dialog>
  );
}
