import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { ReviewMessages } from "./messages";
import { LINK_STATES, type TLinkState } from "./types";

export type TQueueOrder = "important" | "oldest";

export type TQueueQuery = { state: TLinkState; order: TQueueOrder; pair: [string, string] | null };

/** The queue page's URL for a query, so tabs, order and the overview's pair filter are shareable links. */
export function queueHref(projectId: string, q: TQueueQuery): string {
  const params = new URLSearchParams();
  if (q.state !== "OPEN") params.set("state", q.state.toLowerCase());
  if (q.order !== "important") params.set("order", q.order);
  if (q.pair) {
    params.set("a", q.pair[0]);
    params.set("b", q.pair[1]);
  }
  const query = params.toString();
  return `/projects/${projectId}/review${query ? `?${query}` : ""}`;
}

function Segment({
  items,
  label,
}: {
  items: { key: string; href: string; label: string; active: boolean }[];
  label: string;
}) {
  return (
    <nav aria-label={label} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-sm">
      {items.map((item) => (
        <Link
          key={item.key}
          href={item.href}
          aria-current={item.active ? "page" : undefined}
          className={cn(
            "rounded px-3 py-1 text-sm font-medium",
            item.active ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}

/** Open / confirmed / dismissed tabs and the order switch. */
export function QueueFilters({ projectId, query, m }: { projectId: string; query: TQueueQuery; m: ReviewMessages }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <Segment
        label={m.queue.tabs}
        items={LINK_STATES.map((state) => ({
          key: state,
          href: queueHref(projectId, { ...query, state }),
          label: m.state[state],
          active: query.state === state,
        }))}
      />
      <div className="flex items-center gap-2">
        <span className="text-xs font-medium text-slate-600">{m.queue.order}</span>
        <Segment
          label={m.queue.order}
          items={(["important", "oldest"] as const).map((order) => ({
            key: order,
            href: queueHref(projectId, { ...query, order }),
            label: m.queue[order],
            active: query.order === order,
          }))}
        />
      </div>
    </div>
  );
}
