import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";

export type TAuditInput = {
  actorId: string | null;
  projectId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy for the audit log: dates become ISO strings, undefined is dropped. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Records several audit events in one statement inside the caller's transaction (bulk writes). */
export async function recordAudits(tx: Tx, inputs: readonly TAuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.auditEvent.createMany({
    data: inputs.map((input) => ({
      actorId: input.actorId,
      projectId: input.projectId ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: toJson(input.before),
      after: toJson(input.after),
    })),
  });
}

/** Records one audit event inside the caller's transaction, so the write and its trace commit together. */
export async function recordAudit(tx: Tx, input: TAuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      projectId: input.projectId ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}
