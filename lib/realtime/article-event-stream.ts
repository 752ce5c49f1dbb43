import type { ActingUser } from "../auth/acting-user";
import { seesOwnWorkOnly } from "../curation/visibility";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { subscribeToArticle } from "./subscribe";

const HEARTBEAT_MS = 15_000;

/**
 * A text/event-stream of the article's changes for one client. Access is checked once when the
 * stream opens; a heartbeat comment keeps proxies from closing an idle stream. An analyst who sees
 * only their own work (independent annotation) gets only the changes they made themselves.
 */
export async function openArticleEventStream(options: {
  actor: ActingUser;
  articleId: string;
  signal: AbortSignal;
}): Promise<Response> {
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  const ownOnly = await seesOwnWorkOnly(options.actor, article.access, article.id);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // The client went away between the event and this write.
        }
      };
      const unsubscribe = await subscribeToArticle(article.id, (event) => {
        if (ownOnly && event.actorId !== options.actor.id) return;
        send(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      options.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime.
        }
      });
      send(`event: ready\ndata: {"articleId":"${article.id}"}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
