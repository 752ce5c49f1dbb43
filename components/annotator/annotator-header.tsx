"use client";

import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { format } from "@/lib/i18n/format";
import { LabelChip } from "./label-chip";
import { labelName } from "./label-style";
import type { TSpanOp } from "./span-store";
import type { TLabel } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";
import type { TLiveState } from "./use-live-spans";

/** Above the text: the label legend with its hotkeys, how the saves stand, and the live connection. */
export function AnnotatorHeader({
  labels,
  manageLabelsHref,
  ops,
  live,
}: {
  labels: readonly TLabel[];
  /** Where a manager edits the label set; absent for other members. */
  manageLabelsHref: string | null;
  ops: readonly TSpanOp[];
  live: TLiveState;
}) {
  const { m, locale } = useAnnotatorI18n();
  const pending = ops.filter((o) => o.state === "saving" || o.state === "queued").length;
  const failed = ops.filter((o) => o.state === "failed").length;
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 px-4 py-2.5">
      <div
        role="group"
        className="flex min-w-0 flex-wrap items-center gap-1.5"
        aria-label={m.reader.labelsTitle}
        data-testid="label-legend"
      >
        {labels.map((l) => (
          <LabelChip key={l.id} name={labelName(l, locale)} color={l.color} hotkey={l.hotkey} />
        ))}
        {manageLabelsHref ? (
          <Link
            href={manageLabelsHref}
            className="ms-1 text-xs font-medium text-blue-700 hover:underline"
            data-testid="manage-labels"
          >
            {m.reader.manageLabels}
          </Link>
        ) : null}
      </div>
      <div className="flex items-center gap-3 text-xs">
        <span
          role="status"
          data-testid="save-summary"
          className={cn(failed > 0 ? "font-medium text-red-700" : pending > 0 ? "text-slate-600" : "text-emerald-700")}
        >
          {failed > 0
            ? format(m.status.failedCount, { count: failed })
            : pending > 0
              ? format(m.status.pending, { count: pending })
              : m.status.allSaved}
        </span>
        <span
          className="inline-flex items-center gap-1.5 text-slate-600"
          title={m.reader.liveHelp}
          data-testid="live-state"
          data-state={live}
        >
          <span
            aria-hidden="true"
            className={cn("size-2 rounded-full", live === "live" ? "bg-emerald-500" : "animate-pulse bg-amber-500")}
          />
          {live === "live" ? m.reader.live : live === "connecting" ? m.reader.connecting : m.reader.reconnecting}
        </span>
      </div>
    </div>
  );
}
