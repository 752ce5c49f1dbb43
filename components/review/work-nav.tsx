import Link from "next/link";
import { Tabs } from "@/components/ui/tabs";
import type { Messages } from "@/lib/i18n/messages";
import type { ReviewMessages } from "./messages";

export type TWorkSection = "events" | "review" | "overview";

/**
 * Breadcrumb and section links shared by the events, review and overview pages, so an analyst
 * moves between the project's cross-article views without going back to the article list.
 */
export function WorkNav({
  projectId,
  projectName,
  active,
  t,
  m,
}: {
  projectId: string;
  projectName: string;
  active: TWorkSection | null;
  t: Messages;
  m: ReviewMessages;
}) {
  const base = `/projects/${projectId}`;
  return (
    <>
      <nav aria-label={t.nav.breadcrumb} className="mb-2 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
        <Link href="/projects" className="hover:text-slate-800 hover:underline">
          {t.nav.projects}
        </Link>
        <span aria-hidden="true">/</span>
        <Link href={base} dir="auto" className="hover:text-slate-800 hover:underline">
          {projectName}
        </Link>
      </nav>
      <Tabs
        label={m.nav.sections}
        items={[
          { id: "articles", href: base, label: m.nav.project, active: false },
          { id: "events", href: `${base}/events`, label: m.nav.events, active: active === "events" },
          { id: "review", href: `${base}/review`, label: m.nav.review, active: active === "review" },
          { id: "overview", href: `${base}/overview`, label: m.nav.overview, active: active === "overview" },
        ]}
      />
    </>
  );
}
