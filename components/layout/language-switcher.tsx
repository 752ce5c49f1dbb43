"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { cn } from "@/components/ui/cn";
import { directionOf, LOCALES, localeCookie, type Locale } from "@/lib/i18n/config";

/**
 * English / العربية. The choice is saved on the account (when signed in) and in a cookie for a
 * year, then the page re-renders on the server in the new language and direction.
 */
export function LanguageSwitcher({ signedIn, tone = "dark" }: { signedIn: boolean; tone?: "dark" | "light" }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { busy: saving, error, run } = useSubmit();

  async function choose(next: Locale) {
    if (next === locale || saving) return;
    await run(async () => {
      if (signedIn) await apiFetch("/api/v1/me", { method: "PATCH", json: { locale: next } });
      // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from browsers the app supports.
      document.cookie = localeCookie(next);
      // Flip the document at once; the refreshed server render sets the same values.
      document.documentElement.lang = next;
      document.documentElement.dir = directionOf(next);
      startTransition(() => router.refresh());
    });
  }

  const busy = saving || pending;
  return (
    <div className="flex items-center gap-2">
      <div
        role="group"
        aria-label={t.nav.language}
        aria-busy={busy}
        className={cn("inline-flex rounded-md p-0.5", tone === "dark" ? "bg-slate-800" : "bg-slate-200")}
      >
        {LOCALES.map((option) => {
          const active = option === locale;
          return (
            <button
              key={option}
              type="button"
              lang={option}
              aria-pressed={active}
              disabled={busy}
              onClick={() => choose(option)}
              className={cn(
                "h-7 rounded px-2 text-xs font-medium transition-colors",
                active
                  ? tone === "dark"
                    ? "bg-white text-slate-900"
                    : "bg-white text-slate-900 shadow-sm"
                  : tone === "dark"
                    ? "text-slate-300 hover:text-white"
                    : "text-slate-600 hover:text-slate-900",
              )}
            >
              {t.language[option]}
            </button>
          );
        })}
      </div>
      {error ? (
        <span role="alert" className="text-xs text-red-400">
          {error}
        </span>
      ) : null}
    </div>
  );
}
