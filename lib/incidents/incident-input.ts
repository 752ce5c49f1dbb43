import { z } from "zod";
import { INCIDENT_GRADES } from "./grade";

/**
 * Inputs of the analysts' and reviewers' actions on incidents (events, proposed by clustering or
 * made by hand). Each carries the version of the incident it was made against: a stale one is 409.
 */
const ZVersion = z.number().int().positive("version is required: send the version of the incident you acted on");

export const ZConfirmIncidentInput = z.object({ version: ZVersion });
export type TConfirmIncidentInput = z.input<typeof ZConfirmIncidentInput>;

export const ZRejectIncidentInput = z.object({ version: ZVersion, reason: z.string().trim().max(2000).default("") });
export type TRejectIncidentInput = z.input<typeof ZRejectIncidentInput>;

export const ZMergeIncidentInput = z.object({
  version: ZVersion.describe("version of the incident that takes the claims"),
  sourceId: z
    .uuid("sourceId must be an incident id")
    .describe("the incident merged into this one; it is hidden and can be unmerged"),
  sourceVersion: ZVersion.describe("version of the incident merged in"),
});
export type TMergeIncidentInput = z.input<typeof ZMergeIncidentInput>;

export const ZUnmergeIncidentInput = z.object({
  version: ZVersion.describe("version of the merged (hidden) incident"),
});
export type TUnmergeIncidentInput = z.input<typeof ZUnmergeIncidentInput>;

export const ZSplitIncidentInput = z
  .object({
    version: ZVersion,
    /** Client-made id of the new incident, so a retried split makes no second one. */
    id: z.uuid().optional(),
    claimIds: z.array(z.uuid()).min(1, "choose at least one claim to split out").max(5000),
    titleAr: z.string().trim().max(300).default(""),
    titleEn: z.string().trim().max(300).default(""),
  })
  .refine((s) => new Set(s.claimIds).size === s.claimIds.length, {
    message: "a claim is listed twice",
    path: ["claimIds"],
  });
export type TSplitIncidentInput = z.input<typeof ZSplitIncidentInput>;

export const ZSetIncidentGradeInput = z.object({
  version: ZVersion,
  grade: z.enum(INCIDENT_GRADES),
  rationale: z.string().trim().min(1, "say why: the rationale is required").max(4000),
});
export type TSetIncidentGradeInput = z.input<typeof ZSetIncidentGradeInput>;

/** The incident fields the actions return and audit. */
export const incidentSelect = {
  id: true,
  projectId: true,
  titleAr: true,
  titleEn: true,
  occurredOn: true,
  place: true,
  status: true,
  origin: true,
  grade: true,
  gradeRationale: true,
  gradedById: true,
  gradedAt: true,
  mergedIntoId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;
