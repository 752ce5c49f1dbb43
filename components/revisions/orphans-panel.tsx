"use client";

import { useState } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { useSubmits } from "@/components/ui/use-submit";
import { format, formatNumber } from "@/lib/i18n/format";
import { formatPlural } from "@/lib/i18n/icu";

export type TOrphanItem = {
  id: string;
  version: number;
  articleVersion: number;
  quote: string;
  reason: string;
  label: { name: string; nameAr: string; color: string };
  claims: { id: string; kind: string }[];
};

/**
 * The annotations the last revisions could not place (not drawn in the text): each with its old
 * words, label, the text version it was in, why it was orphaned and the claims on it. The analyst
 * selects the words in the reader and places it there, or deletes it (soft, audited). A placed
 * span arrives in the reader through the live span events.
 */
export function OrphansPanel({
  articleId,
  initialOrphans,
  selection,
}: {
  articleId: string;
  initialOrphans: TOrphanItem[];
  selection: { start: number; end: number; quote: string } | null;
}) {
  const { m, locale } = useFeatureI18n("revisions");
  const [orphans, setOrphans] = useState(initialOrphans);
  const { busy, error, run } = useSubmits<string>();

  if (orphans.length === 0) return null;

  async function act(orphan: TOrphanItem, action: "place" | "delete") {
    await run(orphan.id, async () => {
      if (action === "place") {
        if (!selection) return;
        await apiFetch(`/api/v1/articles/${articleId}/orphans/${orphan.id}/place`, {
          method: "POST",
          json: { version: orphan.version, ...selection },
        });
      } else {
        await apiFetch(`/api/v1/articles/${articleId}/spans/${orphan.id}`, {
          method: "DELETE",
          json: { version: orphan.version },
        });
      }
      setOrphans((list) => list.filter((o) => o.id !== orphan.id));
    });
  }

  return (
    <section
      // The claims panel links here from a claim whose span is orphaned.
      id="orphans-panel"
      className="scroll-mt-16 rounded-lg border border-amber-300 bg-white shadow-sm"
      aria-labelledby="orphans-title"
      data-testid="orphans-panel"
    >
      <div className="border-b border-amber-200 bg-amber-50 px-4 py-2.5">
        <h2 id="orphans-title" className="text-sm font-semibold text-amber-900">
          {m.orphansTitle}
        </h2>
        <p className="text-xs text-amber-900">{formatPlural(m.orphanCount, orphans.length, locale)}</p>
      </div>
      <p className="px-4 pt-2 text-xs leading-relaxed text-slate-600">{m.orphansHelp}</p>
      {error ? (
        <div className="px-4 pt-2">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <ul className="divide-y divide-slate-100">
        {orphans.map((orphan) => (
          <li
            key={orphan.id}
            className="flex flex-col gap-1.5 px-4 py-3"
            data-testid="orphan"
            data-reason={orphan.reason}
          >
            <div className="flex items-center gap-2 text-xs text-slate-600">
              <span
                aria-hidden="true"
                className="size-2.5 rounded-full"
                style={{ backgroundColor: orphan.label.color }}
              />
              <span dir="auto" className="font-medium text-slate-800">
                {locale === "ar" && orphan.label.nameAr ? orphan.label.nameAr : orphan.label.name}
              </span>
              <span>· {format(m.wasIn, { version: formatNumber(orphan.articleVersion, locale) })}</span>
            </div>
            <blockquote
              dir="auto"
              className="text-arabic rounded bg-slate-50 px-2 py-1 text-base leading-relaxed text-slate-900 line-through decoration-amber-500/60"
            >
              {orphan.quote}
            </blockquote>
            <p className="text-xs text-slate-600" data-testid="orphan-reason">
              {m.reason[orphan.reason] ?? orphan.reason}
            </p>
            {orphan.claims.length > 0 ? (
              <p className="text-xs font-medium text-amber-900">
                {formatPlural(m.claims, orphan.claims.length, locale)}
              </p>
            ) : null}
            <div className="flex flex-wrap items-center gap-2">
              <Button
                size="sm"
                variant="primary"
                disabled={!selection || busy()}
                title={selection ? undefined : m.placeHint}
                // Keeps the reader's selection: the button never takes focus from the text.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => void act(orphan, "place")}
                data-testid="orphan-place"
              >
                {busy(orphan.id) ? m.placing : m.place}
              </Button>
              <ConfirmButton
                label={m.delete}
                title={m.deleteTitle}
                body={m.deleteBody}
                confirmLabel={m.delete}
                busyLabel={m.deleting}
                onConfirm={() => act(orphan, "delete")}
              />
              {!selection ? <span className="text-xs text-slate-500">{m.placeHint}</span> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
