import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";
import { ZListVerdictsQuery } from "@/lib/verdicts/schemas";
import { readQuery } from "@/lib/api/query";
import { recordVerdict, ZRecordVerdictInput } from "@/lib/verdicts/record-verdict";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const query = readQuery(req.nextUrl.searchParams, ZListVerdictsQuery);
  return { verdicts: await listVerdicts({ actor: user, projectId: params.id, ...query }) };
});

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(await recordVerdict({ actor: user, projectId: params.id, input: await readJson(req, ZRecordVerdictInput) })),
);
