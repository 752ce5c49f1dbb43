"use client";

import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/use-i18n";
import { apiFetch } from "@/components/ui/api-client";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { format } from "@/lib/i18n/format";

/** Deactivates an active account (every session ends, tokens stop) or reactivates a deactivated one. */
export function UserActiveButton({ user }: { user: { id: string; name: string; active: boolean } }) {
  const { t } = useI18n();
  const router = useRouter();
  const label = user.active ? t.admin.deactivate : t.admin.reactivate;
  return (
    <ConfirmButton
      label={label}
      variant={user.active ? "danger" : "secondary"}
      ariaLabel={`${label}: ${user.name}`}
      title={format(user.active ? t.admin.deactivateTitle : t.admin.reactivateTitle, { name: user.name })}
      body={user.active ? t.admin.deactivateBody : t.admin.reactivateBody}
      confirmLabel={label}
      onConfirm={async () => {
        await apiFetch(`/api/v1/users/${user.id}`, { method: "PATCH", json: { active: !user.active } });
        router.refresh();
      }}
    />
  );
}
