import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatFigure, type TFigureValue } from "@/lib/claims/figures";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { TIncidentGrade } from "@/lib/incidents/grade";
import { gradeDefinitions } from "@/lib/incidents/grade-definitions";
import type { TBounds } from "@/lib/incidents/ledger";
import type { IncidentMessages } from "./messages";

/** "3", "1–3", "2+" (at least 2, no upper bound). Digits are isolated so they keep their order in Arabic text. */
function formatBounds(b: TBounds | null, locale: Locale, none = "—"): string {
  if (!b) return none;
  if (b.max === null) return `${formatNumber(b.min, locale)}+`;
  return b.min === b.max
    ? formatNumber(b.min, locale)
    : `${formatNumber(b.min, locale)}–${formatNumber(b.max, locale)}`;
}

/** A min–max cell: numbers run left to right in both languages. */
export function Bounds({ bounds, locale, none }: { bounds: TBounds | null; locale: Locale; none: string }) {
  return (
    <bdi dir="ltr" className="tabular-nums">
      {formatBounds(bounds, locale, none)}
    </bdi>
  );
}

/** A figure as the report put it ("about 7", «نحو 7»). */
export function FigureText({ value, locale }: { value: TFigureValue; locale: Locale }) {
  return <bdi>{formatFigure(value, locale)}</bdi>;
}

const GRADE_TONE: Record<TIncidentGrade, BadgeTone> = {
  CONFIRMED: "green",
  FAIR: "blue",
  WEAK: "amber",
  CONTESTED: "red",
  DISCOUNTED: "neutral",
};

export function GradeBadge({ grade, locale, testId }: { grade: TIncidentGrade; locale: Locale; testId?: string }) {
  return (
    <span data-testid={testId} data-grade={grade}>
      <Badge tone={GRADE_TONE[grade]}>{gradeDefinitions(locale)[grade].name}</Badge>
    </span>
  );
}

const STATUS_TONE = { PROPOSED: "violet", CONFIRMED: "green", REJECTED: "neutral" } as const;

/** Proposed / confirmed / rejected, with what "proposed" means on hover. */
export function IncidentStatusBadge({
  status,
  m,
}: {
  status: "PROPOSED" | "CONFIRMED" | "REJECTED";
  m: IncidentMessages;
}) {
  return (
    <span
      title={status === "PROPOSED" ? m.statusHelp.PROPOSED : undefined}
      data-testid="incident-status"
      data-status={status}
    >
      <Badge tone={STATUS_TONE[status]}>{m.status[status]}</Badge>
    </span>
  );
}

/** The "machine-proposed" mark of a claim no analyst has accepted yet. */
export function MachineProposedBadge({ m }: { m: IncidentMessages }) {
  return (
    <span title={m.machineProposedHelp} data-testid="machine-proposed">
      <Badge tone="violet">{m.machineProposed}</Badge>
    </span>
  );
}
