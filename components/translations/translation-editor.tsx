"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { claimsApi } from "@/components/claims/claims-api";
import type { TTranslationOrigin } from "@/lib/claims/schemas";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { useSubmits } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/form";
import { format } from "@/lib/i18n/format";
import { TranslationHistory } from "./translation-history";
import { DraftGaps, TranslationConflict } from "./translation-parts";
import { TranslationViewActions } from "./translation-view-actions";
import { conflictTranslation, translationsApi, type TTranslation, type TTranslationTarget } from "./translations-api";

type TMode = { kind: "view" } | { kind: "edit" } | { kind: "conflict"; theirs: TTranslation | null };

/**
 * The English of one paragraph, span or claim, edited in place. A save names the version it was
 * written against; if someone saved in between, the server refuses it (409) and the editor shows
 * their text beside the analyst's so the two can be merged. Reviewers mark the current version
 * reviewed. For a claim, "English draft from fields" inserts the server's draft, marked as an
 * assisted draft, for the analyst to complete. When the server has a machine translation engine,
 * "Machine translate" fills an untranslated paragraph or claim quote with the engine's English,
 * shown as machine translation until a person edits it or a reviewer marks it reviewed.
 */
export function TranslationEditor({
  articleId,
  targetType,
  targetKey,
  translation,
  canReview,
  onChange,
  draftClaimId,
  startEditing = false,
  machine = false,
  onDone,
  testId,
}: {
  articleId: string;
  targetType: TTranslationTarget;
  targetKey: string;
  translation: TTranslation | null;
  canReview: boolean;
  onChange: (next: TTranslation) => void;
  /** For a claim: offer the English draft built from its fields. */
  draftClaimId?: string;
  startEditing?: boolean;
  /** The server has a machine translation engine (MT_PROVIDER): offer it for paragraphs and claim quotes. */
  machine?: boolean;
  /** Called when an edit ends (saved or cancelled), e.g. to close a surrounding panel. */
  onDone?: () => void;
  testId?: string;
}) {
  const { m } = useClaimsI18n();
  const id = useId();
  const [mode, setMode] = useState<TMode>(startEditing ? { kind: "edit" } : { kind: "view" });
  const [text, setText] = useState(translation?.text ?? "");
  const [origin, setOrigin] = useState<TTranslationOrigin>(translation?.origin ?? "HUMAN");
  const [base, setBase] = useState<number | null>(translation?.version ?? null);
  const submits = useSubmits<"save" | "draft" | "translate">();
  const { error, setError } = submits;
  const busy = submits.busy("save");
  const [drafted, setDrafted] = useState(false);
  /** The Arabic each "[…]" of an inserted draft stands for, shown beside the text. */
  const [gaps, setGaps] = useState<string[]>([]);
  const [showHistory, setShowHistory] = useState(false);
  const drafting = submits.busy("draft");
  const translating = submits.busy("translate");
  const textareaId = `${id}-text`;
  const focusText = () => document.getElementById(textareaId)?.focus();

  const editing = mode.kind !== "view";
  useEffect(() => {
    if (editing) document.getElementById(textareaId)?.focus();
  }, [editing, textareaId]);

  function startEdit() {
    setText(translation?.text ?? "");
    // A person saving an engine's text makes it theirs: the new revision is HUMAN.
    setOrigin(translation?.origin === "MACHINE" ? "HUMAN" : (translation?.origin ?? "HUMAN"));
    setBase(translation?.version ?? null);
    setError(null);
    setDrafted(false);
    setGaps([]);
    setMode({ kind: "edit" });
  }

  function finish() {
    setMode({ kind: "view" });
    setError(null);
    onDone?.();
  }

  async function save(baseVersion: number | null) {
    if (text.trim() === "") {
      setError(m.translate.empty);
      return;
    }
    await submits.run(
      "save",
      async () => {
        const saved = await translationsApi.save(articleId, { targetType, targetKey, text, origin, baseVersion });
        onChange(saved);
        finish();
      },
      (caught) => {
        const theirs = conflictTranslation(caught);
        if (theirs === undefined) return undefined;
        setMode({ kind: "conflict", theirs });
        setBase(theirs?.version ?? null);
        return null;
      },
    );
  }

  async function insertDraft() {
    if (!draftClaimId) return;
    await submits.run("draft", async () => {
      const draft = await claimsApi.englishDraft(draftClaimId);
      setText((current) => (current.trim() ? `${current.trimEnd()}\n\n${draft.text}` : draft.text));
      setOrigin(draft.origin);
      setDrafted(true);
      setGaps(draft.gaps.map((gap) => gap.arabic));
      focusText();
    });
  }

  /** A conflict's answer carries the translation as it is now: it takes the stale one's place. */
  function adoptCurrent(caught: unknown) {
    const current = conflictTranslation(caught);
    if (current) onChange(current);
    return undefined;
  }

  async function machineTranslate() {
    if (targetType === "SPAN") return;
    await submits.run(
      "translate",
      async () =>
        onChange(
          await translationsApi.machine(articleId, {
            targetType,
            targetKey,
            baseVersion: translation?.version ?? null,
          }),
        ),
      adoptCurrent,
    );
  }

  async function review(status: "DRAFT" | "REVIEWED") {
    if (!translation) return;
    await submits.run(
      "save",
      async () => onChange(await translationsApi.review(translation.id, { version: translation.version, status })),
      adoptCurrent,
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save(base);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      finish();
    }
  }

  return (
    <div
      className="flex min-w-0 flex-col gap-2"
      data-testid={testId}
      data-state={mode.kind}
      data-status={translation?.status ?? "NONE"}
    >
      {mode.kind === "view" ? (
        translation ? (
          <p
            lang="en"
            dir="ltr"
            className="whitespace-pre-wrap text-[0.95rem] leading-relaxed text-slate-900"
            data-testid="translation-text"
          >
            {translation.text}
          </p>
        ) : (
          <p className="text-sm italic text-slate-400">{m.translate.notTranslated}</p>
        )
      ) : null}

      {mode.kind === "conflict" ? (
        <TranslationConflict
          theirs={mode.theirs}
          busy={busy}
          onUseTheirs={() => setText((mine) => `${mine.trimEnd()}\n\n${mode.theirs?.text ?? ""}`.trim())}
          onKeepTheirs={() => {
            if (mode.theirs) onChange(mode.theirs);
            finish();
          }}
        />
      ) : null}

      {editing ? (
        <>
          {mode.kind === "conflict" ? <p className="text-xs font-semibold text-slate-700">{m.translate.mine}</p> : null}
          {translation?.origin === "MACHINE" && !drafted ? (
            <p
              className="rounded border border-violet-300 bg-violet-50 px-2 py-1 text-xs text-violet-900"
              data-testid="machine-notice"
            >
              {format(m.translate.machineNotice, { engine: translation.engine ?? "?" })}
            </p>
          ) : null}
          {drafted || origin === "ASSISTED" ? (
            <p
              className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900"
              data-testid="assisted-notice"
            >
              {drafted ? m.translate.draftInserted : m.translate.assisted}
            </p>
          ) : null}
          <Textarea
            id={textareaId}
            lang="en"
            dir="ltr"
            rows={Math.min(12, Math.max(3, Math.ceil(text.length / 70) + 1))}
            aria-label={m.translate.english}
            className={cn("text-[0.95rem] leading-relaxed", origin === "ASSISTED" && "border-amber-400 bg-amber-50/40")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            data-testid="translation-input"
            data-origin={origin}
          />
          {drafted && gaps.some(Boolean) ? <DraftGaps gaps={gaps} /> : null}
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="primary"
              size="sm"
              onClick={() => void save(base)}
              disabled={busy}
              data-testid="translation-save"
            >
              {busy ? m.translate.saving : mode.kind === "conflict" ? m.translate.saveMerged : m.translate.save}
            </Button>
            <Button size="sm" onClick={finish} disabled={busy}>
              {m.translate.cancel}
            </Button>
            {draftClaimId ? (
              <Button
                size="sm"
                variant="ghost"
                className="text-amber-800"
                onClick={() => void insertDraft()}
                disabled={busy || drafting}
                data-testid="english-draft"
              >
                {drafting ? m.translate.draftLoading : m.translate.draftFromFields}
              </Button>
            ) : null}
            <span className="text-xs text-slate-500">{m.translate.saveHelp}</span>
          </div>
        </>
      ) : null}

      {error ? (
        <Alert tone="error">
          <span dir="auto">{error}</span>
        </Alert>
      ) : null}

      {mode.kind === "view" ? (
        <TranslationViewActions
          translation={translation}
          canReview={canReview}
          offerMachine={machine && !translation && targetType !== "SPAN"}
          busy={busy}
          translating={translating}
          showHistory={showHistory}
          onEdit={startEdit}
          onMachineTranslate={() => void machineTranslate()}
          onReview={(next) => void review(next)}
          onToggleHistory={() => setShowHistory((v) => !v)}
        />
      ) : null}

      {showHistory && translation ? (
        <TranslationHistory translationId={translation.id} version={translation.version} />
      ) : null}
    </div>
  );
}
