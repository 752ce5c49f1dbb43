"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TEntity } from "@/components/claims/types";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { format } from "@/lib/i18n/format";
import { EntityDialog } from "./entity-dialog";
import { MergeDialog } from "./merge-dialog";

/** Edit and Merge on an entity's own page; the page re-renders from the server after either. */
export function EntityActions({
  projectId,
  entity,
  canMerge,
}: {
  projectId: string;
  entity: TEntity;
  canMerge: boolean;
}) {
  const { m } = useClaimsI18n();
  const router = useRouter();
  const [open, setOpen] = useState<"edit" | "merge" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        <Button onClick={() => setOpen("edit")} data-testid="entity-edit">
          {m.registry.edit}
        </Button>
        {canMerge ? (
          <Button onClick={() => setOpen("merge")} data-testid="entity-merge">
            {m.registry.merge}
          </Button>
        ) : null}
      </div>
      {notice ? (
        <Alert tone="success">
          <span dir="auto">{notice}</span>
        </Alert>
      ) : null}
      <EntityDialog
        open={open === "edit"}
        projectId={projectId}
        entity={entity}
        onClose={() => setOpen(null)}
        onSaved={() => {
          setNotice(m.registry.saved);
          router.refresh();
        }}
      />
      <MergeDialog
        open={open === "merge"}
        projectId={projectId}
        target={entity}
        onClose={() => setOpen(null)}
        onMerged={(result) => {
          setNotice(
            format(m.registry.merged, {
              spans: result.moved.spans,
              spoken: result.moved.claimsSpoken,
              about: result.moved.claimsAbout,
              name: result.target.nameEn || result.target.nameAr,
            }),
          );
          router.refresh();
        }}
      />
    </div>
  );
}
