import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Panel } from "@/components/ui/panel";
import { revisionMessages } from "@/components/revisions/messages";
import { getArticle } from "@/lib/articles/get-article";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { getArticleVersion, listArticleVersions } from "@/lib/revisions/article-versions";

type Props = { params: Promise<{ projectId: string; articleId: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { version } = await params;
  const { locale } = await getI18n();
  return { title: format(revisionMessages[locale].versionLink, { version: formatNumber(Number(version), locale) }) };
}

/** An earlier (or the current) version of an article's text, read-only, with links to the others. */
export default async function ArticleVersionPage({ params }: Props) {
  const { projectId, articleId, version } = await params;
  const path = `/projects/${projectId}/articles/${articleId}/versions/${version}`;
  const user = await requirePageUser(path);
  if (!isUuid(projectId) || !isUuid(articleId) || !/^[1-9]\d{0,8}$/.test(version)) notFound();
  const { t, locale } = await getI18n();
  const m = revisionMessages[locale];
  const article = await orNotFound(getArticle({ actor: user, articleId }));
  if (article.projectId !== projectId) notFound();
  const [shown, versions] = await Promise.all([
    orNotFound(getArticleVersion({ actor: user, articleId, version: Number(version) })),
    listArticleVersions({ actor: user, articleId }),
  ]);
  const number = (n: number) => formatNumber(n, locale);
  const current = `/projects/${projectId}/articles/${articleId}`;

  return (
    <div className="flex flex-col gap-5" data-testid="article-version-page">
      <Breadcrumb t={t} project={{ id: projectId, name: article.project.name }} className="" />
      <div className="flex flex-col gap-2">
        <h1 dir="auto" className="text-arabic text-2xl font-semibold leading-relaxed text-slate-900">
          {shown.title}
        </h1>
        <Alert tone={shown.current ? "info" : "warning"}>
          {format(m.readOnly, { version: number(shown.version) })}{" "}
          <Link href={current} className="font-medium underline">
            {m.backToCurrent}
          </Link>
        </Alert>
        <nav aria-label={m.title}>
          <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {versions.map((v) => (
              <li key={v.version}>
                {v.version === shown.version ? (
                  <span className="font-semibold text-slate-900" aria-current="page">
                    {format(m.versionLink, { version: number(v.version) })}
                  </span>
                ) : (
                  <Link
                    href={v.current ? current : `${current}/versions/${v.version}`}
                    className="text-blue-800 hover:underline"
                  >
                    {format(v.current ? m.current : m.versionLink, { version: number(v.version) })}
                  </Link>
                )}
                <span className="ms-1 text-xs text-slate-500">
                  {m.origin[v.origin] ?? v.origin} · {formatDate(v.createdAt, locale)}
                  {v.reanchored
                    ? ` · ${format(m.counts, {
                        placed: number(v.reanchored.placed),
                        moved: number(v.reanchored.moved),
                        orphaned: number(v.reanchored.orphaned),
                      })}`
                    : ""}
                </span>
              </li>
            ))}
          </ol>
        </nav>
      </div>
      <Panel title={format(m.versionLink, { version: number(shown.version) })} bodyClassName="px-5 py-8 sm:px-10">
        <div
          dir={article.language === "ar" ? "rtl" : "auto"}
          lang={article.language}
          className="text-arabic flex flex-col gap-4 text-lg leading-loose text-slate-900"
          data-testid="version-text"
        >
          {shown.text.split(/\n+/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      </Panel>
    </div>
  );
}
