import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { claimsMessages } from "@/components/claims/messages";
import { EntityActions } from "@/components/entities/entity-actions";
import { EntityClaims } from "@/components/entities/entity-claims";
import { EntityName } from "@/components/entities/entity-name";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader, Panel } from "@/components/ui/panel";
import type { ActingUser } from "@/lib/auth/acting-user";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { getEntityProfile } from "@/lib/entities/get-entity-profile";
import { ZEntity } from "@/lib/entities/schemas";
import { NotFoundError } from "@/lib/errors";
import { format, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { roleAtLeast } from "@/lib/projects/require-membership";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string; entityId: string }> };

const loadProfile = cache((actor: ActingUser, entityId: string) => getEntityProfile({ actor, entityId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId, entityId } = await params;
  const { t } = await getI18n();
  const user = await requirePageUser(`/projects/${projectId}/entities/${entityId}`);
  if (!isUuid(entityId)) return { title: t.errors.notFoundTitle };
  const entity = await loadProfile(user, entityId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return { title: entity ? [entity.nameEn, entity.nameAr].filter(Boolean).join(" · ") : t.errors.notFoundTitle };
}

/** "Who said what": an entity with every claim it made or is about, across the project's articles, by date. */
export default async function EntityPage({ params }: Props) {
  const { projectId, entityId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/entities/${entityId}`);
  if (!isUuid(projectId) || !isUuid(entityId)) notFound();
  const [{ t, locale }, entity] = await Promise.all([getI18n(), orNotFound(loadProfile(user, entityId))]);
  // The entity must belong to the project in the URL; another project's id is not an alias.
  if (entity.projectId !== projectId) notFound();
  const project = await orNotFound(getProject({ actor: user, projectId }));
  const m = claimsMessages[locale];
  const all = [...entity.claimsMade, ...entity.claimsAbout];
  const articles = new Set(all.map((c) => c.article.id)).size;
  const { claimsMade, claimsAbout, mergedIntoId } = entity;
  const editable = ZEntity.parse(entity);

  return (
    <FeatureMessages features={["claims"]}>
      <PageHeader
        title={<EntityName entity={entity} className="gap-x-2.5 text-2xl" />}
        subtitle={
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="violet">{m.entity.kind[entity.kind]}</Badge>
            <span data-testid="entity-summary">
              {format(m.profile.whoSaidWhat, {
                count: formatNumber(new Set(all.map((c) => c.id)).size, locale),
                articles: formatNumber(articles, locale),
              })}
            </span>
            <span className="text-slate-400" aria-hidden="true">
              ·
            </span>
            <span className="text-xs text-slate-500">{m.profile.aliases}:</span>
            {entity.aliases.length > 0 ? (
              <span dir="auto" className="text-slate-700" data-testid="entity-aliases">
                {entity.aliases.join("، ")}
              </span>
            ) : (
              <span className="text-xs text-slate-400">{m.profile.noAliases}</span>
            )}
          </div>
        }
        actions={
          mergedIntoId ? undefined : (
            <EntityActions projectId={projectId} entity={editable} canMerge={roleAtLeast(project.role, "REVIEWER")} />
          )
        }
      >
        <Breadcrumb
          t={t}
          project={{ id: projectId, name: project.name }}
          trail={[{ href: `/projects/${projectId}/entities`, label: m.profile.registry }]}
        />
      </PageHeader>

      {mergedIntoId ? (
        <Alert tone="info" className="mb-5">
          {m.profile.mergedInto}{" "}
          <Link href={`/projects/${projectId}/entities/${mergedIntoId}`} className="font-medium underline">
            {m.profile.openMerged}
          </Link>
        </Alert>
      ) : null}

      <div className="flex flex-col gap-5">
        <Panel title={m.profile.claimsMade} description={m.profile.claimsMadeHelp} bodyClassName="p-0" id="claims-made">
          <EntityClaims
            claims={claimsMade}
            projectId={projectId}
            m={m}
            locale={locale}
            empty={m.profile.noClaimsMade}
            testId="entity-claims-made"
          />
        </Panel>
        <Panel
          title={m.profile.claimsAbout}
          description={m.profile.claimsAboutHelp}
          bodyClassName="p-0"
          id="claims-about"
        >
          <EntityClaims
            claims={claimsAbout}
            projectId={projectId}
            m={m}
            locale={locale}
            empty={m.profile.noClaimsAbout}
            testId="entity-claims-about"
          />
        </Panel>
      </div>
    </FeatureMessages>
  );
}
