import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndependentAnnotationToggle } from "@/components/curation/independent-annotation-toggle";
import { curationMessages } from "@/components/curation/messages";
import { GlossaryEditor } from "@/components/glossary/glossary-editor";
import { glossaryMessages } from "@/components/glossary/messages";
import { publisherMessages } from "@/components/publisher/messages";
import { PublisherForm } from "@/components/publisher/publisher-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader, Panel } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { getIndependentAnnotation } from "@/lib/curation/independent-annotation";
import { getI18n } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/format";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { ZGlossaryTerm } from "@/lib/glossary/schemas";
import { getProject } from "@/lib/projects/get-project";
import { getPublisher } from "@/lib/publisher/get-publisher";
import { ZPublisher } from "@/lib/publisher/schemas";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: publisherMessages[locale].title };
}

/** The project's settings: who publishes its fact checks, its glossary and independent annotation. Managers edit, other members read. */
export default async function ProjectSettingsPage({ params }: Props) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/settings`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project, { publisher }, glossary, independent] = await Promise.all([
    getI18n(),
    orNotFound(getProject({ actor: user, projectId })),
    orNotFound(getPublisher({ actor: user, projectId })),
    orNotFound(listGlossary({ actor: user, projectId })),
    orNotFound(getIndependentAnnotation({ actor: user, projectId })),
  ]);
  const m = publisherMessages[locale];

  return (
    <FeatureMessages features={["curation", "glossary", "publisher"]}>
      <PageHeader title={m.title} subtitle={format(m.subtitle, { project: project.name })}>
        <Breadcrumb t={t} project={{ id: projectId, name: project.name }} />
      </PageHeader>
      <Panel title={m.publisher.title} description={m.publisher.help}>
        <PublisherForm
          projectId={projectId}
          initial={publisher ? ZPublisher.parse(publisher) : null}
          canEdit={project.role === "MANAGER"}
        />
      </Panel>
      <Panel title={glossaryMessages[locale].title} description={glossaryMessages[locale].help}>
        <GlossaryEditor
          projectId={projectId}
          initial={ZGlossaryTerm.array().parse(glossary)}
          canEdit={project.role === "MANAGER"}
        />
      </Panel>
      <Panel title={curationMessages[locale].title} description={curationMessages[locale].help}>
        <IndependentAnnotationToggle
          projectId={projectId}
          initial={independent.enabled}
          canEdit={project.role === "MANAGER"}
        />
      </Panel>
    </FeatureMessages>
  );
}
