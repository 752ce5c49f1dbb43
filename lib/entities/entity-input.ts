import { z } from "zod";
import { matchKey } from "../arabic/normalize";

export const ZEntityKind = z.enum(["PERSON", "ORGANISATION", "PLACE", "OUTLET"]);

const ZAliases = z.array(z.string().trim().min(1).max(200)).max(50).default([]);

export const ZCreateEntityInput = z.object({
  kind: ZEntityKind,
  nameAr: z.string().trim().min(1, "Arabic name is required").max(200),
  nameEn: z.string().trim().max(200).default(""),
  aliases: ZAliases,
});
export type TCreateEntityInput = z.input<typeof ZCreateEntityInput>;

export const ZUpdateEntityInput = z.object({
  version: z.number().int().positive("version is required"),
  kind: ZEntityKind.optional(),
  nameAr: z.string().trim().min(1).max(200).optional(),
  nameEn: z.string().trim().max(200).optional(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
});
export type TUpdateEntityInput = z.input<typeof ZUpdateEntityInput>;

export const entitySelect = {
  id: true,
  kind: true,
  nameAr: true,
  nameEn: true,
  aliases: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Keys an entity is found by: every Arabic name folded (tatweel, diacritics, hamza, ال), English lower-cased. */
export function entityMatchKeys(entity: { nameAr: string; nameEn: string; aliases: string[] }): string[] {
  const keys = [entity.nameAr, ...entity.aliases].map((n) => matchKey(n)).filter(Boolean);
  if (entity.nameEn) keys.push(entity.nameEn.trim().toLowerCase());
  return [...new Set(keys)];
}
