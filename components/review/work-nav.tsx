import { Breadcrumb } from "@/components/ui/breadcrumb";
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
      <Breadcrumb t={t} project={{ id: projectId, name: projectName }} className="mb-2" />
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
