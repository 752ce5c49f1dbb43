"use client";

import { useRouter } from "next/navigation";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { useSubmit } from "@/components/ui/use-submit";
import { format } from "@/lib/i18n/format";

/** A manager's actions on one assignee of an article: reopen a done assignment, or take it back. */
export function AssigneeActions({
  articleId,
  assignee,
}: {
  articleId: string;
  assignee: { id: string; name: string; status: "NEW" | "IN_PROGRESS" | "DONE" };
}) {
  const { m } = useFeatureI18n("assignments");
  const router = useRouter();
  const { busy, error, run } = useSubmit();
  const path = `/api/v1/articles/${articleId}/assignments/${assignee.id}`;

  const act = (request: Parameters<typeof apiFetch>[1]) =>
    run(async () => {
      await apiFetch(path, request);
      router.refresh();
    });

  return (
    <>
      {assignee.status === "DONE" ? (
        <Button
          size="sm"
          variant="ghost"
          disabled={busy}
          onClick={() => act({ method: "PATCH", json: { status: "IN_PROGRESS" } })}
          aria-label={format(m.column.reopenFor, { name: assignee.name })}
        >
          {m.column.reopen}
        </Button>
      ) : null}
      <Button
        size="sm"
        variant="ghost"
        disabled={busy}
        onClick={() => act({ method: "DELETE" })}
        aria-label={format(m.column.unassignFor, { name: assignee.name })}
        title={format(m.column.unassignFor, { name: assignee.name })}
      >
        ×
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
