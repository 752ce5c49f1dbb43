import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";
import { recordVerdict, ZRecordVerdictInput } from "@/lib/verdicts/record-verdict";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const q = req.nextUrl.searchParams;
  return {
    verdicts: await listVerdicts({
      actor: user,
      projectId: params.id,
      claimId: q.get("claimId") ?? undefined,
      eventId: q.get("eventId") ?? undefined,
      includeWithdrawn: q.get("includeWithdrawn") === "true",
    }),
  };
});

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(await recordVerdict({ actor: user, projectId: params.id, input: await readJson(req, ZRecordVerdictInput) })),
);
