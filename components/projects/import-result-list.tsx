"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/use-i18n";
import { Badge } from "@/components/ui/badge";

/** One uploaded file's outcome: its articles, or the reason it was refused. */
export type FileResult = {
  key: string;
  name: string;
  status: "imported" | "refused";
  articles: { id: string; title: string }[];
  message: string | null;
};

/** Every uploaded file's outcome: imported with links to its articles, or refused with the reason. */
export function ImportResultList({ results, projectId }: { results: FileResult[]; projectId: string }) {
  const { t } = useI18n();
  return (
    <div className="rounded-md border border-slate-200">
      <h3 className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-medium text-slate-700">
        {t.importPanel.results}
      </h3>
      <ul className="max-h-[28rem] divide-y divide-slate-100 overflow-y-auto" data-testid="import-results">
        {results.map((result) => (
          <li
            key={result.key}
            className="flex items-start gap-3 px-3 py-2"
            data-testid="import-result"
            data-status={result.status}
            data-file={result.name}
          >
            <Badge tone={result.status === "imported" ? "green" : "red"} className="mt-0.5">
              {result.status === "imported" ? t.importPanel.imported : t.importPanel.refused}
            </Badge>
            <div className="min-w-0 flex-1">
              <p dir="auto" className="truncate text-xs font-medium text-slate-800">
                {result.name}
              </p>
              {result.status === "imported" ? (
                <ul className="mt-0.5 flex flex-col gap-0.5">
                  {result.articles.map((article) => (
                    <li key={article.id}>
                      <Link
                        href={`/projects/${projectId}/articles/${article.id}`}
                        dir="auto"
                        className="text-sm text-blue-800 hover:underline"
                      >
                        {article.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p dir="auto" className="mt-0.5 text-sm text-red-700" data-testid="import-result-message">
                  {result.message}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
