import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { ArticleTitle, articleColumns, type ArticleRow } from "@/components/projects/article-columns";
import { agreementMessages } from "@/components/agreement/messages";
import { AssignForm } from "@/components/assignments/assign-form";
import { ArticleSelectionProvider } from "@/components/assignments/article-selection";
import { AssignmentFilter } from "@/components/assignments/assignment-filter";
import { assigneesColumn, selectColumn } from "@/components/assignments/assignment-columns";
import { assignmentMessages } from "@/components/assignments/messages";
import { ExportPanel } from "@/components/datasets/export-panel";
import { ImportPanel } from "@/components/projects/import-panel";
import { WebImportForm } from "@/components/projects/web-import-form";
import { webImportMessages } from "@/components/projects/web-import-messages";
import { publisherMessages } from "@/components/publisher/messages";
import { RunSuggestionsButton } from "@/components/suggestions/run-suggestions-button";
import { MembersPanel } from "@/components/projects/members-panel";
import { RestoreArticleButton } from "@/components/projects/restore-article-button";
import { RoleBadge } from "@/components/projects/role-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { LoadingBlock } from "@/components/ui/loading";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { Tabs } from "@/components/ui/tabs";
import { listArticles } from "@/lib/articles/list-articles";
import { ZArticleStatus } from "@/lib/articles/schemas";
import type { ActingUser } from "@/lib/auth/acting-user";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { NotFoundError } from "@/lib/errors";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { listMembers } from "@/lib/projects/list-members";
import { FeatureMessages } from "@/components/i18n/feature-messages";

const TABS = ["articles", "import", "export", "members", "deleted"] as const;
type Tab = (typeof TABS)[number];
const MANAGER_TABS: readonly Tab[] = ["import", "export", "deleted"];

/** Shared by the page and its metadata, so the project is read once per request. */
const loadProject = cache((actor: ActingUser, projectId: string) => getProject({ actor, projectId }));

type TSearch = { tab?: string | string[]; status?: string | string[]; assignee?: string | string[] };
type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<TSearch> };

/** The article list's assignment filter from the address; a malformed value is no filter. */
function readFilter(search: TSearch) {
  const first = (v?: string | string[]) => (Array.isArray(v) ? v[0] : v);
  const status = ZArticleStatus.safeParse(first(search.status));
  const assignee = first(search.assignee);
  return {
    assignmentStatus: status.success ? status.data : undefined,
    assignee: assignee && isUuid(assignee) ? assignee : undefined,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId } = await params;
  const { t } = await getI18n();
  const user = await requirePageUser(`/projects/${projectId}`);
  if (!isUuid(projectId)) return { title: t.errors.notFoundTitle };
  const project = await loadProject(user, projectId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return { title: project?.name ?? t.errors.notFoundTitle };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const [{ projectId }, search] = await Promise.all([params, searchParams]);
  const requested = Array.isArray(search.tab) ? search.tab[0] : search.tab;
  const user = await requirePageUser(
    `/projects/${projectId}${requested ? `?tab=${encodeURIComponent(requested)}` : ""}`,
  );
  if (!isUuid(projectId)) notFound();
  // Membership is settled before anything streams, so a stranger gets a real 404 status.
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(loadProject(user, projectId))]);
  const canManage = project.role === "MANAGER";
  const tab: Tab = TABS.find((name) => name === requested && (canManage || !MANAGER_TABS.includes(name))) ?? "articles";
  const m = assignmentMessages[locale];

  return (
    <FeatureMessages features={["assignments", "datasets", "suggestions", "webImport"]}>
      <PageHeader
        title={
          <span dir="auto" data-testid="project-name">
            {project.name}
          </span>
        }
        subtitle={
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <RoleBadge role={project.role} t={t} />
            {project.description ? (
              <span dir="auto" className="text-slate-600">
                {project.description}
              </span>
            ) : null}
          </div>
        }
      >
        <Breadcrumb t={t} />
      </PageHeader>
      <nav aria-label={t.project.views} className="flex flex-wrap gap-2 text-sm" data-testid="project-views">
        {[
          ["my-articles", m.mine.link],
          ["events", t.project.viewEvents],
          ["review", t.project.viewReview],
          ["overview", t.project.viewOverview],
          ["agreement", agreementMessages[locale].link],
          ["entities", t.project.viewEntities],
          ["search", t.project.viewSearch],
          ...(canManage ? [["labels", t.project.viewLabels]] : []),
          ["settings", publisherMessages[locale].link],
        ].map(([path, label]) => (
          <Link
            key={path}
            href={`/projects/${projectId}/${path}`}
            className="rounded-md border border-slate-200 bg-white px-3 py-1.5 text-slate-700 shadow-sm hover:border-slate-300 hover:bg-slate-50"
          >
            {label}
          </Link>
        ))}
        {canManage ? <RunSuggestionsButton projectId={projectId} /> : null}
      </nav>
      <Suspense key={tab} fallback={<LoadingBlock label={t.common.loading} />}>
        <ProjectSections
          user={user}
          projectId={projectId}
          tab={tab}
          canManage={canManage}
          filter={readFilter(search)}
        />
      </Suspense>
    </FeatureMessages>
  );
}

/** The section tabs and the chosen section, streamed in after the header. */
async function ProjectSections({
  user,
  projectId,
  tab,
  canManage,
  filter,
}: {
  user: ActingUser;
  projectId: string;
  tab: Tab;
  canManage: boolean;
  filter: ReturnType<typeof readFilter>;
}) {
  const [{ t, locale }, articles, members, deleted] = await Promise.all([
    getI18n(),
    listArticles({ actor: user, projectId, ...filter }),
    listMembers({ actor: user, projectId }),
    tab === "deleted" ? listArticles({ actor: user, projectId, deleted: true }) : Promise.resolve([]),
  ]);

  const base = `/projects/${projectId}`;
  const filtered = Boolean(filter.assignee || filter.assignmentStatus);
  const tabs = [
    {
      id: "articles",
      href: base,
      label: `${t.project.tabArticles} (${formatNumber(articles.length, locale)})`,
      active: tab === "articles",
    },
    ...(canManage
      ? [{ id: "import", href: `${base}?tab=import`, label: t.project.tabImport, active: tab === "import" }]
      : []),
    ...(canManage
      ? [{ id: "export", href: `${base}?tab=export`, label: t.project.tabExport, active: tab === "export" }]
      : []),
    {
      id: "members",
      href: `${base}?tab=members`,
      label: `${t.project.tabMembers} (${formatNumber(members.length, locale)})`,
      active: tab === "members",
    },
    ...(canManage
      ? [{ id: "deleted", href: `${base}?tab=deleted`, label: t.project.tabDeleted, active: tab === "deleted" }]
      : []),
  ];

  const deletedColumns: Column<ArticleRow>[] = [
    {
      id: "title",
      header: t.articleTable.title,
      className: "max-w-[28rem]",
      cell: (a) => <ArticleTitle title={a.title} />,
    },
    {
      id: "published",
      header: t.articleTable.published,
      className: "whitespace-nowrap text-slate-700",
      cell: (a) => formatDate(a.publishedAt, locale),
    },
    {
      id: "deletedAt",
      header: t.deleted.deletedAt,
      className: "whitespace-nowrap text-slate-700",
      cell: (a) => formatDate(a.deletedAt, locale),
    },
    {
      id: "restore",
      header: <span className="sr-only">{t.common.restore}</span>,
      className: "w-px text-end",
      cell: (a) => <RestoreArticleButton articleId={a.id} title={a.title} />,
    },
  ];

  return (
    <>
      <Tabs label={t.project.tabs} items={tabs} />

      {tab === "articles" ? (
        // The ticked rows are kept by article id above the table, so they survive its new renders.
        <ArticleSelectionProvider articleIds={articles.map((a) => a.id)}>
          <div className="flex flex-col gap-4">
            <AssignmentFilter
              t={t}
              locale={locale}
              projectId={projectId}
              members={members}
              status={filter.assignmentStatus}
              assignee={filter.assignee}
            />
            {filtered ? (
              <p role="status" className="text-sm text-slate-600" data-testid="filter-count">
                {format(assignmentMessages[locale].filter.showing, { count: formatNumber(articles.length, locale) })}
              </p>
            ) : null}
            {canManage && articles.length > 0 ? <AssignForm projectId={projectId} members={members} /> : null}
            <DataTable
              columns={[
                ...(canManage ? [selectColumn(locale)] : []),
                ...articleColumns({ t, locale, projectId, canManage }).toSpliced(
                  4,
                  0,
                  assigneesColumn(t, locale, canManage),
                ),
              ]}
              rows={articles}
              rowKey={(a) => a.id}
              caption={t.articleTable.caption}
              testId="articles-table"
              empty={
                <EmptyState>
                  {filtered
                    ? assignmentMessages[locale].filter.none
                    : canManage
                      ? t.project.noArticlesManager
                      : t.project.noArticles}
                </EmptyState>
              }
            />
          </div>
        </ArticleSelectionProvider>
      ) : null}

      {tab === "import" ? (
        <>
          <Panel title={t.importPanel.title}>
            <ImportPanel projectId={projectId} />
          </Panel>
          <Panel title={webImportMessages[locale].title}>
            <WebImportForm projectId={projectId} />
          </Panel>
        </>
      ) : null}

      {tab === "export" ? (
        <Panel title={t.project.tabExport}>
          <ExportPanel projectId={projectId} articles={articles.map((a) => ({ id: a.id, title: a.title }))} />
        </Panel>
      ) : null}

      {tab === "members" ? (
        <MembersPanel projectId={projectId} members={members} canManage={canManage} currentUserId={user.id} />
      ) : null}

      {tab === "deleted" ? (
        <Panel title={t.deleted.title} description={t.deleted.help} bodyClassName="p-0">
          <DataTable
            columns={deletedColumns}
            rows={deleted}
            rowKey={(a) => a.id}
            caption={t.deleted.title}
            testId="deleted-articles-table"
            className="rounded-none border-0 shadow-none"
            empty={<p className="px-4 py-6 text-center text-sm text-slate-500">{t.deleted.empty}</p>}
          />
        </Panel>
      ) : null}
    </>
  );
}
