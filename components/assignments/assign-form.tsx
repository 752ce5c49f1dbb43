"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/form";
import { useSubmit } from "@/components/ui/use-submit";
import { formatPlural } from "@/lib/i18n/icu";
import { useArticleSelection } from "./article-selection";

/**
 * Managers assign the ticked articles of the list to one or more members. The row checkboxes sit
 * in the server-rendered table; what they tick is kept by article id in the list's selection
 * (article-selection.tsx), which survives the list being drawn again.
 */
export function AssignForm({
  projectId,
  members,
}: {
  projectId: string;
  members: { id: string; name: string; email: string }[];
}) {
  const { locale, m } = useFeatureI18n("assignments");
  const router = useRouter();
  const { busy, error, run } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const { selected, clear } = useArticleSelection();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const articleIds = [...selected];
    const userIds = data.getAll("userId").map(String);
    if (articleIds.length === 0) return setNotice(m.assign.noneSelected);
    if (userIds.length === 0) return setNotice(m.assign.noAssignee);
    setNotice(null);
    await run(async () => {
      const result = await apiFetch<{ created: number }>(`/api/v1/projects/${projectId}/assignments`, {
        method: "POST",
        json: { articleIds, userIds },
      });
      form.reset();
      clear();
      setNotice(formatPlural(m.assign.done, result.created, locale));
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={submit}
      aria-label={m.assign.title}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="assign-form"
    >
      <div>
        <h2 className="text-sm font-semibold text-slate-900">{m.assign.title}</h2>
        <p className="text-xs text-slate-500">{m.assign.help}</p>
        <p className="mt-1 text-xs font-medium text-slate-700" data-testid="assign-selected">
          {formatPlural(m.assign.selected, selected.length, locale)}
        </p>
      </div>
      <fieldset className="flex flex-wrap gap-x-5 gap-y-2">
        <legend className="mb-1 text-xs font-medium text-slate-700">{m.assign.assignees}</legend>
        {members.map((member) => (
          <Checkbox
            key={member.id}
            id={`assignee-${member.id}`}
            name="userId"
            value={member.id}
            label={<span dir="auto">{member.name}</span>}
          />
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" size="sm" disabled={busy}>
          {busy ? m.assign.submitting : m.assign.submit}
        </Button>
        {error ? (
          <span role="alert" className="text-xs text-red-700">
            {error}
          </span>
        ) : notice ? (
          <span role="status" className="text-xs text-slate-700">
            {notice}
          </span>
        ) : null}
      </div>
    </form>
  );
}
