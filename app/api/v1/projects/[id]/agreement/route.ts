import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/query";
import { agreementCsv } from "@/lib/agreement/csv";
import { getAgreement } from "@/lib/agreement/get-agreement";
import { ZAgreementQuery } from "@/lib/agreement/schemas";

/** GET ?labels=id,id&analysts=id,id&articles=id,id&format=json|csv: agreement over the articles several analysts finished. */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { format, ...query } = readQuery(req.nextUrl.searchParams, ZAgreementQuery);
  const report = await getAgreement({ actor: user, projectId: params.id, query });
  if (format === "json") return report;
  return new Response(agreementCsv(report), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="agreement.csv"',
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
