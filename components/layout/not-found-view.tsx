import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages";

export function NotFoundView({ t }: { t: Messages }) {
  return (
    <div className="mx-auto max-w-xl py-16" data-testid="not-found">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="font-mono text-sm text-slate-500">404</p>
        <h1 className="mt-1 text-lg font-semibold text-slate-900">{t.errors.notFoundTitle}</h1>
        <p className="mt-2 text-sm text-slate-600">{t.errors.notFoundBody}</p>
        <Link href="/projects" className={buttonClasses("secondary", "md", "mt-5")}>
          {t.errors.goToProjects}
        </Link>
      </div>
    </div>
  );
}
