"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/components/i18n/use-i18n";
import { apiFetch } from "@/components/ui/api-client";
import { ConfirmButton } from "@/components/ui/confirm-dialog";

/** Ends every session of the signed-in user (the server does it), then clears this browser's cookie. */
export function SignOutEverywhereButton() {
  const { t } = useI18n();
  return (
    <ConfirmButton
      label={t.settings.signOutEverywhere}
      title={t.settings.signOutEverywhereTitle}
      body={t.settings.signOutEverywhereBody}
      confirmLabel={t.settings.signOutEverywhere}
      busyLabel={t.nav.signingOut}
      onConfirm={async () => {
        await apiFetch("/api/v1/me/sessions", { method: "DELETE" });
        await signOut({ callbackUrl: "/signin" });
      }}
    />
  );
}
