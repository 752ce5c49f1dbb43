import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { TooManyRequestsError } from "../errors";

/**
 * Sign-in throttling (rate-limiter-flexible, counters in the `RateLimit` table through the
 * app's Prisma client, so every app process shares them). Each attempt is counted atomically
 * before its password is checked, so a burst sent at once is cut off like one sent slowly.
 *
 * - per address: `address.points` attempts per window, whatever the accounts;
 * - per account and address: `pair.points` attempts per window (a right password clears it);
 * - per account from addresses that never signed in to it: `account.points` per window. An
 *   address where the account signed in within `knownDays` is exempt, so nobody guessing from
 *   elsewhere can keep the owner out.
 *
 * Windows are fixed and expire: a counter starts again after its window, nothing locks for good.
 */
export type TThrottlePolicy = {
  address: { points: number; seconds: number };
  pair: { points: number; seconds: number };
  account: { points: number; seconds: number };
  knownDays: number;
};

export const SIGN_IN_POLICY: TThrottlePolicy = {
  address: { points: 30, seconds: 15 * 60 },
  pair: { points: 5, seconds: 15 * 60 },
  account: { points: 50, seconds: 60 * 60 },
  knownDays: 30,
};

type Limiters = {
  address: RateLimiterPrisma;
  pair: RateLimiterPrisma;
  account: RateLimiterPrisma;
  known: RateLimiterPrisma;
};

function limiter(keyPrefix: string, points: number, seconds: number): RateLimiterPrisma {
  return new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration: seconds });
}

function createLimiters(policy: TThrottlePolicy): Limiters {
  return {
    address: limiter("signin-address", policy.address.points, policy.address.seconds),
    pair: limiter("signin-pair", policy.pair.points, policy.pair.seconds),
    account: limiter("signin-account", policy.account.points, policy.account.seconds),
    known: limiter("signin-known", 1, policy.knownDays * 86_400),
  };
}

/** Keys are hashes: an email or address may hold any character, and the table should not list them. */
function key(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0001")).digest("base64url");
}

const normalEmail = (email: string) => email.trim().toLowerCase();

export type TSignInThrottle = {
  consume(options: { email: string; address: string }): Promise<void>;
  forgive(options: { email: string; address: string }): Promise<void>;
};

/** A throttle with its own policy; the app uses `SIGN_IN_POLICY` (tests use short windows). */
export function createSignInThrottle(policy: TThrottlePolicy, prefix = ""): TSignInThrottle {
  const limiters = createLimiters(policy);
  const k = (...parts: string[]) => key(prefix, ...parts);

  async function take(which: "address" | "pair" | "account", id: string): Promise<RateLimiterRes | null> {
    try {
      await limiters[which].consume(id);
      return null;
    } catch (error) {
      if (error instanceof RateLimiterRes) return error;
      throw error;
    }
  }

  return {
    async consume({ email, address }) {
      const account = normalEmail(email);
      const refusals: { scope: "address" | "pair" | "account"; res: RateLimiterRes }[] = [];
      const byAddress = await take("address", k(address));
      if (byAddress) refusals.push({ scope: "address", res: byAddress });
      const byPair = await take("pair", k(account, address));
      if (byPair) refusals.push({ scope: "pair", res: byPair });
      if (!(await limiters.known.get(k(account, address)))) {
        const byAccount = await take("account", k(account));
        if (byAccount) refusals.push({ scope: "account", res: byAccount });
      }
      if (refusals.length === 0) return;
      const seconds = Math.max(1, ...refusals.map(({ res }) => Math.ceil(res.msBeforeNext / 1000)));
      const first = refusals.find(
        ({ scope, res }) => scope !== "address" && res.consumedPoints === policy[scope].points + 1,
      );
      if (first) await recordThrottle(account, address, first.scope as "pair" | "account", seconds);
      throw new TooManyRequestsError(`Too many sign-in attempts. Try again in ${seconds} s.`, seconds);
    },

    async forgive({ email, address }) {
      const account = normalEmail(email);
      await limiters.pair.delete(k(account, address));
      await limiters.known.set(k(account, address), 1, policy.knownDays * 86_400);
      for (const [which, id] of [
        ["address", k(address)],
        ["account", k(account)],
      ] as const) {
        const res = await limiters[which].get(id);
        if (res && res.consumedPoints > 0) await limiters[which].reward(id, 1);
      }
    },
  };
}

/** The first refusal of an account (from one address or from unknown ones) goes to the audit log. */
async function recordThrottle(
  email: string,
  address: string,
  scope: "pair" | "account",
  seconds: number,
): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const lockedUntil = new Date(Date.now() + seconds * 1000);
  await db.$transaction(async (tx) => {
    if (scope === "account") await tx.user.update({ where: { id: user.id }, data: { lockedUntil } });
    await recordAudit(tx, {
      actorId: null,
      action: scope === "account" ? "user.locked" : "user.sign_in_throttled",
      entityType: "User",
      entityId: user.id,
      after: { scope, address, retryAfterSeconds: seconds, until: lockedUntil.toISOString() },
    });
  });
}

const globals = globalThis as unknown as { __signInThrottle?: TSignInThrottle };

function appThrottle(): TSignInThrottle {
  globals.__signInThrottle ??= createSignInThrottle(SIGN_IN_POLICY);
  return globals.__signInThrottle;
}

/** Counts a sign-in attempt; throws TooManyRequestsError (429, Retry-After) when a limit is reached. */
export function consumeSignInAttempt(options: { email: string; address: string }): Promise<void> {
  return appThrottle().consume(options);
}

/** After a right password: the attempt is given back and the address becomes known for the account. */
export function forgiveSignInAttempt(options: { email: string; address: string }): Promise<void> {
  return appThrottle().forgive(options);
}
