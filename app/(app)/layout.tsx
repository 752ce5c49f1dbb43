import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { getPageUser } from "@/lib/auth/require-page-user";
import { getI18n } from "@/lib/i18n/locale";

/**
 * The signed-in part of the app. Each page calls requirePageUser() with its own path so that
 * signing in returns to it; this layout only draws the header for whoever is signed in.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const [user, { t }] = await Promise.all([getPageUser(), getI18n()]);
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader user={user} t={t} />
      <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">{children}</main>
    </div>
  );
}
