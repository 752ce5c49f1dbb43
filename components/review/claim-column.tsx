import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { VerdictBadge } from "./badges";
import { ArabicSentence, ArticleLine, FigureList, SpeakerLine, TranslationText } from "./claim-parts";
import type { ReviewMessages } from "./messages";
import { eventTitle } from "./to-view";
import type { TClaimView, TEventRef, TVerdictView } from "./types";

/** One side of a link in the queue: the claim with its article, speaker, sentence, translation and figures. */
export function ClaimColumn({
  claim,
  heading,
  projectId,
  event,
  verdict,
  m,
  locale,
}: {
  claim: TClaimView;
  heading: string;
  projectId: string;
  event: TEventRef | undefined;
  verdict: TVerdictView | undefined;
  m: ReviewMessages;
  locale: Locale;
}) {
  return (
    <section
      className="flex min-w-0 flex-col gap-2.5 rounded-md border border-slate-200 bg-slate-50/60 p-3"
      data-testid="queue-claim"
      data-claim-id={claim.id}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold uppercase tracking-wide text-slate-500">{heading}</span>
        <Badge>{m.kind[claim.kind]}</Badge>
        <span
          className={
            claim.proposed
              ? "rounded border border-dashed border-amber-500 px-1.5 py-0.5 text-amber-800"
              : "rounded border border-emerald-300 px-1.5 py-0.5 text-emerald-800"
          }
          data-testid="claim-origin"
        >
          {claim.proposed ? m.queue.machineProposed : m.queue.accepted}
        </span>
        {event ? (
          <Link
            href={`/projects/${projectId}/events/${event.id}`}
            className="truncate text-blue-800 hover:underline"
            dir="auto"
          >
            {eventTitle(event, locale)}
          </Link>
        ) : null}
        {verdict ? (
          <span className="flex items-center gap-1" title={verdict.rationale}>
            <span className="text-slate-500">{m.verdictForm.standing}:</span>
            <VerdictBadge value={verdict.value} m={m} />
          </span>
        ) : null}
      </div>
      <ArticleLine article={claim.article} projectId={projectId} m={m} locale={locale} />
      <SpeakerLine claim={claim} m={m} />
      <ArabicSentence claim={claim} />
      <TranslationText claim={claim} m={m} />
      <FigureList claim={claim} m={m} locale={locale} compact />
    </section>
  );
}
