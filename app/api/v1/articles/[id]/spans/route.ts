import { apiRoute, readJson, ZIdParam, json } from "@/lib/api/handler";
import { createSpan, ZCreateSpanInput } from "@/lib/spans/create-span";
import { listSpans } from "@/lib/spans/list-spans";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const q = req.nextUrl.searchParams;
  return {
    spans: await listSpans({
      actor: user,
      articleId: params.id,
      includeDeleted: q.get("includeDeleted") === "true",
      labelId: q.get("labelId") ?? undefined,
      authorId: q.get("authorId") ?? undefined,
    }),
  };
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
