import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { claimsMessages } from "@/components/claims/messages";
import { hasArabic } from "@/components/ui/bidi";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/panel";
import { BilingualView } from "@/components/translations/bilingual-view";
import { ClaimTranslations } from "@/components/translations/claim-translations";
import { toClientTranslation } from "@/components/translations/translations-api";
import { getArticle } from "@/lib/articles/get-article";
import type { ActingUser } from "@/lib/auth/acting-user";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { listClaims } from "@/lib/claims/list-claims";
import { ZListedClaim } from "@/lib/claims/schemas";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { listTranslations } from "@/lib/translations/list-translations";
import { machineTranslationStatus } from "@/lib/translations/machine-translate";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type Props = { params: Promise<{ projectId: string; articleId: string }> };

const loadArticle = cache((actor: ActingUser, articleId: string) => getArticle({ actor, articleId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { projectId, articleId } = await params;
  const { t, locale } = await getI18n();
  const user = await requirePageUser(`/projects/${projectId}/articles/${articleId}/translate`);
  if (!isUuid(articleId)) return { title: t.errors.notFoundTitle };
  const article = await loadArticle(user, articleId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return { title: article ? `${claimsMessages[locale].translate.title}: ${article.title}` : t.errors.notFoundTitle };
}

/** The bilingual view of an article: its paragraphs in Arabic beside their English, then its claims' English. */
export default async function TranslatePage({ params }: Props) {
  const { projectId, articleId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/articles/${articleId}/translate`);
  if (!isUuid(projectId) || !isUuid(articleId)) notFound();
  const [{ t, locale }, article] = await Promise.all([getI18n(), orNotFound(loadArticle(user, articleId))]);
  if (article.projectId !== projectId) notFound();
  const [translations, claims] = await Promise.all([
    listTranslations({ actor: user, articleId }),
    listClaims({ actor: user, articleId }),
  ]);
  const m = claimsMessages[locale];
  const canReview = article.role !== "ANALYST";
  const articlePath = `/projects/${projectId}/articles/${articleId}`;
  const paragraphs = article.paragraphs.map((p) => ({ index: p.index, text: article.text.slice(p.start, p.end) }));
  const clientTranslations = translations.map(toClientTranslation);
  // Machine translation buttons appear only when the server has an engine (MT_PROVIDER).
  const machine = machineTranslationStatus().enabled;

  return (
    <FeatureMessages features={["claims"]}>
      <PageHeader
        title={m.translate.title}
        subtitle={
          <div className="flex flex-col items-start gap-0.5">
            <Link
              href={articlePath}
              dir="auto"
              className={cn(
                "font-medium text-blue-800 hover:underline",
                hasArabic(article.title) && "text-arabic text-base",
              )}
              data-testid="translate-article-title"
            >
              {article.title}
            </Link>
            <span className="text-xs text-slate-500">
              {[article.source, article.publishedAt ? formatDate(article.publishedAt, locale) : null]
                .filter(Boolean)
                .join(" · ")}
            </span>
            <span className="text-xs text-slate-500">{m.translate.subtitle}</span>
          </div>
        }
        actions={
          <Link href={articlePath} className={buttonClasses("secondary")}>
            {m.translate.backToArticle}
          </Link>
        }
      >
        <Breadcrumb t={t} project={{ id: projectId, name: article.project.name }} />
      </PageHeader>
      <div className="flex flex-col gap-6">
        <BilingualView
          articleId={articleId}
          paragraphs={paragraphs}
          translations={clientTranslations}
          canReview={canReview}
          machine={machine}
        />
        <ClaimTranslations
          articleId={articleId}
          claims={ZListedClaim.array().parse(claims)}
          translations={clientTranslations}
          canReview={canReview}
          machine={machine}
        />
      </div>
    </FeatureMessages>
  );
}
