import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { annotatorMessages } from "@/components/annotator/messages";
import { LabelSetEditor } from "@/components/annotator/label-set-editor";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { getI18n } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/format";
import { listLabels } from "@/lib/labels/list-labels";
import { ZListedLabel } from "@/lib/labels/schemas";
import { getProject } from "@/lib/projects/get-project";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: annotatorMessages[locale].labels.title };
}

/** The project's label set: managers edit it, other members see it read-only. */
export default async function LabelsPage({ params }: Props) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/labels`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project, labels] = await Promise.all([
    getI18n(),
    orNotFound(getProject({ actor: user, projectId })),
    orNotFound(listLabels({ actor: user, projectId })),
  ]);
  const m = annotatorMessages[locale].labels;

  return (
    <FeatureMessages features={["annotator"]}>
      <PageHeader title={m.title} subtitle={format(m.subtitle, { project: project.name })}>
        <Breadcrumb t={t} project={{ id: projectId, name: project.name }} />
      </PageHeader>
      <LabelSetEditor
        projectId={projectId}
        initialLabels={ZListedLabel.array().parse(labels)}
        canEdit={project.role === "MANAGER"}
      />
    </FeatureMessages>
  );
}
