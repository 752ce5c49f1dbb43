import type { listClaims } from "@/lib/claims/list-claims";
import type { TClaim, TClaimSpan } from "./types";

type TListedClaim = Awaited<ReturnType<typeof listClaims>>[number];
type TDate = Date | string;

function iso(value: TDate): string;
function iso(value: TDate | null): string | null;
function iso(value: TDate | null): string | null {
  return value instanceof Date ? value.toISOString() : value;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function span(s: TListedClaim["claimSpan"]): TClaimSpan | null {
  return s
    ? { id: s.id, start: s.start, end: s.end, quote: s.quote, labelId: s.labelId, deletedAt: iso(s.deletedAt) }
    : null;
}

/** A claim as lib/claims/list-claims returns it (Date fields), in the JSON shape the panel uses. */
export function toClientClaim(c: TListedClaim): TClaim {
  return {
    id: c.id,
    articleId: c.articleId,
    kind: c.kind,
    attribution: c.attribution,
    channel: c.channel,
    figures: asRecord(c.figures),
    occurredOn: iso(c.occurredOn),
    place: c.place,
    status: c.status,
    note: c.note,
    version: c.version,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    deletedAt: iso(c.deletedAt),
    claimSpan: span(c.claimSpan),
    speakerSpan: span(c.speakerSpan),
    speakerEntity: c.speakerEntity,
    entities: c.entities,
    event: c.event ? { ...c.event, occurredOn: iso(c.event.occurredOn) } : null,
    author: c.author,
    translation: c.translation,
  };
}
