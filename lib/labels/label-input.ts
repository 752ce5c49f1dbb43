import { z } from "zod";

export const labelSelect = {
  id: true,
  key: true,
  name: true,
  nameAr: true,
  color: true,
  hotkey: true,
  order: true,
  version: true,
} as const;

const ZColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "colour must look like #1a2b3c");
const ZHotkey = z.number().int().min(1, "hotkeys are 1-9").max(9, "hotkeys are 1-9").nullable();

export const ZCreateLabelInput = z.object({
  name: z.string().trim().min(1, "name is required").max(60),
  nameAr: z.string().trim().max(60).default(""),
  color: ZColor,
  hotkey: ZHotkey.default(null),
  order: z.number().int().min(0).optional(),
});
export type TCreateLabelInput = z.input<typeof ZCreateLabelInput>;

export const ZUpdateLabelInput = z.object({
  version: z.number().int().positive("version is required"),
  name: z.string().trim().min(1).max(60).optional(),
  nameAr: z.string().trim().max(60).optional(),
  color: ZColor.optional(),
  hotkey: ZHotkey.optional(),
  order: z.number().int().min(0).optional(),
});
export type TUpdateLabelInput = z.input<typeof ZUpdateLabelInput>;

export function keyFromName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "") || "label"
  );
}
