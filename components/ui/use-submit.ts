"use client";

import { useCallback, useState } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { describeError } from "./api-client";

type TDescribe = (caught: unknown) => string | null | undefined;
type TOptions = { leaving?: boolean; initialError?: string | null };

/**
 * The busy and error state of one submit. `run(action)` marks it busy, clears the error, awaits
 * the action and shows what it threw; `describe` may give a failure its own message, or return
 * null for one the caller shows elsewhere (a conflict, field errors). With `leaving`, a success
 * stays busy: the page is being left, and a second click must not submit again.
 */
export function useSubmit(options: TOptions = {}) {
  const { busy, error, setError, run: runKeyed } = useSubmits<"submit">(options);
  /** Resolves true when the action succeeded. */
  const run = useCallback(
    (action: () => Promise<unknown>, describe?: TDescribe) => runKeyed("submit", action, describe),
    [runKeyed],
  );
  return { busy: busy(), error, setError, run };
}

/**
 * useSubmit for several actions that share one error: each runs under a key (an item's id, an
 * action's name), and `busy(key)` tells whether that one is running, `busy()` whether any is.
 */
export function useSubmits<K extends string>(options: TOptions = {}) {
  const { t } = useI18n();
  const { leaving } = options;
  const [running, setRunning] = useState<ReadonlySet<K>>(() => new Set());
  const [error, setError] = useState<string | null>(options.initialError ?? null);

  /** Resolves true when the action succeeded. */
  const run = useCallback(
    async (key: K, action: () => Promise<unknown>, describe?: TDescribe): Promise<boolean> => {
      const done = () =>
        setRunning((keys) => {
          const rest = new Set(keys);
          rest.delete(key);
          return rest;
        });
      setRunning((keys) => new Set(keys).add(key));
      setError(null);
      try {
        await action();
        if (!leaving) done();
        return true;
      } catch (caught) {
        const message = describe?.(caught);
        setError(message === undefined ? describeError(caught, t.common) : message);
        done();
        return false;
      }
    },
    [leaving, t.common],
  );

  const busy = (key?: K) => (key === undefined ? running.size > 0 : running.has(key));
  return { busy, error, setError, run };
}
