import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WorkNav } from "@/components/review/work-nav";
import { KeyboardHelp } from "@/components/review/keyboard-help";
import { reviewMessages } from "@/components/review/messages";
import { QueueFilters, queueHref, type TQueueQuery } from "@/components/review/queue-filters";
import { ReviewQueue } from "@/components/review/review-queue";
import { toEventRef, toLinkView, toVerdictView } from "@/components/review/to-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/panel";
import { getArticle } from "@/lib/articles/get-article";
import type { ActingUser } from "@/lib/auth/acting-user";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { listEvents } from "@/lib/events/list-events";
import { ZEvent } from "@/lib/events/schemas";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { formatPlural } from "@/lib/i18n/icu";
import { listReviewQueue } from "@/lib/links/list-review-queue";
import { ZQueueLink } from "@/lib/links/schemas";
import { getProject } from "@/lib/projects/get-project";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";
import { ZVerdict } from "@/lib/verdicts/schemas";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Search = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<Search> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function readQuery(search: Search): TQueueQuery {
  const state = one(search.state)?.toUpperCase();
  const a = one(search.a);
  const b = one(search.b);
  return {
    state: state === "CONFIRMED" || state === "DISMISSED" ? state : "OPEN",
    order: one(search.order) === "oldest" ? "oldest" : "important",
    pair: a && b && isUuid(a) && isUuid(b) ? [a, b] : null,
  };
}

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: reviewMessages[locale].queue.title };
}

/** The title of an article of this project (for the pair filter's notice); another project's id is a 404. */
async function articleTitle(actor: ActingUser, projectId: string, articleId: string): Promise<string> {
  const article = await orNotFound(getArticle({ actor, articleId }));
  if (article.projectId !== projectId) notFound();
  return article.title;
}

/** A pair's links can sit anywhere in the queue, so a pair view reads further down it. */
const PAIR_LIMIT = 1000;

export default async function ReviewPage({ params, searchParams }: Props) {
  const [{ projectId }, search] = await Promise.all([params, searchParams]);
  const query = readQuery(search);
  const user = await requirePageUser(queueHref(projectId, query));
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(getProject({ actor: user, projectId }))]);
  const m = reviewMessages[locale];
  const [queue, events, verdicts, pairTitles] = await Promise.all([
    listReviewQueue({
      actor: user,
      projectId,
      state: query.state,
      order: query.order,
      limit: query.pair ? PAIR_LIMIT : undefined,
    }),
    listEvents({ actor: user, projectId }),
    listVerdicts({ actor: user, projectId }),
    query.pair ? Promise.all(query.pair.map((articleId) => articleTitle(user, projectId, articleId))) : null,
  ]);
  const pair = query.pair;
  // TODO(domain): filter by article pair in listReviewQueue instead of here.
  const links = queue
    .filter(
      (l) =>
        !pair ||
        (pair.includes(l.from.articleId) && pair.includes(l.to.articleId) && l.from.articleId !== l.to.articleId),
    )
    .map((l) => toLinkView(ZQueueLink.parse(l)));
  const canDecide = project.role === "REVIEWER" || project.role === "MANAGER";

  return (
    <FeatureMessages features={["review"]}>
      <WorkNav projectId={projectId} projectName={project.name} active="review" t={t} m={m} />
      <PageHeader title={m.queue.title} subtitle={m.queue.subtitle} />
      <div className="flex flex-col gap-4">
        <QueueFilters projectId={projectId} query={query} m={m} />
        {pair && pairTitles ? (
          <Alert tone="info">
            <span dir="auto" className="text-arabic">
              {format(m.queue.pairFilter, { a: pairTitles[0] ?? "", b: pairTitles[1] ?? "" })}
            </span>{" "}
            <Link href={queueHref(projectId, { ...query, pair: null })} className="font-medium underline">
              {m.queue.clearFilter}
            </Link>
          </Alert>
        ) : null}
        {canDecide ? null : (
          <Alert tone="info">
            <span data-testid="read-only-note">{m.queue.readOnly}</span>
          </Alert>
        )}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <KeyboardHelp canDecide={canDecide} m={m} />
          <span className="text-xs text-slate-500" data-testid="queue-count">
            {formatPlural(m.queue.count, links.length, locale)}
          </span>
        </div>
        <ReviewQueue
          key={`${query.state}:${query.order}:${pair?.join(":") ?? ""}`}
          projectId={projectId}
          state={query.state}
          links={links}
          canDecide={canDecide}
          events={Object.fromEntries(events.map((e) => [e.id, toEventRef(ZEvent.parse(e))]))}
          verdicts={verdicts.map((v) => toVerdictView(ZVerdict.parse(v)))}
        />
      </div>
    </FeatureMessages>
  );
}
