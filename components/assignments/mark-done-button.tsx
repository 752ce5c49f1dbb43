"use client";

import { useRouter } from "next/navigation";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { useSubmit } from "@/components/ui/use-submit";

/** The assignee marks their assignment of this article done. */
export function MarkDoneButton({ articleId, userId }: { articleId: string; userId: string }) {
  const { m } = useFeatureI18n("assignments");
  const router = useRouter();
  const { busy, error, run } = useSubmit();

  async function markDone() {
    await run(async () => {
      await apiFetch(`/api/v1/articles/${articleId}/assignments/${userId}`, {
        method: "PATCH",
        json: { status: "DONE" },
      });
      router.refresh();
    });
  }

  return (
    <>
      <Button size="sm" variant="primary" onClick={markDone} disabled={busy} data-testid="mark-done">
        {busy ? m.reader.marking : m.reader.markDone}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
