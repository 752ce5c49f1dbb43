import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/panel";
import { listUserAuditEvents } from "@/lib/audit/list-user-audit-events";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.admin.auditTitle };
}

type EventRow = Awaited<ReturnType<typeof listUserAuditEvents>>[number];

const tones: Record<string, BadgeTone> = {
  "user.locked": "red",
  "user.sign_in_throttled": "amber",
  "user.deactivate": "neutral",
  "user.reactivate": "green",
  "api_token.revoke": "neutral",
};

function details(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** Account-level audit events for administrators, newest first, 100 a page. */
export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string | string[] }>;
}) {
  const user = await requirePageUser("/admin/audit");
  if (!user.isAdmin) notFound();
  const before = (await searchParams).before;
  const beforeValue =
    typeof before === "string" && !Number.isNaN(Date.parse(before)) ? new Date(before).toISOString() : undefined;
  const [{ t, locale }, events] = await Promise.all([
    getI18n(),
    listUserAuditEvents({ actor: user, query: { before: beforeValue } }),
  ]);

  const actionLabels: Record<string, string | undefined> = t.admin.auditActions;
  const person = (p: { name: string; email: string } | null) =>
    p ? (
      <span dir="auto" title={p.email}>
        {p.name}
      </span>
    ) : (
      <span className="text-slate-500">{t.admin.auditSystem}</span>
    );

  const columns: Column<EventRow>[] = [
    {
      id: "when",
      header: t.admin.auditWhen,
      className: "whitespace-nowrap text-slate-600",
      cell: (e) => formatDateTime(e.createdAt, locale),
    },
    {
      id: "action",
      header: t.admin.auditAction,
      cell: (e) => (
        <Badge tone={tones[e.action] ?? "blue"}>{actionLabels[e.action] ?? <code dir="ltr">{e.action}</code>}</Badge>
      ),
    },
    { id: "by", header: t.admin.auditBy, cell: (e) => person(e.actor) },
    {
      id: "about",
      header: t.admin.auditAbout,
      cell: (e) =>
        e.subject ? (
          person(e.subject)
        ) : (
          <code dir="ltr" className="text-xs text-slate-600">
            {e.entityType}
          </code>
        ),
    },
    {
      id: "details",
      header: t.admin.auditDetails,
      cell: (e) => (
        <code dir="ltr" className="break-all font-mono text-xs text-slate-700">
          {details(e.after ?? e.before)}
        </code>
      ),
    },
  ];
  const last = events.at(-1);

  return (
    <>
      <PageHeader title={t.admin.auditTitle} subtitle={t.admin.auditSubtitle}>
        <Link href="/admin/users" className="text-sm text-blue-800 hover:underline">
          {t.admin.title}
        </Link>
      </PageHeader>
      <DataTable
        columns={columns}
        rows={events}
        rowKey={(e) => e.id}
        caption={t.admin.auditTitle}
        testId="audit-table"
        empty={<EmptyState>{t.admin.auditEmpty}</EmptyState>}
      />
      {last && events.length === 100 ? (
        <p className="mt-4">
          <Link
            href={`/admin/audit?before=${encodeURIComponent(last.createdAt.toISOString())}`}
            className="text-sm text-blue-800 hover:underline"
          >
            {t.admin.auditOlder}
          </Link>
        </p>
      ) : null}
    </>
  );
}
