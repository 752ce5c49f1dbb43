"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { ROLES } from "@/components/projects/members-panel";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/form";
import type { Role } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/format";

type Option = { id: string; label: string };

/** Puts a user in a project with a role (or changes the role) through the project's members API. */
export function AddToProjectForm({ users, projects }: { users: (Option & { email: string })[]; projects: Option[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [userId, setUserId] = useState("");
  const [projectId, setProjectId] = useState("");
  const [role, setRole] = useState<Role>("ANALYST");
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const user = users.find((u) => u.id === userId);
    const project = projects.find((p) => p.id === projectId);
    if (!user || !project) return;
    setDone(null);
    await run(async () => {
      await apiFetch(`/api/v1/projects/${project.id}/members`, { method: "PUT", json: { email: user.email, role } });
      setDone(format(t.admin.memberAdded, { email: user.email, role: t.roles[role], project: project.label }));
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label={t.admin.addToProject}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <Field label={t.admin.user} htmlFor="assign-user">
        <Select id="assign-user" required value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">{t.admin.choose}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.admin.project} htmlFor="assign-project">
        <Select id="assign-project" required value={projectId} onChange={(e) => setProjectId(e.target.value)}>
          <option value="">{t.admin.choose}</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.admin.role} htmlFor="assign-role">
        <Select id="assign-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button type="submit" variant="primary" disabled={busy || !userId || !projectId}>
          {busy ? t.common.adding : t.common.add}
        </Button>
      </div>
    </form>
  );
}
