import { db } from "../db";
import { hashPassword, verifyPassword } from "./password";
import { actingUserSelect, type ActingUser } from "./acting-user";

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password: the user, or null for a wrong pair, an unknown email or a
 * deactivated account. How often anyone may ask is decided before this runs
 * (sign-in-throttle.ts), with counters that cannot be raced.
 */
export async function verifyCredentials(email: string, password: string): Promise<ActingUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...actingUserSelect, passwordHash: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) {
    // Spend the same time as a real check so response timing does not reveal which emails exist.
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, locale: user.locale };
}
