import type { Tx } from "../db";

export const ARTICLE_EVENTS_CHANNEL = "article_events";

export type TArticleEvent =
  | {
      articleId: string;
      type: "span.upsert" | "span.delete";
      spanId: string;
      version: number;
      actorId: string;
      /** The span as the API returns it, when small enough for a NOTIFY payload (8000 bytes). */
      span?: unknown;
    }
  | {
      articleId: string;
      /** A new version of the article's text (lib/revisions): readers load the article again. */
      type: "article.revise";
      textVersion: number;
      version: number;
      actorId: string;
    }
  | {
      articleId: string;
      /** A claim of the article was created, changed, deleted or restored: readers reload the claims. */
      type: "claim.change";
      claimId: string;
      version: number;
      actorId: string;
    };

const MAX_PAYLOAD = 7_500;

/**
 * Queues a NOTIFY inside the writing transaction: PostgreSQL delivers it on commit, to every
 * app process listening, so clients on any process see the change and never see a rolled-back one.
 */
export async function publishArticleEvent(tx: Tx, event: TArticleEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${ARTICLE_EVENTS_CHANNEL}, ${articleEventPayload(event)})`;
}

/** The NOTIFY payload of an event: without the span when it would not fit. */
export function articleEventPayload(event: TArticleEvent): string {
  const payload = JSON.stringify(event);
  return Buffer.byteLength(payload) > MAX_PAYLOAD ? JSON.stringify({ ...event, span: undefined }) : payload;
}
