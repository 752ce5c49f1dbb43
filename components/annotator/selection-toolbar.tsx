"use client";

import { format } from "@/lib/i18n/format";
import { formatPlural } from "@/lib/i18n/icu";
import type { TReaderSelection } from "./article-reader";
import { FloatingBox } from "./floating-box";
import { labelName, withAlpha } from "./label-style";
import type { TLabel } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";

/**
 * The label picker that floats by a selection. Its buttons never take focus from the text
 * (mousedown is cancelled), so the selection stays and keyboard users keep using hotkeys.
 */
export function SelectionToolbar({
  selection,
  labels,
  onPick,
}: {
  selection: TReaderSelection;
  labels: readonly TLabel[];
  onPick: (labelId: string) => void;
}) {
  const { m, locale } = useAnnotatorI18n();
  return (
    <FloatingBox
      x={selection.anchor.x}
      top={selection.anchor.top}
      bottom={selection.anchor.bottom}
      prefer={selection.forward ? "below" : "above"}
      role="toolbar"
      aria-label={m.toolbar.title}
      data-testid="selection-toolbar"
      className="max-w-[min(30rem,calc(100vw-1rem))] rounded-lg border border-slate-200 bg-white p-1.5 shadow-lg ring-1 ring-slate-900/5"
      onMouseDown={(event) => event.preventDefault()}
    >
      <div className="mb-1 flex items-center justify-between gap-3 px-1 text-[11px] text-slate-500">
        <span>{m.toolbar.title}</span>
        <span>{formatPlural(m.toolbar.length, selection.end - selection.start, locale)}</span>
      </div>
      {labels.length === 0 ? (
        <p className="px-1 py-1 text-xs text-slate-600">{m.toolbar.noLabels}</p>
      ) : (
        <div className="flex flex-wrap gap-1">
          {labels.map((label) => (
            <button
              key={label.id}
              type="button"
              tabIndex={-1}
              data-label-id={label.id}
              title={label.hotkey ? format(m.toolbar.hotkey, { key: label.hotkey }) : undefined}
              onClick={() => onPick(label.id)}
              className="inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium text-slate-800 hover:brightness-95 focus-visible:outline-2"
              style={{ borderColor: withAlpha(label.color, 0.5), backgroundColor: withAlpha(label.color, 0.12) }}
            >
              <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: label.color }} />
              <span dir="auto">{labelName(label, locale)}</span>
              {label.hotkey ? (
                <kbd className="rounded border border-slate-300 bg-white px-1 font-mono text-[10px] leading-4 text-slate-600">
                  {label.hotkey}
                </kbd>
              ) : null}
            </button>
          ))}
        </div>
      )}
    </FloatingBox>
  );
}
