import { Button, buttonClasses } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/form";
import Link from "next/link";
import { ARTICLE_STATUSES } from "@/lib/articles/schemas";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { assignmentMessages } from "./messages";

/**
 * Filters the project's article list by assignment status and assignee. A plain GET form: the
 * filter lives in the address (`?status=…&assignee=…`), so it can be shared and reloaded.
 */
export function AssignmentFilter({
  t,
  locale,
  projectId,
  members,
  status,
  assignee,
}: {
  t: Messages;
  locale: Locale;
  projectId: string;
  members: { id: string; name: string }[];
  status?: ArticleStatus;
  assignee?: string;
}) {
  const m = assignmentMessages[locale];
  return (
    <form
      method="get"
      action={`/projects/${projectId}`}
      aria-label={m.filter.label}
      className="flex flex-wrap items-end gap-3"
      data-testid="assignment-filter"
    >
      <Field label={m.filter.status} htmlFor="filter-status">
        <Select id="filter-status" name="status" defaultValue={status ?? ""} className="min-w-36">
          <option value="">{m.filter.any}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.articleStatus[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m.filter.assignee} htmlFor="filter-assignee">
        <Select id="filter-assignee" name="assignee" defaultValue={assignee ?? ""} className="min-w-44">
          <option value="">{m.filter.any}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" size="sm">
        {m.filter.apply}
      </Button>
      {status || assignee ? (
        <Link href={`/projects/${projectId}`} className={buttonClasses("ghost", "sm")}>
          {m.filter.clear}
        </Link>
      ) : null}
    </form>
  );
}
