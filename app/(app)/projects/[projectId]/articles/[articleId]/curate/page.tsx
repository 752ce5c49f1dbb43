import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CurationView } from "@/components/curation/curation-view";
import { curationMessages } from "@/components/curation/messages";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/panel";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { getCurationView } from "@/lib/curation/curation-view";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string; articleId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: curationMessages[locale].view.open };
}

/** A message with its `{title}` placeholder filled by user text isolated in its own direction. */
function Isolated({ template, value }: { template: string; value: string }) {
  const [before = "", after = ""] = template.split("{title}");
  return (
    <>
      {before}
      <bdi dir="auto">{value}</bdi>
      {after}
    </>
  );
}

/** The side-by-side curation view of one article (reviewers and managers). */
export default async function CuratePage({ params }: Props) {
  const { projectId, articleId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/articles/${articleId}/curate`);
  if (!isUuid(projectId) || !isUuid(articleId)) notFound();
  const [{ t, locale }, view, project] = await Promise.all([
    getI18n(),
    // Analysts do not curate: for them the page does not exist.
    orNotFound(
      getCurationView({ actor: user, articleId }).catch((error: unknown) => {
        if (error instanceof ForbiddenError) throw new NotFoundError("Article");
        throw error;
      }),
    ),
    orNotFound(getProject({ actor: user, projectId })),
  ]);
  if (view.article.projectId !== projectId) notFound();
  const all = curationMessages[locale];
  return (
    <FeatureMessages features={["curation"]}>
      <PageHeader
        title={<Isolated template={all.view.title} value={view.article.title} />}
        actions={
          <>
            <Link href={`/projects/${projectId}/agreement`} className={buttonClasses("secondary", "md")}>
              {all.view.backToAgreement}
            </Link>
            <Link href={`/projects/${projectId}/articles/${articleId}`} className={buttonClasses("secondary", "md")}>
              {all.view.reader}
            </Link>
          </>
        }
      >
        <Breadcrumb
          t={t}
          project={{ id: projectId, name: project.name }}
          trail={[{ href: `/projects/${projectId}/articles/${articleId}`, label: view.article.title }]}
        />
      </PageHeader>
      <CurationView initial={view} />
    </FeatureMessages>
  );
}
