"use client";

import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/use-i18n";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";

export function RestoreArticleButton({ articleId, title }: { articleId: string; title: string }) {
  const { t } = useI18n();
  const router = useRouter();
  // The refreshed list no longer shows this button, so it stays busy until then.
  const { busy, error, run } = useSubmit({ leaving: true });

  async function restore() {
    await run(async () => {
      await apiFetch(`/api/v1/articles/${articleId}/restore`, { method: "POST" });
      router.refresh();
    });
  }

  return (
    <div className="flex items-center justify-end gap-2">
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
      <Button size="sm" onClick={restore} disabled={busy} aria-label={`${t.common.restore}: ${title}`}>
        {busy ? t.common.restoring : t.common.restore}
      </Button>
    </div>
  );
}
