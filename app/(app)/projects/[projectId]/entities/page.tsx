import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { claimsMessages } from "@/components/claims/messages";
import { EntityRegistry } from "@/components/entities/entity-registry";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { listEntities } from "@/lib/entities/list-entities";
import { ZListedEntity } from "@/lib/entities/schemas";
import { getI18n } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { roleAtLeast } from "@/lib/projects/require-membership";
import { FeatureMessages } from "@/components/i18n/feature-messages";

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
    <FeatureMessages features={["claims"]}>
      <PageHeader title={m.registry.title} subtitle={m.registry.subtitle}>
        <Breadcrumb t={t} project={{ id: projectId, name: project.name }} />
      </PageHeader>
      <EntityRegistry
        projectId={projectId}
        initialEntities={ZListedEntity.array().parse(entities)}
        canMerge={roleAtLeast(project.role, "REVIEWER")}
      />
    </FeatureMessages>
  );
}
