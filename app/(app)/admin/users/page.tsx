import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddToProjectForm } from "@/components/admin/add-to-project-form";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserActiveButton } from "@/components/admin/user-active-button";
import { RoleBadge } from "@/components/projects/role-badge";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { format, formatDate, formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { listProjects } from "@/lib/projects/list-projects";
import { listUsers } from "@/lib/users/list-users";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.admin.title };
}

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export default async function AdminUsersPage() {
  const user = await requirePageUser("/admin/users");
  // Not "forbidden": people who are not administrators are not told this page exists.
  if (!user.isAdmin) notFound();
  const [{ t, locale }, users, projects] = await Promise.all([
    getI18n(),
    listUsers({ actor: user }),
    listProjects({ actor: user }),
  ]);
  const now = new Date();

  const columns: Column<UserRow>[] = [
    {
      id: "name",
      header: t.admin.name,
      cell: (u) => (
        <div className="flex flex-wrap items-center gap-1.5">
          <span dir="auto" className="font-medium">
            {u.name}
          </span>
          {u.isAdmin ? <Badge tone="violet">{t.roles.admin}</Badge> : null}
        </div>
      ),
    },
    { id: "email", header: t.admin.email, className: "text-slate-700", cell: (u) => <bdi dir="ltr">{u.email}</bdi> },
    {
      id: "projects",
      header: t.admin.projects,
      cell: (u) =>
        u.memberships.length === 0 ? (
          <span className="text-slate-400">{t.admin.noProjects}</span>
        ) : (
          <ul className="flex flex-col gap-1">
            {u.memberships.map((m) => (
              <li key={m.project.id} className="flex items-center gap-1.5">
                <Link href={`/projects/${m.project.id}`} dir="auto" className="text-blue-800 hover:underline">
                  {m.project.name}
                </Link>
                <RoleBadge role={m.role} t={t} />
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: "status",
      header: t.admin.status,
      cell: (u) =>
        u.deactivatedAt ? (
          <Badge tone="neutral">{t.admin.deactivated}</Badge>
        ) : u.lockedUntil && u.lockedUntil > now ? (
          <Badge tone="red">{format(t.admin.locked, { time: formatDateTime(u.lockedUntil, locale) })}</Badge>
        ) : (
          <Badge tone="green">{t.admin.active}</Badge>
        ),
    },
    {
      id: "created",
      header: t.admin.created,
      className: "whitespace-nowrap text-slate-600",
      cell: (u) => formatDate(u.createdAt, locale),
    },
    {
      id: "actions",
      header: <span className="sr-only">{t.admin.actions}</span>,
      className: "w-px text-end",
      // Administrators cannot deactivate themselves (the last one would lock everybody out).
      cell: (u) =>
        u.id === user.id ? null : <UserActiveButton user={{ id: u.id, name: u.name, active: !u.deactivatedAt }} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t.admin.title}
        subtitle={t.admin.subtitle}
        actions={
          <Link href="/admin/audit" className="text-sm font-medium text-blue-800 hover:underline">
            {t.admin.auditLink}
          </Link>
        }
      />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <DataTable
          columns={columns}
          rows={users}
          rowKey={(u) => u.id}
          caption={t.admin.title}
          testId="users-table"
          empty={<EmptyState>{t.admin.noUsers}</EmptyState>}
        />
        <div className="flex flex-col gap-5">
          <Panel title={t.admin.createUser}>
            <CreateUserForm />
          </Panel>
          <Panel title={t.admin.addToProject} description={t.admin.addToProjectHelp}>
            <AddToProjectForm
              users={users
                .filter((u) => !u.deactivatedAt)
                .map((u) => ({ id: u.id, email: u.email, label: `${u.name} <${u.email}>` }))}
              projects={projects.map((p) => ({ id: p.id, label: p.name }))}
            />
          </Panel>
        </div>
      </div>
    </>
  );
}
