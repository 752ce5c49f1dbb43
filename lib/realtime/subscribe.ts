import { sql } from "../db";
import { ARTICLE_EVENTS_CHANNEL, type TArticleEvent } from "./publish";

type Listener = (event: TArticleEvent) => void;

/**
 * One LISTEN connection per app process, fanned out in memory to the server-sent-event streams
 * of that process. Started on the first subscriber; postgres.js re-listens after reconnects.
 */
const listeners = new Map<string, Set<Listener>>();
let listening: Promise<unknown> | undefined;

function dispatch(payload: string) {
  let event: TArticleEvent;
  try {
    event = JSON.parse(payload) as TArticleEvent;
  } catch {
    return; // Not ours: every notification on this channel is JSON written by publishArticleEvent.
  }
  for (const listener of listeners.get(event.articleId) ?? []) listener(event);
}

export async function subscribeToArticle(articleId: string, listener: Listener): Promise<() => void> {
  listening ??= sql().listen(ARTICLE_EVENTS_CHANNEL, dispatch);
  await listening;
  let set = listeners.get(articleId);
  if (!set) {
    set = new Set();
    listeners.set(articleId, set);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(articleId);
  };
}
