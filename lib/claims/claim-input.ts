import { z } from "zod";

export const ZClaimKind = z.enum(["STATEMENT", "CASUALTY", "COUNT", "EVENT", "OTHER"]);
export type TClaimKind = z.infer<typeof ZClaimKind>;
export const ZClaimStatus = z.enum(["DRAFT", "READY", "REVIEWED"]);

const claimFields = {
  claimSpanId: z.uuid().nullable(),
  speakerSpanId: z.uuid().nullable(),
  speakerEntityId: z.uuid().nullable(),
  attribution: z.string().trim().max(500),
  channel: z.string().trim().max(100),
  figures: z.record(z.string(), z.unknown()),
  occurredOn: z.iso.date("use a date like 2023-12-09").nullable(),
  place: z.string().trim().max(300),
  status: ZClaimStatus,
  note: z.string().max(5000),
  aboutEntityIds: z.array(z.uuid()).max(50),
  eventId: z.uuid().nullable(),
};

export const ZCreateClaimInput = z.object({
  id: z.uuid("id must be a UUID made by the client, so a retried request never duplicates"),
  kind: ZClaimKind,
  claimSpanId: claimFields.claimSpanId.default(null),
  speakerSpanId: claimFields.speakerSpanId.default(null),
  speakerEntityId: claimFields.speakerEntityId.default(null),
  attribution: claimFields.attribution.default(""),
  channel: claimFields.channel.default(""),
  figures: claimFields.figures.default({}),
  occurredOn: claimFields.occurredOn.default(null),
  place: claimFields.place.default(""),
  status: claimFields.status.default("DRAFT"),
  note: claimFields.note.default(""),
  aboutEntityIds: claimFields.aboutEntityIds.default([]),
  eventId: claimFields.eventId.default(null),
});
export type TCreateClaimInput = z.input<typeof ZCreateClaimInput>;

export const ZUpdateClaimInput = z.object({
  version: z.number().int().positive("version is required"),
  kind: ZClaimKind.optional(),
  claimSpanId: claimFields.claimSpanId.optional(),
  speakerSpanId: claimFields.speakerSpanId.optional(),
  speakerEntityId: claimFields.speakerEntityId.optional(),
  attribution: claimFields.attribution.optional(),
  channel: claimFields.channel.optional(),
  figures: claimFields.figures.optional(),
  occurredOn: claimFields.occurredOn.optional(),
  place: claimFields.place.optional(),
  status: claimFields.status.optional(),
  note: claimFields.note.optional(),
  aboutEntityIds: claimFields.aboutEntityIds.optional(),
  eventId: claimFields.eventId.optional(),
});
export type TUpdateClaimInput = z.input<typeof ZUpdateClaimInput>;

/** A claim's span: where it is, and whether a revision orphaned it (then its offsets are an older text's). */
const spanBrief = {
  select: {
    id: true,
    start: true,
    end: true,
    quote: true,
    labelId: true,
    deletedAt: true,
    anchorState: true,
    articleVersion: true,
  },
} as const;
const entityBrief = { select: { id: true, kind: true, nameAr: true, nameEn: true } } as const;

export const claimSelect = {
  id: true,
  articleId: true,
  kind: true,
  attribution: true,
  channel: true,
  figures: true,
  occurredOn: true,
  place: true,
  status: true,
  note: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  claimSpan: spanBrief,
  speakerSpan: spanBrief,
  speakerEntity: entityBrief,
  entities: { select: { entity: entityBrief } },
  event: { select: { id: true, titleAr: true, titleEn: true, occurredOn: true } },
  author: { select: { id: true, name: true } },
} as const;
