import { z } from "zod";
import { ZTimestamp } from "../api/wire";

const ZArabicTerm = z
  .string()
  .trim()
  .min(1, "The Arabic term is empty")
  .max(200)
  .refine((s) => /[\u0600-\u06FF]/.test(s), "The Arabic term must contain Arabic letters");
const ZEnglishTerm = z
  .string()
  .trim()
  .min(1, "The English is empty")
  .max(200)
  .refine((s) => !/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s), {
    message: "The English must not contain Arabic letters",
  });

export const ZCreateGlossaryTermInput = z.object({
  arabic: ZArabicTerm,
  english: ZEnglishTerm,
  note: z.string().trim().max(500).default(""),
});
export type TCreateGlossaryTermInput = z.input<typeof ZCreateGlossaryTermInput>;

export const ZUpdateGlossaryTermInput = z.object({
  version: z.number().int().positive("version is required: the version you edited"),
  arabic: ZArabicTerm.optional(),
  english: ZEnglishTerm.optional(),
  note: z.string().trim().max(500).optional(),
});
export type TUpdateGlossaryTermInput = z.input<typeof ZUpdateGlossaryTermInput>;

export const ZGlossaryTerm = z.object({
  id: z.uuid(),
  arabic: z.string(),
  english: z.string(),
  note: z.string(),
  version: z.number().int(),
  deletedAt: ZTimestamp.nullable(),
  updatedAt: ZTimestamp,
});
export type TGlossaryTerm = z.output<typeof ZGlossaryTerm>;

export const glossaryTermSelect = {
  id: true,
  arabic: true,
  english: true,
  note: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
} as const;

export const ZListGlossaryQuery = z.object({
  deleted: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("true: the removed terms instead"),
});
