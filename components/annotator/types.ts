/**
 * The shapes the annotator works with: spans and labels as the JSON API returns them
 * (dates as ISO strings), so server-rendered props and fetched or pushed data look the same.
 */
export type TSpanAuthor = { id: string; name: string; email: string };

export type TSpan = {
  id: string;
  articleId: string;
  labelId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  note: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  entityId?: string | null;
  /** Null when the author's account is gone or the span was made by a script without one. */
  author: TSpanAuthor | null;
};

export type TLabel = {
  id: string;
  key: string;
  name: string;
  nameAr: string;
  color: string;
  hotkey: number | null;
  order: number;
  version: number;
  spanCount?: number;
};

export type TCurrentUser = { id: string; name: string; email: string };

/** Where a span's latest local change stands; `conflict` means the server kept someone else's version. */
export type TSaveState = "saving" | "saved" | "failed" | "conflict";

/** The server's live event for one span change (lib/realtime/publish.ts). */
export type TSpanEvent = {
  articleId: string;
  type: "span.upsert" | "span.delete";
  spanId: string;
  version: number;
  actorId: string;
  span?: TSpan;
};
