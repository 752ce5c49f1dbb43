import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { REVIEW_URL_PLACEHOLDERS, reviewUrlProblem } from "../export/review-url";
import { requireMembership } from "../projects/require-membership";
import { publisherSelect } from "./schemas";

const webUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .refine(
      (value) => /^https?:\/\//i.test(value) && URL.canParse(value),
      `${what} must be an http:// or https:// address`,
    );

export const ZSetPublisherInput = z
  .object({
    name: z.string().trim().min(1, "Name the organisation that publishes the fact checks").max(200),
    url: webUrl("The organisation's URL"),
    logoUrl: z.union([z.literal(""), webUrl("The logo URL")]).default(""),
    reviewUrlTemplate: z
      .string()
      .trim()
      .max(2000)
      .describe(`The address of each published review; ${REVIEW_URL_PLACEHOLDERS.join(", ")} are replaced`),
    /** The version read before editing; leave it out only when the project has no settings yet. */
    version: z.number().int().positive().optional(),
  })
  .superRefine((input, ctx) => {
    const problem = reviewUrlProblem(input.reviewUrlTemplate, input.url);
    if (problem) ctx.addIssue({ code: "custom", path: ["reviewUrlTemplate"], message: problem });
  });
export type TSetPublisherInput = z.input<typeof ZSetPublisherInput>;

/**
 * Managers set who publishes the project's fact checks: the organisation named as the author of
 * every ClaimReview and the address template of each review. Version-checked like other edits:
 * the first save needs no version, later ones the version they were made against.
 */
export async function setPublisher(options: { actor: ActingUser; projectId: string; input: TSetPublisherInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "MANAGER");
  const { version, ...fields } = ZSetPublisherInput.parse(options.input);
  return db.$transaction(async (tx) => {
    const before = await tx.projectPublisher.findUnique({ where: { projectId }, select: publisherSelect });
    if (before && before.version !== version) {
      throw new ConflictError(
        version === undefined
          ? "The project already has publisher settings: send the version you edited"
          : "The publisher settings were changed meanwhile",
        { current: before },
      );
    }
    if (before) {
      // One conditional update: of two saves of one version, one moves it on and the other is told.
      const { count } = await tx.projectPublisher.updateMany({
        where: { projectId, version: before.version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.projectPublisher.findUniqueOrThrow({ where: { projectId }, select: publisherSelect });
        throw new ConflictError("The publisher settings were changed meanwhile", { current });
      }
    } else {
      await tx.projectPublisher.create({ data: { projectId, ...fields }, select: publisherSelect });
    }
    const after = await tx.projectPublisher.findUniqueOrThrow({ where: { projectId }, select: publisherSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "project.publisher",
      entityType: "Project",
      entityId: projectId,
      before,
      after,
    });
    return { publisher: after };
  });
}
