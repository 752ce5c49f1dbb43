import { CSV_BOM, csvRow } from "../export/csv";
import type { TAgreementReport } from "./schemas";

const COLUMNS = [
  "section",
  "label",
  "analyst_a",
  "analyst_b",
  "article_id",
  "article_title",
  "articles",
  "measure",
  "value",
];

/**
 * The agreement report as CSV, one measure per row (long form, so a spreadsheet's pivot table
 * lays it out any way): spans per label and pair, claims per field and pair, then the articles.
 * An undefined measure is an empty cell. Analysts are named by email, labels by key.
 */
export function agreementCsv(report: TAgreementReport): string {
  const email = new Map(report.analysts.map((a) => [a.id, a.email]));
  const key = new Map(report.labels.map((l) => [l.id, l.key]));
  const all = String(report.articleCount);
  const rows: (string | number | null | undefined)[][] = [];
  for (const scope of [{ labelId: null, ...report.spans.all }, ...report.spans.labels]) {
    const label = scope.labelId ? (key.get(scope.labelId) ?? scope.labelId) : "(all labels)";
    rows.push(["spans", label, "(all)", "(all)", "", "", all, "alpha_nominal", scope.alpha]);
    for (const pair of scope.pairs) {
      const [a, b] = pair.analystIds.map((id) => email.get(id) ?? id);
      for (const [measure, value] of [
        ["kappa", pair.kappa],
        ["f1_exact", pair.f1Exact],
        ["f1_overlapping", pair.f1Overlapping],
      ] as const)
        rows.push(["spans", label, a, b, "", "", pair.articles, measure, value]);
    }
  }
  const fields = ["kind", "speaker", "relation", "figures"] as const;
  const measureOf = (field: (typeof fields)[number]) =>
    field === "figures" ? "figures_alpha_interval" : `${field}_alpha_nominal`;
  for (const field of fields)
    rows.push(["claims", "", "(all)", "(all)", "", "", all, measureOf(field), report.claims[field]]);
  for (const pair of report.claims.pairs) {
    const [a, b] = pair.analystIds.map((id) => email.get(id) ?? id);
    rows.push(["claims", "", a, b, "", "", pair.articles, "matched", pair.matched]);
    rows.push(["claims", "", a, b, "", "", pair.articles, "f1", pair.f1]);
    for (const field of fields) rows.push(["claims", "", a, b, "", "", pair.articles, measureOf(field), pair[field]]);
  }
  for (const article of report.articles) {
    const analysts = article.analystIds.map((id) => email.get(id) ?? id).join(" ");
    rows.push(["article", "", analysts, "", article.articleId, article.title, 1, "alpha_nominal", article.alpha]);
    rows.push([
      "article",
      "",
      analysts,
      "",
      article.articleId,
      article.title,
      1,
      "f1_overlapping",
      article.f1Overlapping,
    ]);
  }
  return CSV_BOM + csvRow(COLUMNS) + rows.map(csvRow).join("");
}
