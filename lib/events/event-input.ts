import { z } from "zod";

export const ZCreateEventInput = z
  .object({
    titleAr: z.string().trim().max(300).default(""),
    titleEn: z.string().trim().max(300).default(""),
    occurredOn: z.iso.date("use a date like 2023-12-08").nullable().default(null),
    place: z.string().trim().max(300).default(""),
  })
  .refine((e) => e.titleAr || e.titleEn, { message: "give the event a title in Arabic or English", path: ["titleEn"] });
export type TCreateEventInput = z.input<typeof ZCreateEventInput>;

export const ZUpdateEventInput = z.object({
  version: z.number().int().positive("version is required"),
  titleAr: z.string().trim().max(300).optional(),
  titleEn: z.string().trim().max(300).optional(),
  occurredOn: z.iso.date().nullable().optional(),
  place: z.string().trim().max(300).optional(),
});
export type TUpdateEventInput = z.input<typeof ZUpdateEventInput>;

/** Incidents proposed by clustering are events too: status PROPOSED until an analyst confirms or rejects them (lib/incidents). */
export const eventSelect = {
  id: true,
  titleAr: true,
  titleEn: true,
  occurredOn: true,
  place: true,
  status: true,
  origin: true,
  grade: true,
  mergedIntoId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const EVENT_STATUSES = ["PROPOSED", "CONFIRMED", "REJECTED"] as const;
export type TEventStatus = (typeof EVENT_STATUSES)[number];

export const toDate = (d: string | null | undefined) =>
  d === undefined ? undefined : d === null ? null : new Date(`${d}T00:00:00Z`);
