"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/use-i18n";
import { Button, buttonClasses } from "@/components/ui/button";

/** What error.tsx shows: a plain explanation, the reference to quote, and a way to retry. */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="mx-auto max-w-xl py-16">
      <div className="rounded-lg border border-red-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold text-slate-900">{t.errors.errorTitle}</h1>
        <p className="mt-2 text-sm text-slate-600">{t.errors.errorBody}</p>
        <p className="mt-2 font-mono text-xs text-slate-700" dir="ltr">
          {digest ?? (error instanceof Error ? error.message : String(error))}
        </p>
        <div className="mt-5 flex gap-2">
          <Button variant="primary" onClick={() => retry()}>
            {t.errors.retry}
          </Button>
          <Link href="/projects" className={buttonClasses("secondary")}>
            {t.errors.goToProjects}
          </Link>
        </div>
      </div>
    </div>
  );
}
