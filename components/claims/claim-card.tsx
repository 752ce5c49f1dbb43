"use client";

import Link from "next/link";
import { EntityName } from "@/components/entities/entity-name";
import type { TTranslation } from "@/components/translations/translations-api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import { ClaimFigures } from "./claim-figures";
import { ClaimTranslation } from "./claim-translation";
import { channelLabel } from "./channel-label";
import { orphanedByVersion } from "./orphaned-span";
import { STATUS_TONE } from "./status-tone";
import type { TListedClaim } from "./types";
import { useClaimsI18n } from "./use-claims-i18n";

/** The ids of the spans a claim is built on that are in the text: its own words and its speaker. */
export function claimSpanIds(claim: TListedClaim): string[] {
  return [claim.claimSpan, claim.speakerSpan].flatMap((s) =>
    s && !s.deletedAt && s.anchorState !== "ORPHANED" ? [s.id] : [],
  );
}

/**
 * One claim in the panel: its words (a button that selects the claim and shows its spans in the
 * text), figures in English and Arabic, speaker, attribution, channel, event, status and English
 * translation. Edit, Delete and Translate appear on the selected claim only, which keeps a list of
 * hundreds of claims light and calm.
 */
export function ClaimCard({
  claim,
  projectId,
  active,
  canReview,
  translating,
  onShow,
  onEdit,
  onLink,
  onDelete,
  onTranslate,
  onTranslated,
}: {
  claim: TListedClaim;
  projectId: string;
  active: boolean;
  canReview: boolean;
  translating: boolean;
  onShow: () => void;
  onEdit: () => void;
  /** Opens the link dialog for this claim. */
  onLink: () => void;
  onDelete: () => void;
  onTranslate: (open: boolean) => void;
  onTranslated: (translation: TTranslation) => void;
}) {
  const { m, locale } = useClaimsI18n();
  const spans = claimSpanIds(claim);
  const orphanedBy = orphanedByVersion(claim);
  const speakerQuote = claim.speakerSpan && !claim.speakerSpan.deletedAt ? claim.speakerSpan.quote : null;
  const eventTitle = claim.event
    ? locale === "ar"
      ? claim.event.titleAr || claim.event.titleEn
      : claim.event.titleEn || claim.event.titleAr
    : "";

  return (
    <article
      id={`claim-${claim.id}`}
      className={cn(
        "flex flex-col gap-2 rounded-md border bg-white p-3 transition-colors",
        // Cards out of view are neither laid out nor painted until scrolled to: an article with hundreds of claims opens fast.
        "[contain-intrinsic-size:auto_12rem] [content-visibility:auto]",
        active ? "border-blue-500 ring-2 ring-blue-500/20" : "border-slate-200",
      )}
      data-testid="claim-card"
      data-claim-id={claim.id}
      data-kind={claim.kind}
      aria-current={active || undefined}
    >
      <div className="flex min-h-7 items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-1.5">
          <Badge tone={STATUS_TONE[claim.status]}>{m.status[claim.status]}</Badge>
          {claim.author ? (
            <span className="text-xs text-slate-500">{format(m.panel.by, { name: claim.author.name })}</span>
          ) : null}
        </div>
        {active ? (
          <div className="flex shrink-0 gap-0.5">
            <Button size="sm" variant="ghost" onClick={onEdit} data-testid="claim-edit">
              {m.panel.edit}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              title={m.panel.linkHelp}
              aria-haspopup="dialog"
              onClick={onLink}
              data-testid="claim-link"
            >
              {m.panel.link}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              className="text-red-700 hover:bg-red-50"
              onClick={onDelete}
              data-testid="claim-delete"
            >
              {m.panel.delete}
            </Button>
          </div>
        ) : null}
      </div>

      <button
        type="button"
        onClick={onShow}
        aria-pressed={active}
        title={orphanedBy !== null ? m.panel.spanOrphanedHelp : spans.length > 0 ? m.panel.showSpans : m.panel.noSpans}
        className="rounded-md text-start hover:bg-rose-50 focus-visible:bg-rose-50"
        data-testid="claim-show"
      >
        {claim.claimSpan && !claim.claimSpan.deletedAt ? (
          <>
            <span className="sr-only">{m.panel.showSpans}: </span>
            <q
              lang="ar"
              dir="rtl"
              className={cn(
                "text-arabic line-clamp-3 block border-s-4 ps-2 text-base leading-relaxed before:content-none after:content-none",
                // An orphaned span's words are an older text's: shown struck through, not as if in the text.
                orphanedBy !== null
                  ? "border-amber-300 text-slate-500 line-through decoration-amber-500/60"
                  : "border-rose-300 text-slate-900",
              )}
            >
              {claim.claimSpan.quote}
            </q>
          </>
        ) : (
          <span className="text-xs italic text-slate-500">{m.panel.noSpans}</span>
        )}
      </button>

      {orphanedBy !== null ? (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs" data-testid="claim-span-orphaned">
          <Badge tone="amber">{format(m.panel.spanOrphaned, { version: formatNumber(orphanedBy, locale) })}</Badge>
          <a href="#orphans-panel" className="font-medium text-blue-800 hover:underline">
            {m.panel.toOrphans}
          </a>
        </p>
      ) : null}

      <ClaimFigures kind={claim.kind} figures={claim.figures} m={m} locale={locale} />

      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-xs leading-5 text-slate-500">{m.panel.speaker}</dt>
        <dd className="min-w-0" data-testid="claim-speaker">
          {claim.speakerEntity ? (
            <Link
              href={`/projects/${projectId}/entities/${claim.speakerEntity.id}`}
              className="font-medium text-blue-800 hover:underline"
              data-testid="claim-speaker-entity"
            >
              <EntityName entity={claim.speakerEntity} />
            </Link>
          ) : null}
          {speakerQuote ? (
            <span lang="ar" dir="rtl" className={cn("text-arabic text-slate-700", claim.speakerEntity && "ms-2")}>
              «{speakerQuote}»
            </span>
          ) : null}
          {!claim.speakerEntity && !speakerQuote ? (
            <span className="italic text-slate-400">{m.panel.noSpeaker}</span>
          ) : null}
          {claim.attribution ? (
            <span className="block text-xs text-slate-600" dir="auto">
              {format(m.panel.via, { attribution: claim.attribution })}
            </span>
          ) : null}
        </dd>
        {claim.channel ? (
          <>
            <dt className="text-xs leading-5 text-slate-500">{m.panel.channel}</dt>
            <dd dir="auto" data-testid="claim-channel">
              {channelLabel(claim.channel, m)}
            </dd>
          </>
        ) : null}
        {claim.event ? (
          <>
            <dt className="text-xs leading-5 text-slate-500">{m.panel.event}</dt>
            <dd>
              <Link
                href={`/projects/${projectId}/events/${claim.event.id}`}
                className="text-blue-800 hover:underline"
                dir="auto"
              >
                {eventTitle}
              </Link>
            </dd>
          </>
        ) : null}
        {claim.occurredOn || claim.place ? (
          <>
            <dt className="text-xs leading-5 text-slate-500">{m.panel.place}</dt>
            <dd className="text-slate-700">
              {claim.place ? <span dir="auto">{claim.place}</span> : null}
              {claim.occurredOn ? (
                <span className={cn(claim.place && "ms-2 text-slate-500")}>{formatDate(claim.occurredOn, locale)}</span>
              ) : null}
            </dd>
          </>
        ) : null}
        {claim.entities.length > 0 ? (
          <>
            <dt className="text-xs leading-5 text-slate-500">{m.panel.about}</dt>
            <dd className="flex flex-wrap gap-x-2">
              {claim.entities.map(({ entity }) => (
                <Link
                  key={entity.id}
                  href={`/projects/${projectId}/entities/${entity.id}`}
                  className="text-blue-800 hover:underline"
                >
                  <EntityName entity={entity} />
                </Link>
              ))}
            </dd>
          </>
        ) : null}
        {claim.note ? (
          <>
            <dt className="text-xs leading-5 text-slate-500">{m.panel.note}</dt>
            <dd dir="auto" className="whitespace-pre-wrap text-slate-700">
              {claim.note}
            </dd>
          </>
        ) : null}
      </dl>

      <div className="border-t border-slate-100 pt-2" data-testid="claim-translation">
        {active && translating ? (
          <ClaimTranslation
            articleId={claim.articleId}
            claimId={claim.id}
            canReview={canReview}
            onChange={onTranslated}
            onClose={() => onTranslate(false)}
          />
        ) : (
          <div className="flex flex-col gap-1">
            {claim.translation ? (
              <p
                lang="en"
                dir="ltr"
                className="text-sm leading-relaxed text-slate-800"
                data-testid="claim-translation-text"
              >
                {claim.translation.text}
              </p>
            ) : (
              <p className="text-xs italic text-slate-400">{m.panel.noTranslation}</p>
            )}
            {claim.translation || active ? (
              <div className="flex min-h-7 items-center gap-1">
                {claim.translation ? (
                  <>
                    <Badge tone={claim.translation.status === "REVIEWED" ? "green" : "neutral"}>
                      {m.status[claim.translation.status]}
                    </Badge>
                    {claim.translation.origin === "ASSISTED" ? <Badge tone="amber">{m.panel.assisted}</Badge> : null}
                    {/* An engine's English, until a person edits it or a reviewer marks it reviewed. */}
                    {claim.translation.origin === "MACHINE" && claim.translation.status !== "REVIEWED" ? (
                      <Badge tone="violet">{m.panel.machine}</Badge>
                    ) : null}
                  </>
                ) : null}
                {active ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="ms-auto"
                    onClick={() => onTranslate(true)}
                    data-testid="claim-translate"
                  >
                    {claim.translation ? m.panel.editTranslation : m.panel.translate}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </div>
        )}
      </div>
    </article>
  );
}
