import { z } from "zod";

export const ZLabel = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  nameAr: z.string(),
  color: z.string().describe("#rrggbb"),
  hotkey: z.number().int().nullable(),
  order: z.number().int(),
  version: z.number().int(),
});

/** A label in GET /projects/{id}/labels, with how many live spans use it. */
export const ZListedLabel = ZLabel.extend({ spanCount: z.number().int() });

export const ZLabelDeleted = z.object({
  deleted: z.literal(true),
  reassigned: z.number().int().describe("spans moved to the reassignTo label"),
});

/** DELETE /labels/{id} */
export const ZDeleteLabelQuery = z.object({
  reassignTo: z.uuid().optional().describe("the label that takes over this label's spans"),
});
