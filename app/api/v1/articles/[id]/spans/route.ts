import { apiRoute, readJson, ZIdParam, json } from "@/lib/api/handler";
import { createSpan, ZCreateSpanInput } from "@/lib/spans/create-span";
import { listSpans } from "@/lib/spans/list-spans";
import { ZListSpansQuery } from "@/lib/spans/schemas";
import { readQuery } from "@/lib/api/query";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const query = readQuery(req.nextUrl.searchParams, ZListSpansQuery);
  return { spans: await listSpans({ actor: user, articleId: params.id, ...query }) };
});

/** 201 for a new span, 200 when a retried create finds the span it already made. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { span, created } = await createSpan({
    actor: user,
    articleId: params.id,
    input: await readJson(req, ZCreateSpanInput),
  });
  return json(span, { status: created ? 201 : 200 });
});
