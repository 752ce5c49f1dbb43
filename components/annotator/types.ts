import type { z } from "zod";
import type { ZLabel, ZListedLabel } from "@/lib/labels/schemas";
import type { ZSpan, ZSpanEvent } from "@/lib/spans/schemas";

/**
 * The shapes the annotator works with: spans and labels as the JSON API returns them (the output of
 * their response schemas, dates as ISO strings), so server-rendered props and fetched or pushed data
 * look the same.
 */
export type TSpan = z.output<typeof ZSpan>;
export type TSpanAuthor = NonNullable<TSpan["author"]>;

/** A label as a write answers it. */
export type TLabel = z.output<typeof ZLabel>;
/** A label as the project's label list carries it, with how many live spans use it. */
export type TListedLabel = z.output<typeof ZListedLabel>;

export type TCurrentUser = { id: string; name: string; email: string };

/** Where a span's latest local change stands; `conflict` means the server kept someone else's version. */
export type TSaveState = "saving" | "saved" | "failed" | "conflict";

/** The server's live event for one span change (lib/realtime/publish.ts). */
export type TSpanEvent = z.output<typeof ZSpanEvent>;
