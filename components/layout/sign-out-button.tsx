"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/components/i18n/use-i18n";
import { useSubmit } from "@/components/ui/use-submit";

export function SignOutButton() {
  const { t } = useI18n();
  const { busy, error, run } = useSubmit({ leaving: true });

  async function leave() {
    await run(async () => {
      // next-auth clears the session cookie, then navigates to the sign-in page.
      await signOut({ callbackUrl: "/signin" });
    });
  }

  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={leave}
        className="inline-flex h-8 items-center rounded-md border border-slate-600 px-2.5 text-xs font-medium text-slate-200 hover:border-slate-400 hover:text-white disabled:opacity-60"
      >
        {busy ? t.nav.signingOut : t.nav.signOut}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-400">
          {error}
        </span>
      ) : null}
    </>
  );
}
