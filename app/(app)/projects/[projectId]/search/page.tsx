import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/form";
import { EmptyState, PageHeader } from "@/components/ui/panel";
import { Alert } from "@/components/ui/alert";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { ZClaimKind } from "@/lib/claims/claim-input";
import { listEvents } from "@/lib/events/list-events";
import { format, formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { listLabels } from "@/lib/labels/list-labels";
import { getProject } from "@/lib/projects/get-project";
import { listMembers } from "@/lib/projects/list-members";
import { SEARCH_TYPES, searchInputFromParams, type TSearchFilters } from "@/lib/search/search-input";
import { searchProject } from "@/lib/search/search-project";
import { searchMessages } from "./messages";
import { ResultGroup } from "./result-group";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: searchMessages[locale].title };
}

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) {
    for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) if (value !== "") params.append(k, value);
  }
  return params;
}

/**
 * One search box over the project, with filters, results per kind with the match highlighted in
 * context, and links that open the article scrolled to the place (#offset=start-end). A plain GET
 * form: every search is a URL that can be shared or bookmarked.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const [{ projectId }, raw] = await Promise.all([params, searchParams]);
  const query = toParams(raw);
  const user = await requirePageUser(`/projects/${projectId}/search${query.size ? `?${query.toString()}` : ""}`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(getProject({ actor: user, projectId }))]);
  const m = searchMessages[locale];
  const [labels, members, events] = await Promise.all([
    listLabels({ actor: user, projectId }),
    listMembers({ actor: user, projectId }),
    listEvents({ actor: user, projectId }),
  ]);

  let input: TSearchFilters | null = null;
  let invalid: string | null = null;
  try {
    input = searchInputFromParams(query);
  } catch (error) {
    invalid = error instanceof Error ? error.message : String(error);
  }
  const response = input ? await searchProject({ actor: user, projectId, input }) : null;
  const groups = response
    ? SEARCH_TYPES.flatMap((t) => (response.groups[t] ? [[t, response.groups[t]] as const] : []))
    : [];
  const value = (k: string) => query.get(k) ?? "";
  const base = `/projects/${projectId}/search`;

  return (
    <>
      <PageHeader title={m.title} subtitle={m.subtitle}>
        <Breadcrumb t={t} project={{ id: projectId, name: project.name }} />
      </PageHeader>

      <form method="get" action={base} className="mb-5 flex flex-col gap-3" role="search" data-testid="search-form">
        <div className="flex flex-wrap items-end gap-2">
          <Field label={m.query} htmlFor="search-q" className="min-w-[16rem] flex-1">
            <Input
              id="search-q"
              name="q"
              type="search"
              dir="auto"
              defaultValue={value("q")}
              placeholder={m.placeholder}
              autoFocus
            />
          </Field>
          <button type="submit" className={buttonClasses("primary")}>
            {m.search}
          </button>
          {query.size ? (
            <Link href={base} className={buttonClasses("ghost")}>
              {m.clear}
            </Link>
          ) : null}
        </div>
        <fieldset className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 bg-white p-3 sm:grid-cols-4 lg:grid-cols-7">
          <legend className="px-1 text-xs font-medium text-slate-600">{m.filters}</legend>
          <Field label={m.label} htmlFor="search-label">
            <Select id="search-label" name="labelId" defaultValue={value("labelId")}>
              <option value="">{m.any}</option>
              {labels.map((l) => (
                <option key={l.id} value={l.id}>
                  {locale === "ar" && l.nameAr ? l.nameAr : l.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={m.claimKind} htmlFor="search-kind">
            <Select id="search-kind" name="claimKind" defaultValue={value("claimKind")}>
              <option value="">{m.any}</option>
              {ZClaimKind.options.map((k) => (
                <option key={k} value={k}>
                  {m.kinds[k]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={m.author} htmlFor="search-author">
            <Select id="search-author" name="authorId" defaultValue={value("authorId")}>
              <option value="">{m.any}</option>
              {members.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={m.event} htmlFor="search-event">
            <Select id="search-event" name="eventId" defaultValue={value("eventId")}>
              <option value="">{m.any}</option>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {(locale === "ar" ? e.titleAr || e.titleEn : e.titleEn || e.titleAr) ||
                    formatDate(e.occurredOn, locale)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={m.from} htmlFor="search-from">
            <Input id="search-from" name="from" type="date" defaultValue={value("from")} />
          </Field>
          <Field label={m.to} htmlFor="search-to">
            <Input id="search-to" name="to" type="date" defaultValue={value("to")} />
          </Field>
          <Field label={m.reviewed} htmlFor="search-reviewed">
            <Select id="search-reviewed" name="reviewed" defaultValue={value("reviewed")}>
              <option value="">{m.any}</option>
              <option value="true">{m.reviewedYes}</option>
              <option value="false">{m.reviewedNo}</option>
            </Select>
          </Field>
        </fieldset>
      </form>

      {invalid ? <Alert tone="error">{invalid}</Alert> : null}
      {response && groups.length === 0 ? <EmptyState>{m.nothing}</EmptyState> : null}
      {response && groups.length > 0 && groups.every(([, g]) => g.count === 0) ? (
        <EmptyState>{m.noResults}</EmptyState>
      ) : null}
      <div className="flex flex-col gap-4" data-testid="search-results">
        {groups
          .filter(([, g]) => g.count > 0)
          .map(([type, group]) => (
            <ResultGroup
              key={type}
              type={type}
              group={group}
              m={m}
              locale={locale}
              query={query}
              base={base}
              offset={input?.offset ?? 0}
              limit={input?.limit ?? 10}
            />
          ))}
      </div>
      {response && groups.length > 0 ? (
        <p className="mt-3 text-xs text-slate-400">{format(m.took, { ms: response.tookMs })}</p>
      ) : null}
    </>
  );
}
