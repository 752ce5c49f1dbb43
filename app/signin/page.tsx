import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { getPageUser, safeCallbackPath } from "@/lib/auth/require-page-user";
import { getI18n } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.signin.title };
}

type SignInSearch = { callbackUrl?: string | string[]; error?: string | string[] };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SignInSearch> }) {
  const search = await searchParams;
  const callbackUrl = safeCallbackPath(first(search.callbackUrl));
  const [user, { t }] = await Promise.all([getPageUser(), getI18n()]);
  if (user) redirect(callbackUrl);

  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between gap-3">
          <div className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="grid size-8 place-items-center rounded-md bg-slate-900 text-sm font-bold text-white"
            >
              ✓
            </span>
            <span className="text-lg font-semibold tracking-tight">{t.app.name}</span>
          </div>
          <LanguageSwitcher signedIn={false} tone="light" />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold">{t.signin.title}</h1>
          <p className="mb-5 mt-1 text-sm text-slate-600">{t.signin.subtitle}</p>
          <SignInForm callbackUrl={callbackUrl} initialError={first(search.error) ?? null} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">{t.app.tagline}</p>
      </div>
    </main>
  );
}
