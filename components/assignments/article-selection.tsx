"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

type TArticleSelection = {
  /** The ticked articles that the list shows, in its order. */
  selected: readonly string[];
  isSelected: (articleId: string) => boolean;
  setSelected: (articleId: string, ticked: boolean) => void;
  clear: () => void;
};

const ArticleSelectionContext = createContext<TArticleSelection | null>(null);

/**
 * The articles ticked in the project's list, by article id, for the assign form. The state lives
 * here, above the server-drawn table, so a new render of the list (after an assignment, a
 * reopened or taken-back one, any refresh of the page) keeps every tick; an article the list no
 * longer shows is not part of the selection.
 */
export function ArticleSelectionProvider({ articleIds, children }: { articleIds: string[]; children: ReactNode }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const selected = useMemo(() => articleIds.filter((id) => ticked.has(id)), [articleIds, ticked]);
  const isSelected = useCallback((articleId: string) => ticked.has(articleId), [ticked]);
  const setSelected = useCallback((articleId: string, on: boolean) => {
    setTicked((current) => {
      if (current.has(articleId) === on) return current;
      const next = new Set(current);
      if (on) next.add(articleId);
      else next.delete(articleId);
      return next;
    });
  }, []);
  const clear = useCallback(() => setTicked(new Set()), []);
  const value = useMemo(
    () => ({ selected, isSelected, setSelected, clear }),
    [selected, isSelected, setSelected, clear],
  );
  return <ArticleSelectionContext.Provider value={value}>{children}</ArticleSelectionContext.Provider>;
}

export function useArticleSelection(): TArticleSelection {
  const selection = useContext(ArticleSelectionContext);
  if (!selection) throw new Error("useArticleSelection is used outside an ArticleSelectionProvider");
  return selection;
}

/**
 * A row's checkbox, drawn from the selection. A tick given to the server-drawn box before the
 * page was interactive is taken over when it hydrates, so it is not lost either.
 */
export function SelectArticleCheckbox({ articleId, label }: { articleId: string; label: string }) {
  const { isSelected, setSelected } = useArticleSelection();
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current?.checked) setSelected(articleId, true);
  }, [articleId, setSelected]);
  return (
    <input
      ref={box}
      type="checkbox"
      checked={isSelected(articleId)}
      onChange={(event) => setSelected(articleId, event.target.checked)}
      aria-label={label}
      className="size-4 rounded border-slate-300 accent-blue-700"
      data-testid="select-article"
    />
  );
}
