"use client";

import Link from "next/link";
import { useCallback, useEffect, useImperativeHandle, useMemo, useState, type Ref } from "react";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/loading";
import { LinkClaimDialog } from "@/components/links/link-claim-dialog";
import { format, formatNumber } from "@/lib/i18n/format";
import { ClaimCard, claimSpanIds } from "./claim-card";
import { ClaimForm } from "./claim-form";
import { ClaimToasts } from "./claim-toasts";
import { claimsApi } from "./claims-api";
import { CLAIM_KINDS, type TClaim, type TClaimSelection, type TListedClaim } from "./types";
import { useClaimToasts } from "./use-claim-toasts";
import { useClaimsI18n } from "./use-claims-i18n";

export type TArticleClaimsHandle = {
  /** Opens the claim form on text the analyst selected, or on an existing span (its range and words as `selection`). */
  newClaim(selection: TClaimSelection | null, spanId?: string): void;
  /** Re-reads the article's claims. */
  reload(): void;
  /** Opens the link dialog for the claim whose claim span this is. */
  linkFromSpan(spanId: string): void;
};

export type TArticleClaimsProps = {
  articleId: string;
  projectId: string;
  /** Claims rendered on the server (parsed with ZListedClaim); fetched on mount when absent. */
  initialClaims?: TListedClaim[];
  /** Reviewers and managers mark claims and their translations reviewed. */
  canReview: boolean;
  /** The reader's current selection, or null; "New claim" makes a claim from it. */
  selection: TClaimSelection | null;
  /** Scroll to and flash these spans in the reader. */
  onShowSpans: (spanIds: string[]) => void;
  /** The spans that are a claim's claim span, whenever the claims change (the reader offers "Link to…" on them). */
  onClaimSpans?: (spanIds: ReadonlySet<string>) => void;
  /** Layout from the page, e.g. `lg:sticky lg:top-16 max-h-[calc(100vh-5rem)]`: the list then scrolls inside. */
  className?: string;
  ref?: Ref<TArticleClaimsHandle>;
};

type TFormTarget = { selection: TClaimSelection | null; spanId?: string; claim?: TListedClaim };

/**
 * The claims beside the article text, grouped by kind, with a "New claim" button for the current
 * selection and the claim dialog. Clicking a claim shows its spans in the reader; editing and
 * deleting offer an undo for a few seconds.
 */
export function ArticleClaims({
  articleId,
  projectId,
  initialClaims,
  canReview,
  selection,
  onShowSpans,
  onClaimSpans,
  className,
  ref,
}: TArticleClaimsProps) {
  const { m, t, locale } = useClaimsI18n();
  const [claims, setClaims] = useState<TListedClaim[] | null>(initialClaims ?? null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<TFormTarget | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [translatingId, setTranslatingId] = useState<string | null>(null);
  const [linking, setLinking] = useState<TListedClaim | null>(null);

  const reload = useCallback(async () => {
    try {
      setClaims(await claimsApi.list(articleId));
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
  }, [articleId]);
  const { toasts, push, undo, dismiss } = useClaimToasts(reload);

  useEffect(() => {
    if (!initialClaims) void reload();
  }, [initialClaims, reload]);

  const bySpan = useMemo(
    () => new Map((claims ?? []).flatMap((c) => (c.claimSpan && !c.claimSpan.deletedAt ? [[c.claimSpan.id, c]] : []))),
    [claims],
  );
  useEffect(() => onClaimSpans?.(new Set(bySpan.keys())), [bySpan, onClaimSpans]);

  useImperativeHandle(
    ref,
    () => ({
      newClaim: (sel, spanId) => setForm({ selection: sel, spanId }),
      reload: () => void reload(),
      linkFromSpan: (spanId) => {
        const claim = bySpan.get(spanId);
        if (!claim) return;
        setActiveId(claim.id);
        setLinking(claim);
      },
    }),
    [reload, bySpan],
  );

  const groups = useMemo(
    () =>
      CLAIM_KINDS.map((kind) => ({ kind, claims: (claims ?? []).filter((c) => c.kind === kind) })).filter(
        (g) => g.claims.length > 0,
      ),
    [claims],
  );

  function show(claim: TListedClaim) {
    setActiveId(claim.id);
    if (translatingId !== claim.id) setTranslatingId(null);
    const ids = claimSpanIds(claim);
    if (ids.length > 0) onShowSpans(ids);
  }

  async function remove(claim: TListedClaim) {
    try {
      const deleted = await claimsApi.remove(claim.id, claim.version);
      setClaims((list) => (list ?? []).filter((c) => c.id !== claim.id));
      push({
        key: `${claim.id}:${deleted.version}`,
        kind: "deleted",
        claim: { ...claim, version: deleted.version },
        before: null,
        state: "idle",
        at: Date.now(),
      });
    } catch (error) {
      push({
        key: `${claim.id}:error:${Date.now()}`,
        kind: "error",
        claim,
        before: null,
        state: "failed",
        error: describeError(error, t.common),
        at: Date.now(),
      });
    }
  }

  function saved(claim: TClaim, change: { created: boolean; before: TClaim | null }) {
    setActiveId(claim.id);
    if (!change.created && change.before) {
      push({
        key: `${claim.id}:${claim.version}`,
        kind: "saved",
        claim,
        before: change.before,
        state: "idle",
        at: Date.now(),
      });
    }
    void reload().then(() => {
      requestAnimationFrame(() => document.getElementById(`claim-${claim.id}`)?.scrollIntoView({ block: "nearest" }));
    });
  }

  const total = claims?.length ?? 0;
  return (
    <section
      className={cn("flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white shadow-sm", className)}
      aria-labelledby="claims-panel-title"
      data-testid="claims-panel"
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2.5">
        <h2 id="claims-panel-title" className="text-sm font-semibold text-slate-900">
          {m.panel.title}{" "}
          <span className="font-normal tabular-nums text-slate-500">({formatNumber(total, locale)})</span>
        </h2>
        <Button
          size="sm"
          variant="primary"
          disabled={!selection}
          title={selection ? undefined : m.panel.newClaimHelp}
          // Keeps the reader focused, so its selection is still there when the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => selection && setForm({ selection })}
          data-testid="new-claim"
        >
          {m.panel.newClaim}
        </Button>
      </div>

      <div className="flex min-h-0 flex-col gap-4 overflow-y-auto p-3">
        {loadError ? <Alert tone="error">{describeError(loadError, t.common)}</Alert> : null}
        {claims === null && !loadError ? (
          <p className="flex items-center gap-2 text-sm text-slate-500" role="status">
            <Spinner /> {t.common.loading}
          </p>
        ) : null}
        {claims !== null && claims.length === 0 ? <p className="text-sm text-slate-500">{m.panel.empty}</p> : null}
        {groups.map((group) => (
          <section
            key={group.kind}
            aria-label={format(m.panel.groupLabel, { kind: m.kind[group.kind] })}
            data-testid="claims-group"
            data-kind={group.kind}
          >
            <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
              {m.kind[group.kind]} <span className="tabular-nums">({formatNumber(group.claims.length, locale)})</span>
            </h3>
            <div className="flex flex-col gap-2">
              {group.claims.map((claim) => (
                <ClaimCard
                  key={claim.id}
                  claim={claim}
                  projectId={projectId}
                  active={activeId === claim.id}
                  canReview={canReview}
                  translating={translatingId === claim.id}
                  onShow={() => show(claim)}
                  onEdit={() => setForm({ selection: null, claim })}
                  onLink={() => setLinking(claim)}
                  onDelete={() => void remove(claim)}
                  onTranslate={(open) => setTranslatingId(open ? claim.id : null)}
                  onTranslated={(translation) =>
                    setClaims((list) =>
                      (list ?? []).map((c) =>
                        c.id === claim.id
                          ? {
                              ...c,
                              translation: {
                                status: translation.status,
                                version: translation.version,
                                text: translation.text,
                                origin: translation.origin,
                              },
                            }
                          : c,
                      ),
                    )
                  }
                />
              ))}
            </div>
          </section>
        ))}
      </div>

      <div className="border-t border-slate-200 px-3 py-2 text-xs">
        <Link
          href={`/projects/${projectId}/articles/${articleId}/translate`}
          className="font-medium text-blue-800 hover:underline"
          data-testid="open-bilingual-view"
        >
          {m.translate.open}
        </Link>
      </div>

      <ClaimForm
        key={form?.claim?.id ?? "new"}
        open={form !== null}
        articleId={articleId}
        projectId={projectId}
        selection={form?.selection ?? null}
        spanId={form?.spanId}
        claim={form?.claim}
        canReview={canReview}
        onClose={() => setForm(null)}
        onSaved={saved}
      />
      {linking ? (
        <LinkClaimDialog
          key={linking.id}
          projectId={projectId}
          claim={{ id: linking.id, articleId, quote: linking.claimSpan?.quote ?? "" }}
          open
          onClose={() => setLinking(null)}
        />
      ) : null}
      <ClaimToasts toasts={toasts} onUndo={undo} onDismiss={dismiss} />
    </section>
  );
}
