import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { openArticleEventStream } from "@/lib/realtime/article-event-stream";

export const dynamic = "force-dynamic";

/** Server-sent events: every span change on the article, from any app process, as it commits. */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) =>
  openArticleEventStream({ actor: user, articleId: params.id, signal: req.signal }),
);
