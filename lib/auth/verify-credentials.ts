import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { LockedError } from "../errors";
import { hashPassword, verifyPassword } from "./password";
import { actingUserSelect, type ActingUser } from "./acting-user";

export const MAX_FAILED_SIGN_INS = 5;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;
let dummyHash: Promise<string> | undefined;

/** Lock length after `failures` consecutive failures: 1 min at the 5th, doubling, at most 1 h. */
export function lockDurationMs(failures: number): number {
  if (failures < MAX_FAILED_SIGN_INS) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - MAX_FAILED_SIGN_INS), MAX_LOCK_MS);
}

/**
 * Checks an email and password. Returns the user, or null for a wrong pair; throws LockedError
 * while the account is locked after repeated failures. The lock lives in the database, so it
 * holds across app processes.
 */
export async function verifyCredentials(email: string, password: string, now = new Date()): Promise<ActingUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...actingUserSelect, passwordHash: true, failedSignIns: true, lockedUntil: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) {
    // Spend the same time as a real check so response timing does not reveal which emails exist.
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const seconds = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000);
    throw new LockedError(`Too many failed sign-ins. Try again in ${seconds} s.`);
  }
  if (await verifyPassword(user.passwordHash, password)) {
    if (user.failedSignIns > 0 || user.lockedUntil) {
      await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
    }
    return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, locale: user.locale };
  }
  const failures = user.failedSignIns + 1;
  const lockMs = lockDurationMs(failures);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedSignIns: failures, lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : null },
    });
    if (lockMs > 0) {
      await recordAudit(tx, {
        actorId: null,
        action: "user.locked",
        entityType: "User",
        entityId: user.id,
        after: { failedSignIns: failures, lockedForSeconds: lockMs / 1000 },
      });
    }
  });
  return null;
}
