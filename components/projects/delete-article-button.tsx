"use client";

import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/use-i18n";
import { apiFetch } from "@/components/ui/api-client";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { format } from "@/lib/i18n/format";

/** Managers soft-delete an article after confirming; it can be restored from Deleted articles. */
export function DeleteArticleButton({ articleId, title }: { articleId: string; title: string }) {
  const { t } = useI18n();
  const router = useRouter();
  return (
    <ConfirmButton
      label={t.common.delete}
      variant="ghost"
      ariaLabel={`${t.common.delete}: ${title}`}
      title={t.articleTable.deleteTitle}
      body={<span dir="auto">{format(t.articleTable.deleteBody, { title })}</span>}
      confirmLabel={t.common.delete}
      busyLabel={t.common.deleting}
      onConfirm={async () => {
        await apiFetch(`/api/v1/articles/${articleId}`, { method: "DELETE" });
        router.refresh();
      }}
    />
  );
}
