import { notFound } from "next/navigation";
import { Annotator } from "@/components/annotator/annotator";
import { toClientLabel, toClientSpan } from "@/components/annotator/to-client";
import { getArticle } from "@/lib/articles/get-article";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { listLabels } from "@/lib/labels/list-labels";
import { listSpans } from "@/lib/spans/list-spans";

type Props = { params: Promise<{ projectId: string; articleId: string }> };

export default async function PreviewPage({ params }: Props) {
  const { projectId, articleId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/labels/preview-annotator/${articleId}`);
  if (!isUuid(projectId) || !isUuid(articleId)) notFound();
  const article = await orNotFound(getArticle({ actor: user, articleId }));
  const [labels, spans] = await Promise.all([listLabels({ actor: user, projectId }), listSpans({ actor: user, articleId })]);
  return (
    <Annotator
      article={{ id: article.id, projectId, text: article.text, paragraphs: article.paragraphs }}
      labels={labels.map(toClientLabel)}
      spans={spans.map(toClientSpan)}
      currentUser={{ id: user.id, name: user.name, email: user.email }}
      canManageLabels={article.role === "MANAGER"}
    />
  );
}
