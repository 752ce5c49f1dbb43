import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/config";
import { curationMessages } from "./messages";

/** The reader's way to the article's curation view, for those who curate (reviewers and managers). */
export function CurateLink({ projectId, articleId, locale }: { projectId: string; articleId: string; locale: Locale }) {
  return (
    <div className="flex justify-end">
      <Link
        href={`/projects/${projectId}/articles/${articleId}/curate`}
        className={buttonClasses("secondary", "sm")}
        data-testid="article-curate"
      >
        {curationMessages[locale].view.open}
      </Link>
    </div>
  );
}
