"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/form";
import { format } from "@/lib/i18n/format";
import type { SuggestionMessages } from "./messages";
import type { TSuggestionKind } from "./types";

/** The thresholds "accept all" can be limited to (the rule's confidence, 0–1). */
const CONFIDENCE_STEPS = [0.5, 0.7, 0.9] as const;

/**
 * The head of one kind's group: its name and count, the confidence "accept all" is limited to
 * (when the rules gave one), accept all and reject all.
 */
export function SuggestionGroupHeader({
  kind,
  m,
  count,
  accepting,
  threshold,
  withConfidence,
  busy,
  onThreshold,
  onAcceptAll,
  onRejectAll,
}: {
  kind: TSuggestionKind;
  m: SuggestionMessages;
  /** How many open suggestions of this kind there are. */
  count: number;
  /** How many of them "accept all" would accept (those at or above the threshold). */
  accepting: number;
  threshold: number | undefined;
  withConfidence: boolean;
  busy: boolean;
  onThreshold: (threshold: number | undefined) => void;
  onAcceptAll: () => void;
  onRejectAll: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-2">
      <h3 className="text-xs font-semibold text-slate-800">
        {m.kinds[kind]} <Badge tone="blue">{count}</Badge>
      </h3>
      <div className="flex flex-wrap items-center gap-1">
        {withConfidence ? (
          <Select
            aria-label={`${m.panel.minConfidence}: ${m.kinds[kind]}`}
            className="h-8 w-auto py-0 text-xs"
            value={threshold === undefined ? "" : String(threshold)}
            onChange={(e) => onThreshold(e.target.value === "" ? undefined : Number(e.target.value))}
          >
            <option value="">
              {m.panel.minConfidence}: {m.panel.anyConfidence}
            </option>
            {CONFIDENCE_STEPS.map((step) => (
              <option key={step} value={step}>
                {format(m.panel.atLeastConfidence, { percent: Math.round(step * 100) })}
              </option>
            ))}
          </Select>
        ) : null}
        <Button size="sm" variant="secondary" disabled={busy || accepting === 0} onClick={onAcceptAll}>
          {format(m.panel.acceptAll, { count: accepting })}
        </Button>
        <Button size="sm" variant="ghost" disabled={busy} onClick={onRejectAll}>
          {m.panel.rejectAll}
        </Button>
      </div>
    </div>
  );
}
