import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { claimsMessages } from "@/components/claims/messages";
import { EntityRegistry } from "@/components/entities/entity-registry";
import { PageHeader } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { listEntities } from "@/lib/entities/list-entities";
import { getI18n } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { roleAtLeast } from "@/lib/projects/require-membership";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: claimsMessages[locale].registry.title };
}

/** The project's entity registry: search, edit and merge people, organisations, places and outlets. */
export default async function EntitiesPage({ params }: Props) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/entities`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(getProject({ actor: user, projectId }))]);
  const m = claimsMessages[locale];
  const entities = await listEntities({ actor: user, projectId });

  return (
    <>
      <PageHeader title={m.registry.title} subtitle={m.registry.subtitle}>
        <nav aria-label={t.nav.breadcrumb} className="mb-1 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
          <Link href="/projects" className="hover:text-slate-800 hover:underline">
            {t.nav.projects}
          </Link>
          <span aria-hidden="true">/</span>
          <Link href={`/projects/${projectId}`} dir="auto" className="hover:text-slate-800 hover:underline">
            {project.name}
          </Link>
        </nav>
      </PageHeader>
      <EntityRegistry
        projectId={projectId}
        initialEntities={entities}
        canMerge={roleAtLeast(project.role, "REVIEWER")}
      />
    </>
  );
}
