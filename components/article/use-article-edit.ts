"use client";

import { useRouter } from "next/navigation";
import { useReducer, useState } from "react";
import type { z } from "zod";
import { apiFetch } from "@/components/ui/api-client";
import { conflictRecord } from "@/components/ui/conflict";
import { useSubmit } from "@/components/ui/use-submit";
import { type ArticleMeta, changedFields, editReducer, editState, type FormValues, type Patch } from "./article-edit";
import { ZArticleSummary } from "@/lib/articles/schemas";

/**
 * The article's metadata as shown and as edited. An edit names the version it started from; if
 * someone saved in between, the 409's current values become the new starting point with the
 * user's own changes laid over them.
 */
export function useArticleEdit(article: ArticleMeta) {
  const router = useRouter();
  const [local, setLocal] = useState<ArticleMeta>(article);
  // A server refresh may bring a newer version than the one this component last saw.
  const shown = article.version > local.version ? article : local;
  const [state, dispatch] = useReducer(editReducer, shown, editState);
  const { busy, error, setError, run } = useSubmit();

  async function save(patch: Patch) {
    dispatch({ type: "saving" });
    await run(
      async () => {
        const updated = await apiFetch<z.output<typeof ZArticleSummary>>(`/api/v1/articles/${shown.id}`, {
          method: "PATCH",
          json: { version: state.baseline.version, ...patch },
        });
        setLocal(updated);
        dispatch({ type: "saved" });
        router.refresh();
      },
      (caught) => {
        // The article as the server holds it now, from the 409's `details.current`.
        const current = conflictRecord(caught, ZArticleSummary);
        if (!current) return undefined;
        dispatch({ type: "conflict", current });
        setLocal(current);
        return null;
      },
    );
  }

  return {
    shown,
    state,
    busy,
    error,
    change: (patch: Partial<FormValues>) => dispatch({ type: "change", patch }),
    start() {
      setError(null);
      dispatch({ type: "start", article: shown });
    },
    /** Saves the fields the user changed (after a conflict: on top of what is saved now). */
    submit() {
      const patch = changedFields(state.values, state.baseline.values);
      if (Object.keys(patch).length === 0) dispatch({ type: "stop" });
      else void save(patch);
    },
    /** Drops the user's changes and continues from what is saved now. */
    keepCurrent: () => dispatch({ type: "keepCurrent" }),
    cancel: () => dispatch({ type: "stop" }),
  };
}
