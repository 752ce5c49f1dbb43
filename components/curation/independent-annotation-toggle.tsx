"use client";

import { useState } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Checkbox } from "@/components/ui/form";
import { useSubmit } from "@/components/ui/use-submit";
import type { TIndependentAnnotation } from "@/lib/curation/schemas";

/** The project's independent annotation setting: managers switch it, others read it. */
export function IndependentAnnotationToggle({
  projectId,
  initial,
  canEdit,
}: {
  projectId: string;
  initial: boolean;
  canEdit: boolean;
}) {
  const { m } = useFeatureI18n("curation");
  const [enabled, setEnabled] = useState(initial);
  const { busy, error, run } = useSubmit();

  /** Shown at once (a checkbox follows the click), put back if the server refuses. */
  async function change(next: boolean) {
    setEnabled(next);
    const ok = await run(async () => {
      const answer = await apiFetch<TIndependentAnnotation>(`/api/v1/projects/${projectId}/independent-annotation`, {
        method: "PUT",
        json: { enabled: next },
      });
      setEnabled(answer.enabled);
    });
    if (!ok) setEnabled(!next);
  }

  return (
    <div className="flex flex-col gap-2" data-testid="independent-annotation">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Checkbox
        id="independent-annotation"
        label={m.toggle}
        checked={enabled}
        disabled={!canEdit || busy}
        onChange={(event) => change(event.target.checked)}
      />
      <p role="status" className="text-sm text-slate-600">
        {/* What the project is set to once the server has it; until then, that it is being saved. */}
        {busy ? m.saving : enabled ? m.on : m.off}
      </p>
      {!canEdit ? <p className="text-xs text-slate-500">{m.readOnly}</p> : null}
    </div>
  );
}
