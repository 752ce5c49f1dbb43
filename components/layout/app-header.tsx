import Link from "next/link";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { Messages } from "@/lib/i18n/messages";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** The bar on every signed-in page: product, sections, who is signed in, language, sign-out. */
export function AppHeader({ user, t }: { user: ActingUser | null; t: Messages }) {
  return (
    <header className="sticky top-0 z-30 bg-slate-900 text-white shadow">
      <div className="mx-auto flex h-12 max-w-7xl items-center gap-4 px-4">
        <Link href="/projects" className="flex items-center gap-2 font-semibold tracking-tight text-white">
          <span aria-hidden="true" className="grid size-6 place-items-center rounded bg-blue-600 text-xs font-bold">
            ✓
          </span>
          <span>{t.app.name}</span>
        </Link>
        {user ? (
          <nav aria-label={t.nav.main} className="flex items-center gap-1">
            <NavLink href="/projects">{t.nav.projects}</NavLink>
            <NavLink href="/settings">{t.nav.settings}</NavLink>
            {user.isAdmin ? <NavLink href="/admin/users">{t.nav.admin}</NavLink> : null}
          </nav>
        ) : null}
        <div className="ms-auto flex items-center gap-3">
          {user ? (
            <span
              className="hidden max-w-48 truncate text-xs text-slate-300 sm:inline"
              dir="auto"
              title={user.email}
              data-testid="header-user-name"
            >
              {user.name}
            </span>
          ) : null}
          <LanguageSwitcher signedIn={Boolean(user)} />
          {user ? <SignOutButton /> : null}
        </div>
      </div>
    </header>
  );
}
