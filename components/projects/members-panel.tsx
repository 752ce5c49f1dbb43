"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Field, Input, Select } from "@/components/ui/form";
import { EmptyState } from "@/components/ui/panel";
import type { Role } from "@/lib/generated/prisma/enums";
import { format, formatDate } from "@/lib/i18n/format";
import { RoleBadge } from "./role-badge";

export const ROLES: Role[] = ["ANALYST", "REVIEWER", "MANAGER"];

export type MemberRow = { id: string; email: string; name: string; role: Role; since: Date };

/** A project's members; managers add people by email, change roles and remove members. */
export function MembersPanel({
  projectId,
  members,
  canManage,
  currentUserId,
}: {
  projectId: string;
  members: MemberRow[];
  canManage: boolean;
  currentUserId: string;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("ANALYST");
  const { busy, error, run } = useSubmit();

  function setMember(input: { email: string; role: Role }): Promise<boolean> {
    return run(async () => {
      await apiFetch(`/api/v1/projects/${projectId}/members`, { method: "PUT", json: input });
      router.refresh();
    });
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await setMember({ email, role })) setEmail("");
  }

  const columns: Column<MemberRow>[] = [
    {
      id: "name",
      header: t.members.name,
      cell: (m) => (
        <span dir="auto" className="font-medium">
          {m.name}
          {m.id === currentUserId ? <span className="ms-1 font-normal text-slate-500">({t.common.you})</span> : null}
        </span>
      ),
    },
    {
      id: "email",
      header: t.members.email,
      className: "text-slate-700",
      cell: (m) => <span dir="ltr">{m.email}</span>,
    },
    {
      id: "role",
      header: t.members.role,
      cell: (m) =>
        canManage ? (
          <div className="w-40">
            <Select
              aria-label={format(t.members.changeRole, { name: m.name })}
              value={m.role}
              disabled={busy}
              className="h-8 py-0 text-xs"
              onChange={(event) => void setMember({ email: m.email, role: event.target.value as Role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t.roles[r]}
                </option>
              ))}
            </Select>
          </div>
        ) : (
          <RoleBadge role={m.role} t={t} />
        ),
    },
    {
      id: "since",
      header: t.members.since,
      className: "whitespace-nowrap text-slate-600",
      cell: (m) => formatDate(m.since, locale),
    },
  ];
  if (canManage) {
    columns.push({
      id: "actions",
      header: <span className="sr-only">{t.members.actions}</span>,
      className: "w-px text-end",
      cell: (m) => (
        <ConfirmButton
          label={t.common.remove}
          variant="ghost"
          ariaLabel={`${t.common.remove}: ${m.name}`}
          title={format(t.members.removeTitle, { name: m.name })}
          body={t.members.removeBody}
          confirmLabel={t.common.remove}
          onConfirm={async () => {
            await apiFetch(`/api/v1/projects/${projectId}/members/${m.id}`, { method: "DELETE" });
            router.refresh();
          }}
        />
      ),
    });
  }

  return (
    <div className="flex flex-col gap-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <DataTable
        columns={columns}
        rows={members}
        rowKey={(m) => m.id}
        caption={t.members.title}
        testId="members-table"
        empty={<EmptyState>—</EmptyState>}
      />
      {canManage ? (
        <form
          onSubmit={add}
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          aria-label={t.members.add}
        >
          <h3 className="text-sm font-semibold">{t.members.add}</h3>
          <p className="mb-3 mt-0.5 text-xs text-slate-500">{t.members.addHelp}</p>
          <div className="flex flex-wrap items-end gap-3">
            <Field label={t.members.email} htmlFor="member-email" className="min-w-64 flex-1">
              <Input
                id="member-email"
                type="email"
                dir="ltr"
                required
                placeholder={t.members.emailPlaceholder}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </Field>
            <Field label={t.members.role} htmlFor="member-role">
              <Select id="member-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t.roles[r]}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" variant="primary" disabled={busy || email.trim() === ""}>
              {busy ? t.common.adding : t.common.add}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
