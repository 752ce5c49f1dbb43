import Link from "next/link";
import { StatusBadge } from "@/components/article/status-badge";
import { buttonClasses } from "@/components/ui/button";
import type { getArticleNeighbours } from "@/lib/assignments/get-article-neighbours";
import { format, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { MarkDoneButton } from "./mark-done-button";
import { assignmentMessages } from "./messages";

type TNeighbours = Awaited<ReturnType<typeof getArticleNeighbours>>;

/**
 * The reader's way through the list: previous and next article of the reader's assignments (or of
 * the project's list for someone with none), where this one sits, and the assignee's status with
 * "Mark done".
 */
export function ArticleFlow({
  t,
  locale,
  projectId,
  articleId,
  userId,
  flow,
}: {
  t: Messages;
  locale: Locale;
  projectId: string;
  articleId: string;
  userId: string;
  flow: TNeighbours;
}) {
  const m = assignmentMessages[locale];
  const step = (target: TNeighbours["next"], label: string, rel: "prev" | "next") =>
    target ? (
      <Link
        href={`/projects/${projectId}/articles/${target.id}`}
        // Opening an assigned article starts it, so it is rendered only when someone opens it.
        prefetch={false}
        rel={rel}
        title={target.title}
        className={buttonClasses("secondary", "sm")}
        data-testid={`article-${rel}`}
      >
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonClasses("secondary", "sm", "pointer-events-none opacity-50")}>
        {label}
      </span>
    );
  return (
    <nav
      aria-label={m.reader.label}
      className="flex flex-wrap items-center gap-3 text-sm text-slate-700"
      data-testid="article-flow"
    >
      {step(flow.previous, `${locale === "ar" ? "→" : "←"} ${m.reader.previous}`, "prev")}
      <span data-testid="article-position">
        {format(flow.list === "assignments" ? m.reader.positionMine : m.reader.position, {
          position: formatNumber(flow.position, locale),
          total: formatNumber(flow.total, locale),
        })}
      </span>
      {step(flow.next, `${m.reader.next} ${locale === "ar" ? "←" : "→"}`, "next")}
      {flow.assignmentStatus ? (
        <span className="flex items-center gap-2 ms-auto" data-testid="my-status">
          <span>{m.reader.myStatus}</span>
          <StatusBadge status={flow.assignmentStatus} t={t} />
          {flow.assignmentStatus !== "DONE" ? <MarkDoneButton articleId={articleId} userId={userId} /> : null}
        </span>
      ) : null}
    </nav>
  );
}
