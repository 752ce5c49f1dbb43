import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/article/status-badge";
import { assignmentMessages } from "@/components/assignments/messages";
import { hasArabic } from "@/components/ui/bidi";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { cn } from "@/components/ui/cn";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/panel";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: assignmentMessages[locale].mine.title };
}

/** The signed-in member's assigned articles in their order, each with their own status. */
export default async function MyArticlesPage({ params }: Props) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/my-articles`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(getProject({ actor: user, projectId }))]);
  const assignments = await listAssignments({ actor: user, projectId, userId: user.id });
  const m = assignmentMessages[locale];
  const done = assignments.filter((a) => a.status === "DONE").length;

  return (
    <>
      <PageHeader
        title={m.mine.title}
        subtitle={
          <span data-testid="my-progress">
            {m.mine.subtitle}{" "}
            {assignments.length > 0
              ? format(m.mine.progress, {
                  done: formatNumber(done, locale),
                  total: formatNumber(assignments.length, locale),
                })
              : null}
          </span>
        }
      >
        <Breadcrumb t={t} project={{ id: projectId, name: project.name }} />
      </PageHeader>
      <DataTable
        columns={[
          {
            id: "title",
            header: t.articleTable.title,
            className: "max-w-[32rem]",
            // Not prefetched: opening an assigned article starts it, so only a click should render it.
            cell: (a) => (
              <Link
                href={`/projects/${projectId}/articles/${a.article.id}`}
                prefetch={false}
                dir="auto"
                className={cn(
                  "font-medium text-blue-800 hover:underline",
                  hasArabic(a.article.title) && "text-arabic text-[0.95rem] leading-snug",
                )}
              >
                {a.article.title}
              </Link>
            ),
          },
          {
            id: "status",
            header: m.mine.status,
            cell: (a) => <StatusBadge status={a.status} t={t} />,
          },
          {
            id: "assigned",
            header: m.column.assignedOn,
            className: "whitespace-nowrap text-slate-700",
            cell: (a) => formatDate(a.createdAt, locale),
          },
        ]}
        rows={assignments}
        rowKey={(a) => a.id}
        caption={m.mine.caption}
        testId="my-articles"
        empty={<EmptyState>{m.mine.empty}</EmptyState>}
      />
    </>
  );
}
