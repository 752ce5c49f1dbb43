"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ApiError, apiFetch } from "@/components/ui/api-client";
import { EmptyState } from "@/components/ui/panel";
import { useSubmits } from "@/components/ui/use-submit";
import { LinkCard, type TPanel } from "./link-card";
import { useQueueKeys } from "./use-queue-keys";
import { useReviewI18n } from "./use-review-i18n";
import type { TEventRef, TLinkState, TLinkView, TRelation, TVerdictView } from "./types";

const STATUS_MS = 6000;

type TAction =
  | { action: "confirm" }
  | { action: "dismiss"; reason: string }
  | { action: "relate"; relation: TRelation }
  | { action: "reopen" };

/** What PATCH /api/v1/links/{id} answers: the link without its claims. */
type TReviewedLink = Pick<
  TLinkView,
  "id" | "relation" | "state" | "version" | "reviewReason" | "reviewedAt" | "reviewer"
>;

/**
 * The reviewers' queue: one card per link, both claims side by side. Reviewers decide with the
 * buttons or the keys (j/k move, c confirm, d dismiss, r relation, v verdict, o reopen); a
 * decided link leaves the tab at once and the page data is refreshed behind it. Analysts read.
 */
export function ReviewQueue({
  projectId,
  state,
  links,
  canDecide,
  events,
  verdicts,
}: {
  projectId: string;
  state: TLinkState;
  links: TLinkView[];
  canDecide: boolean;
  events: Record<string, TEventRef>;
  verdicts: TVerdictView[];
}) {
  const { m } = useReviewI18n();
  const router = useRouter();
  // Local changes shown until the refreshed server data arrives (then both are dropped).
  const [seen, setSeen] = useState(links);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [patched, setPatched] = useState<ReadonlyMap<string, TReviewedLink>>(new Map());
  if (seen !== links) {
    setSeen(links);
    setRemoved(new Set());
    setPatched(new Map());
  }
  const visible = links.filter((l) => !removed.has(l.id)).map((l) => ({ ...l, ...patched.get(l.id) }));

  const [activeId, setActiveId] = useState<string | null>(visible[0]?.id ?? null);
  const [panel, setPanel] = useState<TPanel | null>(null);
  const { busy, error, run } = useSubmits<string>();
  const [status, setStatus] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());

  const active = visible.find((l) => l.id === activeId) ?? visible[0] ?? null;

  // A success note fades after a few seconds; errors stay until the next action.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const focusCard = useCallback((id: string) => {
    const card = cards.current.get(id);
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);

  function move(step: number) {
    if (visible.length === 0) return;
    const at = active ? visible.findIndex((l) => l.id === active.id) : -1;
    const next = visible[Math.min(visible.length - 1, Math.max(0, at + step))];
    if (!next) return;
    setActiveId(next.id);
    setPanel(null);
    focusCard(next.id);
  }

  function closePanel() {
    const id = panel?.linkId;
    setPanel(null);
    if (id) requestAnimationFrame(() => focusCard(id));
  }

  async function review(link: TLinkView, input: TAction) {
    setStatus(null);
    await run(
      link.id,
      async () => {
        const updated = await apiFetch<TReviewedLink>(`/api/v1/links/${link.id}`, {
          method: "PATCH",
          json: { ...input, version: link.version },
        });
        setPanel(null);
        if (updated.state !== state) {
          // The link leaves this tab: the next one (or the previous, at the end) becomes active.
          const at = visible.findIndex((l) => l.id === link.id);
          const next = visible[at + 1] ?? visible[at - 1];
          setRemoved((set) => new Set(set).add(link.id));
          setActiveId(next?.id ?? null);
          if (next) requestAnimationFrame(() => focusCard(next.id));
        } else {
          setPatched((map) => new Map(map).set(link.id, updated));
          requestAnimationFrame(() => focusCard(link.id));
        }
        setStatus(m.queue.done[input.action]);
        router.refresh();
      },
      (caught) => {
        if (!(caught instanceof ApiError && caught.status === 409)) return undefined;
        router.refresh();
        return m.queue.conflict;
      },
    );
  }

  function verdictRecorded(link: TLinkView) {
    setPanel(null);
    setStatus(m.queue.done.verdict);
    requestAnimationFrame(() => focusCard(link.id));
    router.refresh();
  }

  useQueueKeys({
    enabled: visible.length > 0 && !busy(),
    onMove: move,
    onAction: (key) => {
      if (!active || !canDecide) return;
      if (key === "confirm" && active.state !== "CONFIRMED") void review(active, { action: "confirm" });
      else if (key === "reopen" && active.state !== "OPEN") void review(active, { action: "reopen" });
      else if (key === "dismiss" && active.state !== "DISMISSED") setPanel({ linkId: active.id, kind: "dismiss" });
      else if (key === "relation") setPanel({ linkId: active.id, kind: "relation" });
      else if (key === "verdict") setPanel({ linkId: active.id, kind: "verdict" });
    },
    onEscape: () => (panel ? closePanel() : undefined),
  });

  return (
    <div className="flex flex-col gap-3">
      {/* Sticky under the header, so the result of a key press is seen wherever the card is. */}
      <div aria-live="polite" className="sticky top-14 z-20">
        {status ? (
          <Alert tone="success" className="shadow-md">
            {status}
          </Alert>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {visible.length === 0 ? (
        <EmptyState>{m.queue[`empty${state}`]}</EmptyState>
      ) : (
        <ol className="flex flex-col gap-4" aria-label={m.queue.listLabel} data-testid="queue-list">
          {visible.map((link) => (
            <li key={link.id}>
              <LinkCard
                ref={(el) => {
                  if (el) cards.current.set(link.id, el);
                  else cards.current.delete(link.id);
                }}
                link={link}
                projectId={projectId}
                active={active?.id === link.id}
                canDecide={canDecide}
                busy={busy(link.id)}
                panel={panel?.linkId === link.id ? panel : null}
                events={events}
                verdicts={verdicts}
                onActivate={() => setActiveId(link.id)}
                onOpenPanel={(kind) => {
                  setActiveId(link.id);
                  setPanel({ linkId: link.id, kind });
                }}
                onClosePanel={closePanel}
                onReview={(input) => void review(link, input)}
                onVerdictRecorded={() => verdictRecorded(link)}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
