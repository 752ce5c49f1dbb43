"use client";

import { SpanPicker, SpanPopover } from "./span-popover";
import type { SpanStore, TStoreSnapshot } from "./span-store";
import type { TLabel, TSpan } from "./types";
import type { TPopover } from "./use-reader-interaction";

/** The picker among overlapping spans, or one span's popover, where the analyst clicked. */
export function SpanOverlay({
  popover,
  snapshot,
  store,
  labels,
  labelsById,
  onPopover,
  onActivate,
  onDelete,
  onMakeClaim,
  linkableSpanIds,
  onLinkClaim,
}: {
  popover: TPopover;
  snapshot: TStoreSnapshot;
  store: SpanStore;
  labels: readonly TLabel[];
  labelsById: ReadonlyMap<string, TLabel>;
  onPopover: (popover: TPopover | null) => void;
  onActivate: (spanId: string) => void;
  onDelete: (spanId: string) => void;
  /** Opens the claim form on a span; absent where the page has no claims. */
  onMakeClaim?: (span: TSpan) => void;
  /** Spans that are a claim's span: their popover offers "Link to…". */
  linkableSpanIds?: ReadonlySet<string>;
  onLinkClaim?: (spanId: string) => void;
}) {
  if (popover.kind === "picker") {
    return (
      <SpanPicker
        spans={popover.ids.map((id) => snapshot.byId.get(id)).filter((s): s is TSpan => !!s)}
        labelsById={labelsById}
        point={popover.point}
        onChoose={(id) => {
          onActivate(id);
          onPopover({ kind: "span", id, point: popover.point });
        }}
        onClose={() => onPopover(null)}
      />
    );
  }
  const span = snapshot.byId.get(popover.id);
  if (!span) return null;
  return (
    <SpanPopover
      key={span.id}
      span={span}
      labels={labels}
      labelsById={labelsById}
      lastOp={snapshot.lastOps.get(span.id)}
      point={popover.point}
      onSetLabel={(labelId) => store.setLabel(span.id, labelId)}
      onSaveNote={(note) => store.setNote(span.id, note)}
      onDelete={() => onDelete(span.id)}
      onRetry={(opId) => store.retry(opId)}
      onDiscard={(opId) => store.discard(opId)}
      onMakeClaim={onMakeClaim ? () => onMakeClaim(span) : undefined}
      onLinkClaim={onLinkClaim && linkableSpanIds?.has(span.id) ? () => onLinkClaim(span.id) : undefined}
      onClose={() => onPopover(null)}
    />
  );
}
