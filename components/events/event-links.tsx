import Link from "next/link";
import { RelationBadge } from "@/components/review/badges";
import { UserText } from "@/components/review/claim-parts";
import type { ReviewMessages } from "@/components/review/messages";
import { queueHref } from "@/components/review/queue-filters";
import type { TClaimView, TLinkState, TRelation } from "@/components/review/types";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

export type TEventLink = {
  id: string;
  fromClaimId: string;
  toClaimId: string;
  relation: TRelation;
  state: TLinkState;
  reason: string;
  note: string;
};

const STATE_TONE = { OPEN: "amber", CONFIRMED: "green", DISMISSED: "neutral" } as const;

/** The links among an event's claims (the contradiction a reviewer confirmed, the agreements), each opening its pair in the queue. */
export function EventLinks({
  projectId,
  links,
  claims,
  m,
  locale,
}: {
  projectId: string;
  links: TEventLink[];
  claims: TClaimView[];
  m: ReviewMessages;
  locale: Locale;
}) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  if (links.length === 0) return <p className="text-sm text-slate-500">{m.event.noLinks}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="event-links">
      {links.map((link) => {
        const from = byId.get(link.fromClaimId);
        const to = byId.get(link.toClaimId);
        if (!from || !to) return null;
        return (
          <li
            key={link.id}
            className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-slate-200 px-3 py-2 text-sm"
            data-testid="event-link"
            data-state={link.state}
          >
            <RelationBadge relation={link.relation} m={m} />
            <Badge tone={STATE_TONE[link.state]}>{m.state[link.state]}</Badge>
            <span className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
              <UserText text={from.article.title} className="font-medium" />
              <span className="text-xs text-slate-500">({formatDate(from.article.publishedAt, locale)})</span>
              <span aria-hidden="true">↔</span>
              <UserText text={to.article.title} className="font-medium" />
              <span className="text-xs text-slate-500">({formatDate(to.article.publishedAt, locale)})</span>
            </span>
            {link.reason || link.note ? (
              <UserText text={link.reason || link.note} className="basis-full text-xs text-slate-600" />
            ) : null}
            <Link
              href={queueHref(projectId, {
                state: link.state,
                order: "important",
                pair: [from.articleId, to.articleId],
              })}
              className="text-xs text-blue-800 hover:underline"
            >
              {m.event.openInQueue}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
