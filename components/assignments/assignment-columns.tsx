import { StatusBadge } from "@/components/article/status-badge";
import type { ArticleRow } from "@/components/projects/article-columns";
import type { Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { format } from "@/lib/i18n/format";
import { SelectArticleCheckbox } from "./article-selection";
import { AssigneeActions } from "./assignee-actions";
import { assignmentMessages } from "./messages";

/** A first column of checkboxes that tick articles for the assign form (managers' bulk assignment). */
export function selectColumn(locale: Locale): Column<ArticleRow> {
  const m = assignmentMessages[locale];
  return {
    id: "select",
    header: <span className="sr-only">{m.assign.select}</span>,
    className: "w-px",
    cell: (a) => <SelectArticleCheckbox articleId={a.id} label={format(m.assign.selectArticle, { title: a.title })} />,
  };
}

/** Who each article is assigned to, with each assignee's own status; managers reopen and take back. */
export function assigneesColumn(t: Messages, locale: Locale, canManage: boolean): Column<ArticleRow> {
  const m = assignmentMessages[locale];
  return {
    id: "assignees",
    header: m.column.assignees,
    cell: (a) =>
      a.assignees.length === 0 ? (
        <span className="text-slate-400">{m.column.nobody}</span>
      ) : (
        <ul className="flex flex-col gap-1" data-testid="assignees">
          {a.assignees.map((x) => (
            <li key={x.id} className="flex items-center gap-1.5 whitespace-nowrap">
              <span dir="auto" className="text-slate-700">
                {x.name}
              </span>
              <StatusBadge status={x.status} t={t} />
              {canManage ? <AssigneeActions articleId={a.id} assignee={x} /> : null}
            </li>
          ))}
        </ul>
      ),
  };
}
