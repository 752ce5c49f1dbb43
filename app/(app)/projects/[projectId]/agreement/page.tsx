import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementReportView } from "@/components/agreement/agreement-report";
import { agreementMessages } from "@/components/agreement/messages";
import { labelName } from "@/components/annotator/label-style";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClasses } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/form";
import { EmptyState, PageHeader, Panel } from "@/components/ui/panel";
import { getAgreement } from "@/lib/agreement/get-agreement";
import { isUuid, orNotFound, requirePageUser } from "@/lib/auth/require-page-user";
import { ValidationError } from "@/lib/errors";
import { format, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/locale";
import { listLabels } from "@/lib/labels/list-labels";
import { getProject } from "@/lib/projects/get-project";
import { listMembers } from "@/lib/projects/list-members";
import { FeatureMessages } from "@/components/i18n/feature-messages";

type TSearch = { label?: string | string[]; analyst?: string | string[] };
type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<TSearch> };

/** Ids from a repeated query parameter; malformed ones are dropped, none means no filter. */
function ids(value: string | string[] | undefined): string[] | undefined {
  const list = (Array.isArray(value) ? value : value ? [value] : []).filter(isUuid);
  return list.length > 0 ? list : undefined;
}

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: agreementMessages[locale].title };
}

/** How far the analysts agree, over the articles at least two of them finished; filters by label and analyst. */
export default async function AgreementPage({ params, searchParams }: Props) {
  const [{ projectId }, search] = await Promise.all([params, searchParams]);
  const user = await requirePageUser(`/projects/${projectId}/agreement`);
  if (!isUuid(projectId)) notFound();
  const [{ t, locale }, project] = await Promise.all([getI18n(), orNotFound(getProject({ actor: user, projectId }))]);
  const m = agreementMessages[locale];
  const query = { labels: ids(search.label), analysts: ids(search.analyst) };
  const [labels, members, outcome] = await Promise.all([
    listLabels({ actor: user, projectId }),
    listMembers({ actor: user, projectId }),
    getAgreement({ actor: user, projectId, query }).then(
      (report) => ({ report, refused: null }),
      (error: unknown) => {
        if (error instanceof ValidationError) return { report: null, refused: error.message };
        throw error;
      },
    ),
  ]);
  const csv = new URLSearchParams({ format: "csv" });
  if (query.labels) csv.set("labels", query.labels.join(","));
  if (query.analysts) csv.set("analysts", query.analysts.join(","));

  return (
    <FeatureMessages features={["curation"]}>
      <PageHeader
        title={m.title}
        subtitle={
          outcome.report ? format(m.subtitle, { articles: formatNumber(outcome.report.articleCount, locale) }) : null
        }
        actions={
          <a
            href={`/api/v1/projects/${projectId}/agreement?${csv}`}
            className={buttonClasses("secondary", "md")}
            download
            data-testid="agreement-csv"
          >
            {m.filter.csv}
          </a>
        }
      >
        <Breadcrumb t={t} project={{ id: projectId, name: project.name }} />
      </PageHeader>
      <div className="flex flex-col gap-5">
        <Panel title={m.filter.title}>
          <form method="get" className="flex flex-col gap-4" data-testid="agreement-filter">
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium text-slate-800">{m.filter.labels}</legend>
              <div className="flex flex-wrap gap-x-5 gap-y-2">
                {labels.map((label) => (
                  <Checkbox
                    key={label.id}
                    id={`label-${label.id}`}
                    name="label"
                    value={label.id}
                    defaultChecked={query.labels?.includes(label.id) ?? false}
                    label={labelName(label, locale)}
                  />
                ))}
              </div>
            </fieldset>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium text-slate-800">{m.filter.analysts}</legend>
              <div className="flex flex-wrap gap-x-5 gap-y-2">
                {members.map((member) => (
                  <Checkbox
                    key={member.id}
                    id={`analyst-${member.id}`}
                    name="analyst"
                    value={member.id}
                    defaultChecked={query.analysts?.includes(member.id) ?? false}
                    label={<span dir="auto">{member.name || member.email}</span>}
                  />
                ))}
              </div>
            </fieldset>
            <div className="flex gap-2">
              <button type="submit" className={buttonClasses("primary", "md")}>
                {m.filter.apply}
              </button>
              <Link href={`/projects/${projectId}/agreement`} className={buttonClasses("secondary", "md")}>
                {m.filter.clear}
              </Link>
            </div>
          </form>
        </Panel>
        {outcome.report ? (
          <AgreementReportView
            report={outcome.report}
            projectId={projectId}
            locale={locale}
            m={m}
            canCurate={project.role !== "ANALYST"}
          />
        ) : (
          <EmptyState>{format(m.refused, { message: outcome.refused ?? "" })}</EmptyState>
        )}
      </div>
    </FeatureMessages>
  );
}
