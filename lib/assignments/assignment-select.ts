import type { Prisma } from "../generated/prisma/client";

const userRef = { select: { id: true, email: true, name: true } } as const;

/** The columns of an assignment as the API answers it (`ZAssignment`). */
export const assignmentSelect = {
  id: true,
  projectId: true,
  article: { select: { id: true, title: true } },
  user: userRef,
  status: true,
  assignedBy: userRef,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.AssignmentSelect;

/**
 * An assignee's list order: in the order the articles were given to them, and one batch in the
 * project list's order (newest publication first), so "next" follows what the analyst sees.
 */
export const assignmentOrder = [
  { createdAt: "asc" },
  { article: { publishedAt: { sort: "desc", nulls: "last" } } },
  { article: { createdAt: "asc" } },
  { id: "asc" },
] as const satisfies Prisma.AssignmentOrderByWithRelationInput[];
