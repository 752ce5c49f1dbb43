"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { describeError } from "./api-client";

/**
 * The busy and error state of one submit. `run(action)` marks it busy, clears the error, awaits
 * the action and shows what it threw; `describe` may give a failure its own message, or return
 * null for one the caller shows elsewhere (a conflict, field errors). With `leaving`, a success
 * stays busy: the page is being left, and a second click must not submit again.
 */
export function useSubmit(options: { leaving?: boolean; initialError?: string | null } = {}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(options.initialError ?? null);

  /** Resolves true when the action succeeded. */
  async function run(
    action: () => Promise<unknown>,
    describe?: (caught: unknown) => string | null | undefined,
  ): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      if (!options.leaving) setBusy(false);
      return true;
    } catch (caught) {
      const message = describe?.(caught);
      setError(message === undefined ? describeError(caught, t.common) : message);
      setBusy(false);
      return false;
    }
  }

  return { busy, error, setError, run };
}
