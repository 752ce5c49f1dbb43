"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";

/**
 * A search that follows what is typed: `search(key)` runs `delayMs` after `key` last changed (while
 * `enabled`), a newer search cancels the one before (its signal aborts), and `onFound` gets the
 * answer of the latest one only. `searching` is true while one runs; a failure goes to `onError`.
 * With `skipFirst`, the first key is not searched (the server drew its answer).
 */
export function useDebouncedSearch<T>({
  key,
  enabled = true,
  delayMs,
  skipFirst = false,
  search,
  onFound,
  onError,
}: {
  key: string;
  enabled?: boolean;
  delayMs: number;
  skipFirst?: boolean;
  search: (key: string, signal: AbortSignal) => Promise<T>;
  onFound: (found: T) => void;
  onError: (error: unknown) => void;
}): { searching: boolean } {
  const [searching, setSearching] = useState(false);
  const latest = useRef({ search, onFound, onError });
  useLayoutEffect(() => {
    latest.current = { search, onFound, onError };
  });
  const first = useRef(skipFirst);

  useEffect(() => {
    if (!enabled) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const found = await latest.current.search(key, controller.signal);
        if (!controller.signal.aborted) latest.current.onFound(found);
      } catch (caught) {
        if (!controller.signal.aborted) latest.current.onError(caught);
      } finally {
        if (!controller.signal.aborted) setSearching(false);
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, enabled, delayMs]);

  return { searching };
}
