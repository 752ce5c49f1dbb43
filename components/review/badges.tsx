import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ReviewMessages } from "./messages";
import type { TRelation, TVerdictValue } from "./types";

const VERDICT_TONE: Record<TVerdictValue, BadgeTone> = {
  SUPPORTED: "green",
  DISPUTED: "amber",
  FALSE: "red",
  UNVERIFIABLE: "violet",
};

/** Colours shared by the queue, the event page and the overview: agree green, contradict red, update blue. */
const RELATION_CLASSES: Record<TRelation, string> = {
  AGREES: "bg-emerald-600 text-white ring-emerald-700",
  CONTRADICTS: "bg-red-600 text-white ring-red-700",
  UPDATES: "bg-blue-600 text-white ring-blue-700",
  RELATED: "bg-slate-100 text-slate-800 ring-slate-300",
};

/** The relation of a link, solid so it reads first on a card. */
export function RelationBadge({ relation, m }: { relation: TRelation; m: ReviewMessages }) {
  return (
    <span
      className={cn(
        "inline-flex items-center whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold ring-1 ring-inset",
        RELATION_CLASSES[relation],
      )}
      data-testid="relation"
      data-relation={relation}
    >
      {m.relation[relation]}
    </span>
  );
}

export function VerdictBadge({ value, m }: { value: TVerdictValue; m: ReviewMessages }) {
  return (
    <span data-testid="verdict-value" data-verdict={value}>
      <Badge tone={VERDICT_TONE[value]}>{m.verdict[value]}</Badge>
    </span>
  );
}

/** The red mark on a figure that another claim about the same event contradicts. */
export function DisagreesBadge({ title, m }: { title: string; m: ReviewMessages }) {
  return (
    <span title={title} data-testid="disagrees">
      <Badge tone="red" className="bg-red-600 text-white ring-red-700">
        {m.figures.disagrees}
      </Badge>
    </span>
  );
}
