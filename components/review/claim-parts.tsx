import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { hasArabic } from "@/components/ui/bidi";
import { isolateLatin } from "@/components/ui/isolate";
import { formatFigure } from "@/lib/claims/figures";
import { format, formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { DisagreesBadge } from "./badges";
import type { ReviewMessages } from "./messages";
import type { TArticleRef, TClaimView, TFigureRole } from "./types";

/**
 * The pieces a claim is shown with away from its article, shared by the event page, the review
 * queue and the link dialog. They render on the server or in the browser alike.
 */

/**
 * User text of unknown direction: `dir="auto"`, the Arabic font when it holds Arabic, and each
 * Latin run in it (a handle, a name) isolated so it reads as written.
 */
export function UserText({ text, className }: { text: string; className?: string }) {
  return (
    <span dir="auto" className={cn(hasArabic(text) && "text-arabic", className)}>
      {isolateLatin(text)}
    </span>
  );
}

/** Title (linking to the article), publication date and outlet. */
export function ArticleLine({
  article,
  projectId,
  m,
  locale,
}: {
  article: TArticleRef;
  projectId: string;
  m: ReviewMessages;
  locale: Locale;
}) {
  return (
    <div className="flex flex-col gap-0.5" data-testid="claim-article">
      <Link
        href={`/projects/${projectId}/articles/${article.id}`}
        className="font-semibold text-slate-900 hover:text-blue-800 hover:underline"
        title={m.claim.openArticle}
      >
        <UserText text={article.title} className="text-base leading-snug" />
      </Link>
      <p className="flex flex-wrap gap-x-2 text-xs text-slate-600">
        <span>
          <span className="sr-only">{m.claim.published}: </span>
          <time dateTime={article.publishedAt ?? undefined} data-testid="claim-date">
            {formatDate(article.publishedAt, locale)}
          </time>
        </span>
        <span aria-hidden="true">·</span>
        <span data-testid="claim-outlet">
          <span className="sr-only">{m.claim.outlet}: </span>
          {article.source ? (
            <UserText text={article.source} />
          ) : (
            <span className="italic text-slate-500">{m.claim.noOutlet}</span>
          )}
        </span>
      </p>
    </div>
  );
}

/** Who said it: the registered entity (both names) or the speaker span, with attribution and channel. */
export function SpeakerLine({ claim, m }: { claim: TClaimView; m: ReviewMessages }) {
  const s = claim.speaker;
  const names = s ? [s.nameAr, s.nameEn].filter(Boolean) : [];
  const label = names.length > 0 ? names : s?.quote ? [s.quote] : [];
  return (
    <div className="text-sm" data-testid="claim-speaker">
      <span className="text-xs font-medium text-slate-500">{m.claim.speaker}: </span>
      {label.length > 0 ? (
        label.map((name, i) => (
          <span key={name}>
            {i > 0 ? <span className="text-slate-400"> / </span> : null}
            <UserText text={name} className="font-medium text-slate-900" />
          </span>
        ))
      ) : (
        <span className="italic text-slate-500">{m.claim.noSpeaker}</span>
      )}
      {claim.attribution ? (
        <span className="text-slate-600">
          {" "}
          — <UserText text={format(m.claim.via, { attribution: claim.attribution })} />
        </span>
      ) : null}
      {claim.channel ? (
        <span className="ms-2 text-xs text-slate-500">{format(m.claim.channel, { channel: claim.channel })}</span>
      ) : null}
    </div>
  );
}

/** The Arabic sentence around the claim, the claim's own words marked. */
export function ArabicSentence({
  claim,
  className,
}: {
  claim: Pick<TClaimView, "sentence" | "quote">;
  className?: string;
}) {
  const text = claim.sentence || claim.quote;
  const at = claim.quote ? text.indexOf(claim.quote) : -1;
  return (
    <p
      dir="rtl"
      lang="ar"
      className={cn("text-arabic text-lg leading-loose text-slate-900", className)}
      data-testid="claim-sentence"
    >
      {at < 0 ? (
        text
      ) : (
        <>
          {text.slice(0, at)}
          <mark className="rounded-sm bg-amber-100 px-0.5 text-inherit ring-1 ring-amber-300">{claim.quote}</mark>
          {text.slice(at + claim.quote.length)}
        </>
      )}
    </p>
  );
}

export function TranslationText({ claim, m }: { claim: TClaimView; m: ReviewMessages }) {
  if (!claim.translation) return <p className="text-sm italic text-slate-500">{m.claim.noTranslation}</p>;
  return (
    <p lang="en" dir="ltr" className="text-sm leading-relaxed text-slate-800" data-testid="claim-translation">
      {claim.translation.text}
      {claim.translation.reviewed ? null : (
        <span className="ms-1.5 rounded bg-slate-100 px-1 text-xs text-slate-500">{m.claim.draftTranslation}</span>
      )}
    </p>
  );
}

/**
 * The claim's figures, each in English and Arabic with its qualifier ("about 7" / «نحو 7»), a
 * red "disagrees" badge on the ones another claim of the event contradicts.
 */
export function FigureList({
  claim,
  m,
  locale,
  compact = false,
}: {
  claim: TClaimView;
  m: ReviewMessages;
  locale: Locale;
  compact?: boolean;
}) {
  const f = claim.figures;
  const rows: { key: string; label: string; role?: TFigureRole; en: string; ar?: string }[] = [];
  for (const role of ["killed", "injured", "value"] as const) {
    const value = f[role];
    if (!value) continue;
    const ar = formatFigure(value, "ar");
    // The Arabic interface shows the Arabic reading only ("about 7" is English); the English one adds
    // the Arabic beside it. An exact number reads the same in both languages: show it once.
    const en = locale === "ar" ? ar : formatFigure(value, "en");
    rows.push({ key: role, label: m.figures[role], role, en, ar: ar === en ? "" : ar });
  }
  if (f.thing) rows.push({ key: "thing", label: m.figures.thing, en: f.thing });
  if (f.asOf) rows.push({ key: "asOf", label: m.figures.asOf, en: formatDate(f.asOf, locale) });
  if (f.since) rows.push({ key: "since", label: m.figures.since, en: formatDate(f.since, locale) });
  if (f.victims) rows.push({ key: "victims", label: m.figures.victims, en: f.victims });
  if (f.perpetrator) rows.push({ key: "perpetrator", label: m.figures.perpetrator, en: f.perpetrator });
  if (rows.length === 0) return compact ? null : <p className="text-xs italic text-slate-500">{m.figures.none}</p>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="claim-figures">
      {rows.map((row) => {
        const disagrees = row.role !== undefined && claim.disagreements.includes(row.role);
        return (
          <div key={row.key} className="contents">
            <dt className="text-xs font-medium leading-6 text-slate-500">{row.label}</dt>
            <dd
              className={cn(
                "flex flex-wrap items-center gap-x-2 leading-6",
                disagrees && "-mx-1 rounded bg-red-50 px-1 ring-1 ring-red-300",
              )}
              data-testid={row.role ? `figure-${row.role}` : undefined}
              data-disagrees={disagrees || undefined}
            >
              {row.ar !== undefined ? (
                <>
                  <span
                    lang={locale}
                    dir={locale === "ar" ? "rtl" : "ltr"}
                    className="font-semibold tabular-nums text-slate-900"
                  >
                    {row.en}
                  </span>
                  {row.ar ? (
                    <span dir="rtl" lang="ar" className="text-arabic text-slate-700">
                      {row.ar}
                    </span>
                  ) : null}
                </>
              ) : (
                <UserText text={row.en} className="text-slate-800" />
              )}
              {disagrees && row.role ? (
                <DisagreesBadge m={m} title={format(m.figures.disagreesTitle, { role: m.figures[row.role] })} />
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
