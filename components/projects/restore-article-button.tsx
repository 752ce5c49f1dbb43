"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch, describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";

export function RestoreArticleButton({ articleId, title }: { articleId: string; title: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    setBusy(true);
    setError(null);
    try {
      await apiFetch(`/api/v1/articles/${articleId}/restore`, { method: "POST" });
      router.refresh();
    } catch (caught) {
      setError(describeError(caught, t.common));
      setBusy(false);
    }
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
