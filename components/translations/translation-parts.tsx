"use client";

import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { format, formatDateTime } from "@/lib/i18n/format";
import type { TTranslation } from "./translations-api";

/** Someone saved first: their text, with taking it into mine or keeping theirs instead. */
export function TranslationConflict({
  theirs,
  busy,
  onUseTheirs,
  onKeepTheirs,
}: {
  theirs: TTranslation | null;
  busy: boolean;
  onUseTheirs: () => void;
  onKeepTheirs: () => void;
}) {
  const { m, locale } = useClaimsI18n();
  return (
    <Alert tone="warning" title={m.translate.conflictTitle}>
      <p>{format(m.translate.conflictBody, { version: theirs?.version ?? "?" })}</p>
      <p className="mt-2 text-xs font-semibold">{m.translate.theirs}</p>
      <p
        lang="en"
        dir="ltr"
        className="mt-0.5 whitespace-pre-wrap rounded border border-amber-200 bg-white px-2 py-1.5 text-slate-900"
        data-testid="translation-theirs"
      >
        {theirs?.text ?? ""}
      </p>
      {theirs?.author ? (
        <p className="mt-1 text-xs">
          {format(m.translate.by, {
            version: theirs.version,
            name: theirs.author.name,
            time: formatDateTime(theirs.updatedAt, locale),
          })}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" onClick={onUseTheirs} disabled={busy}>
          {m.translate.useTheirs}
        </Button>
        <Button size="sm" onClick={onKeepTheirs} disabled={busy}>
          {m.translate.keepTheirs}
        </Button>
      </div>
    </Alert>
  );
}

/** The Arabic each "[…]" of an inserted draft stands for, numbered as the gaps are. */
export function DraftGaps({ gaps }: { gaps: string[] }) {
  const { m } = useClaimsI18n();
  return (
    <div className="rounded border border-amber-200 bg-white px-2 py-1.5 text-xs" data-testid="draft-gaps">
      <p className="font-semibold text-slate-700">{m.translate.gapsTitle}</p>
      <ol className="mt-1 flex flex-col gap-1">
        {gaps.map((arabic, i) =>
          arabic ? (
            <li key={i} className="flex items-baseline gap-2" data-testid="draft-gap">
              <span className="shrink-0 tabular-nums text-slate-500">{i + 1}.</span>
              <bdi dir="rtl" lang="ar" className="text-arabic text-sm text-slate-900">
                {arabic}
              </bdi>
            </li>
          ) : null,
        )}
      </ol>
    </div>
  );
}

/** A saved translation's status, origin, author and reviewer, as one line of badges and text. */
export function TranslationByline({ translation }: { translation: TTranslation }) {
  const { m, locale } = useClaimsI18n();
  const status = translation.status;
  // Shown as machine translation until a person edits it (a HUMAN revision) or a reviewer marks it reviewed.
  const machineText = translation.origin === "MACHINE" && status !== "REVIEWED";
  return (
    <>
      <Badge tone={status === "REVIEWED" ? "green" : "neutral"}>
        {status === "REVIEWED" ? m.translate.reviewed : m.translate.draft}
      </Badge>
      {translation.origin === "ASSISTED" ? <Badge tone="amber">{m.translate.assistedBadge}</Badge> : null}
      {machineText ? (
        <span data-testid="machine-badge">
          <Badge tone="violet">{format(m.translate.machineBadge, { engine: translation.engine ?? "?" })}</Badge>
        </span>
      ) : null}
      <span data-testid="translation-author">
        {translation.author
          ? format(m.translate.by, {
              version: translation.version,
              name: translation.author.name,
              time: formatDateTime(translation.updatedAt, locale),
            })
          : format(m.translate.byUnknown, {
              version: translation.version,
              time: formatDateTime(translation.updatedAt, locale),
            })}
      </span>
      {status === "REVIEWED" && translation.reviewedBy ? (
        <span>· {format(m.translate.reviewedBy, { name: translation.reviewedBy.name })}</span>
      ) : null}
    </>
  );
}
