import { useEffect, useRef, useState } from "react";
import { ZSpanEvent } from "@/lib/spans/schemas";
import type { TSpanApi } from "./span-api";
import type { SpanStore } from "./span-store";
import type { TSpanEvent } from "./types";

export type TLiveState = "connecting" | "live" | "reconnecting";

const RECONNECT_DELAYS_MS = [500, 1000, 2000, 4000, 8000];

function parseEvent(data: unknown): TSpanEvent | null {
  if (typeof data !== "string") return null;
  try {
    const parsed = ZSpanEvent.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // Reported to the caller as "unreadable", which then refetches the list.
  }
}

/**
 * Follows the article's server-sent events and applies other analysts' span changes by version
 * (echoes of this browser's own saves are older or equal, so they change nothing). Every time
 * the stream (re)opens, the list is fetched once to catch up on what happened while it was down.
 * Claim changes only say "re-read the claims" (`onClaimsChanged`), also after a reopening.
 */
export function useLiveSpans(options: {
  articleId: string;
  store: SpanStore;
  api: TSpanApi;
  /** Someone changed a claim of the article (or the stream reopened after a gap): re-read the claims. */
  onClaimsChanged?: () => void;
  /** A new version of the article's text was imported: load the article again. */
  onRevised?: () => void;
}): TLiveState {
  const { articleId, store, api } = options;
  const [state, setState] = useState<TLiveState>("connecting");
  const claimsChanged = useRef(options.onClaimsChanged);
  useEffect(() => {
    claimsChanged.current = options.onClaimsChanged;
  }, [options.onClaimsChanged]);
  const revised = useRef(options.onRevised);
  useEffect(() => {
    revised.current = options.onRevised;
  }, [options.onRevised]);

  useEffect(() => {
    let source: EventSource | null = null;
    let stopped = false;
    let failures = 0;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let catchUp: AbortController | null = null;
    let opened = false;
    let idle: number | undefined;
    const whenIdle = (run: () => void) => {
      if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(run, { timeout: 2000 });
      else idle = window.setTimeout(run, 500);
    };

    async function refetch() {
      catchUp?.abort();
      const controller = new AbortController();
      catchUp = controller;
      try {
        store.applyList(await api.list(controller.signal));
      } catch {
        if (controller.signal.aborted) return;
        // The list failed although the stream opened: show it and run the whole cycle again.
        reconnect();
      }
    }

    function onSpanEvent(message: MessageEvent) {
      const event = parseEvent(message.data);
      if (!event) {
        void refetch();
        return;
      }
      if (event.span) store.applyRemote(event.span);
      else if (event.type === "span.delete") store.applyRemoteDelete(event.spanId, event.version);
      else void refetch(); // Too large for a notification payload: read the list instead.
    }

    function connect() {
      if (stopped) return;
      source = new EventSource(`/api/v1/articles/${encodeURIComponent(articleId)}/events`);
      source.addEventListener("ready", () => {
        failures = 0;
        setState("live");
        if (opened) {
          void refetch();
          claimsChanged.current?.();
        } else {
          // The first catch-up only covers the moment between the page render and the stream
          // opening: let the page settle and answer the analyst first.
          opened = true;
          whenIdle(() => void refetch());
        }
      });
      source.addEventListener("span.upsert", onSpanEvent);
      source.addEventListener("span.delete", onSpanEvent);
      source.addEventListener("claim.change", () => claimsChanged.current?.());
      source.addEventListener("article.revise", () => revised.current?.());
      source.onerror = () => reconnect();
    }

    function reconnect() {
      if (stopped) return;
      source?.close();
      source = null;
      setState("reconnecting");
      clearTimeout(reconnectTimer);
      const delay = RECONNECT_DELAYS_MS[Math.min(failures, RECONNECT_DELAYS_MS.length - 1)] ?? 8000;
      failures += 1;
      reconnectTimer = setTimeout(connect, delay);
    }

    connect();
    return () => {
      stopped = true;
      clearTimeout(reconnectTimer);
      if (idle !== undefined) {
        if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
        clearTimeout(idle);
      }
      catchUp?.abort();
      source?.close();
    };
  }, [articleId, store, api]);

  return state;
}
