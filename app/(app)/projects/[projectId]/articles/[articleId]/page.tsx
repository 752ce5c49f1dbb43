import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Annotator } from "@/components/annotator/annotator";
import { ArticleMetadata } from "@/components/article/article-metadata";
import { ArticleFlow } from "@/components/assignments/article-flow";
import { CurateLink } from "@/components/curation/curate-link";
import { ArticleVersionsPanel } from "@/components/revisions/article-versions-panel";
import { Panel } from "@/components/ui/panel";
import { getReaderArticle } from "@/lib/articles/get-article";
import { getArticleNeighbours } from "@/lib/assignments/get-article-neighbours";
import { startAssignment } from "@/lib/assignments/set-assignment-status";
import type { ActingUser } from "@/lib/auth/acting-user";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { NotFoundError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/locale";
import { listLabels } from "@/lib/labels/list-labels";
import { listReaderSpans } from "@/lib/spans/list-reader-spans";
import { listClaims } from "@/lib/claims/list-claims";
import { listArticleVersions } from "@/lib/revisions/article-versions";
import { listOrphans } from "@/lib/revisions/orphans";
import { ZArticleVersionInfo, ZOrphan } from "@/lib/revisions/schemas";
import { ZListedClaim } from "@/lib/claims/schemas";
import { ZListedLabel } from "@/lib/labels/schemas";
import { ZArticleMeta } from "@/lib/articles/schemas";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string; articleId: string }> };

/**
 * Shared by the page and its metadata, so the article and the actor's access are read once per
 * request; the page's lists are read in the scope it returns instead of checking access again.
 */
const loadArticle = cache((actor: ActingUser, articleId: string) => getReaderArticle({ actor, articleId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId, articleId } = await params;
  const { t } = await getI18n();
  const user = await requirePageUser(`/projects/${projectId}/articles/${articleId}`);
  if (!isUuid(articleId)) return { title: t.errors.notFoundTitle };
  const article = await loadArticle(user, articleId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return { title: article?.title ?? t.errors.notFoundTitle };
}

export default async function ArticlePage({ params }: Props) {
  const { projectId, articleId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/articles/${articleId}`);
  if (!isUuid(projectId) || !isUuid(articleId)) notFound();
  const [{ t, locale }, article] = await Promise.all([getI18n(), orNotFound(loadArticle(user, articleId))]);
  // The article must belong to the project in the URL; another project's id is not an alias.
  if (article.projectId !== projectId) notFound();
  // The lists are read in the access the article's read checked (one membership check per request).
  const { scope } = article;
  const [labels, spans, claims, versions, orphans, requestHeaders, flow] = await Promise.all([
    listLabels({ actor: user, projectId, access: scope.access }),
    listReaderSpans({ actor: user, articleId, scope }),
    listClaims({ actor: user, articleId, scope }),
    listArticleVersions({ actor: user, articleId, scope }),
    listOrphans({ actor: user, articleId, scope }),
    headers(),
    // Opening an assigned article starts it (new → in progress) before the reader's status is read.
    startAssignment({ actor: user, articleId }).then(() => getArticleNeighbours({ actor: user, articleId, scope })),
  ]);

  return (
    <FeatureMessages features={["annotator", "assignments", "claims", "review", "revisions", "suggestions"]}>
      <div className="flex flex-col gap-5">
        <Breadcrumb t={t} project={{ id: projectId, name: article.project.name }} className="" />
        {article.role !== "ANALYST" ? (
          <CurateLink projectId={projectId} articleId={article.id} locale={locale} />
        ) : null}

        <ArticleFlow t={t} locale={locale} projectId={projectId} articleId={article.id} userId={user.id} flow={flow} />

        <ArticleMetadata
          canEdit={article.role === "MANAGER"}
          paragraphCount={article.paragraphs.length}
          article={ZArticleMeta.parse(article)}
        />

        <ArticleVersionsPanel
          projectId={projectId}
          article={{ id: article.id, version: article.version, url: article.url }}
          versions={ZArticleVersionInfo.array().parse(versions)}
          canRevise={article.role === "MANAGER"}
        />

        {article.text.length > 0 ? (
          <Annotator
            // A new text version is a new reader: its spans are read again, not merged into the old ones.
            key={article.textVersion}
            orphans={ZOrphan.array().parse(orphans)}
            article={{ id: article.id, projectId, text: article.text, paragraphs: article.paragraphs }}
            labels={ZListedLabel.array().parse(labels)}
            spans={spans}
            currentUser={{ id: user.id, name: user.name, email: user.email }}
            canManageLabels={article.role === "MANAGER"}
            claims={{ initialClaims: ZListedClaim.array().parse(claims), canReview: article.role !== "ANALYST" }}
            nonce={requestHeaders.get("x-nonce") ?? undefined}
          />
        ) : (
          <Panel title={t.article.text} bodyClassName="px-5 py-8 sm:px-10">
            <p className="text-sm text-slate-500">{t.article.emptyText}</p>
          </Panel>
        )}
      </div>
    </FeatureMessages>
  );
}
