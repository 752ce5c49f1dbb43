import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { actingUserSelect } from "../auth/acting-user";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, ForbiddenError } from "../errors";

export const ZCreateUserInput = z.object({
  email: z.email("Enter a valid email address").transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().min(1, "Name is required").max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`).max(500),
  isAdmin: z.boolean().default(false),
  locale: z.enum(["en", "ar"]).default("en"),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

/** Admins create accounts. `actor: null` is the first-start seed, which has nobody to act for it. */
export async function createUser(options: { actor: ActingUser | null; input: TCreateUserInput }) {
  const { actor } = options;
  if (actor && !actor.isAdmin) throw new ForbiddenError("Only administrators create users");
  const input = ZCreateUserInput.parse(options.input);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new ConflictError(`A user with email ${input.email} already exists`);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, isAdmin: input.isAdmin, locale: input.locale, passwordHash },
      select: actingUserSelect,
    });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: user,
    });
    return user;
  });
}
