import type { Metadata } from "next";
import Link from "next/link";
import { NewProjectForm } from "@/components/projects/new-project-form";
import { RoleBadge } from "@/components/projects/role-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { listProjects } from "@/lib/projects/list-projects";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.projects.title };
}

type ProjectRow = Awaited<ReturnType<typeof listProjects>>[number];

export default async function ProjectsPage() {
  const user = await requirePageUser("/projects");
  const [{ t, locale }, projects] = await Promise.all([getI18n(), listProjects({ actor: user })]);

  const columns: Column<ProjectRow>[] = [
    {
      id: "name",
      header: t.projects.name,
      cell: (p) => (
        <div className="min-w-0 py-0.5">
          <Link href={`/projects/${p.id}`} dir="auto" className="font-medium text-blue-800 hover:underline">
            {p.name}
          </Link>
          <p dir="auto" className="mt-0.5 line-clamp-2 max-w-xl text-xs text-slate-500">
            {p.description || t.projects.noDescription}
          </p>
        </div>
      ),
    },
    { id: "role", header: t.projects.role, cell: (p) => (p.role ? <RoleBadge role={p.role} t={t} /> : t.common.empty) },
    { id: "articles", header: t.projects.articles, numeric: true, cell: (p) => formatNumber(p.articleCount, locale) },
    { id: "members", header: t.projects.members, numeric: true, cell: (p) => formatNumber(p.memberCount, locale) },
    {
      id: "created",
      header: t.projects.created,
      className: "whitespace-nowrap text-slate-600",
      cell: (p) => formatDate(p.createdAt, locale),
    },
  ];

  return (
    <>
      <PageHeader title={t.projects.title} subtitle={t.projects.subtitle} />
      <div className={user.isAdmin ? "grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]" : undefined}>
        <DataTable
          columns={columns}
          rows={projects}
          rowKey={(p) => p.id}
          caption={t.projects.title}
          testId="projects-table"
          empty={<EmptyState>{t.projects.empty}</EmptyState>}
        />
        {user.isAdmin ? (
          <Panel title={t.projects.newProject} description={t.projects.newProjectHelp}>
            <NewProjectForm />
          </Panel>
        ) : null}
      </div>
    </>
  );
}
