import { LinkClaimButton } from "@/components/links/link-claim-dialog";
import { VerdictBadge } from "@/components/review/badges";
import {
  ArabicSentence,
  ArticleLine,
  FigureList,
  SpeakerLine,
  TranslationText,
  UserText,
} from "@/components/review/claim-parts";
import type { ReviewMessages } from "@/components/review/messages";
import type { TClaimView, TVerdictView } from "@/components/review/types";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { format } from "@/lib/i18n/format";
import type { ReactNode } from "react";

/** A cell's small heading, so each row of the side-by-side grid says what it holds. */
function RowLabel({ children }: { children: string }) {
  return <h4 className="text-[0.7rem] font-semibold uppercase tracking-wide text-slate-500">{children}</h4>;
}

/**
 * Every claim about an event, side by side: one column per claim in order of publication, and
 * the same rows in every column (article, speaker, figures, Arabic sentence, translation,
 * verdict) lined up across columns by a subgrid, so figures can be compared along a row.
 */
export function EventClaims({
  projectId,
  eventId,
  claims,
  verdicts,
  m,
  locale,
  proposed,
}: {
  projectId: string;
  eventId: string;
  claims: TClaimView[];
  verdicts: TVerdictView[];
  m: ReviewMessages;
  locale: Locale;
  /** Claims no analyst has accepted yet, marked "machine-proposed", and its wording. */
  proposed?: { ids: ReadonlySet<string>; badge: ReactNode };
}) {
  return (
    <div className="overflow-x-auto pb-2" data-testid="event-claims">
      <ol className="grid grid-flow-col auto-cols-[minmax(19rem,1fr)] grid-rows-[repeat(7,auto)] gap-x-4">
        {claims.map((claim) => {
          const verdict = verdicts.find((v) => v.claimId === claim.id);
          return (
            <li
              key={claim.id}
              className={`row-span-7 grid grid-rows-subgrid gap-y-3 rounded-lg border bg-white p-4 shadow-sm ${claim.disagreements.length ? "border-red-300" : "border-slate-200"}`}
              data-testid="event-claim"
              data-claim-id={claim.id}
              data-proposed={proposed?.ids.has(claim.id) ? "true" : undefined}
            >
              <div className="flex items-start justify-between gap-2">
                <span className="flex flex-wrap items-center gap-1.5">
                  <Badge>{m.kind[claim.kind]}</Badge>
                  {proposed?.ids.has(claim.id) ? proposed.badge : null}
                </span>
                <LinkClaimButton
                  label={m.event.linkClaim}
                  ariaLabel={format(m.event.linkClaimLabel, { article: claim.article.title })}
                  projectId={projectId}
                  claim={{ id: claim.id, articleId: claim.articleId, quote: claim.quote || claim.sentence }}
                  initialEventId={eventId}
                />
              </div>
              <ArticleLine article={claim.article} projectId={projectId} m={m} locale={locale} />
              <SpeakerLine claim={claim} m={m} />
              <div className="flex flex-col gap-1">
                <FigureList claim={claim} m={m} locale={locale} />
              </div>
              <div className="flex flex-col gap-1">
                <RowLabel>{m.claim.sentence}</RowLabel>
                <ArabicSentence claim={claim} />
              </div>
              <div className="flex flex-col gap-1">
                <RowLabel>{m.claim.translation}</RowLabel>
                <TranslationText claim={claim} m={m} />
              </div>
              <div>
                {verdict ? (
                  <p className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                    {m.verdictForm.standing}: <VerdictBadge value={verdict.value} m={m} />{" "}
                    <UserText text={verdict.rationale} className="line-clamp-2" />
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
