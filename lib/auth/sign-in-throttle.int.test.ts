import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { TooManyRequestsError } from "../errors";
import { makeUser, TEST_PASSWORD } from "../testing/factories";
import { createSignInThrottle, SIGN_IN_POLICY, type TSignInThrottle, type TThrottlePolicy } from "./sign-in-throttle";
import { withSignInThrottle } from "./sign-in-route";
import { verifyCredentials } from "./verify-credentials";

const fresh = (policy: TThrottlePolicy = SIGN_IN_POLICY) => createSignInThrottle(policy, randomUUID());

/** One sign-in as the app does it: counted first, then the password, then forgiven if right. */
async function attempt(
  throttle: TSignInThrottle,
  email: string,
  password: string,
  address: string,
): Promise<"signed-in" | "wrong" | 429> {
  try {
    await throttle.consume({ email, address });
  } catch (error) {
    if (error instanceof TooManyRequestsError) return 429;
    throw error;
  }
  const user = await verifyCredentials(email, password);
  if (!user) return "wrong";
  await throttle.forgive({ email, address });
  return "signed-in";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("sign-in throttling", () => {
  it("counts a burst atomically: of 40 wrong passwords and the right one sent at once, at most 5 are checked", async () => {
    const user = await makeUser();
    const throttle = fresh();
    const passwords = [
      ...Array.from({ length: 20 }, (_, i) => `wrong-${i}`),
      TEST_PASSWORD,
      ...Array.from({ length: 20 }, (_, i) => `wrong-${20 + i}`),
    ];
    const outcomes = await Promise.all(
      passwords.map((password) => attempt(throttle, user.email, password, "203.0.113.7")),
    );
    const checked = outcomes.filter((o) => o !== 429).length;
    expect(checked).toBeLessThanOrEqual(SIGN_IN_POLICY.pair.points);
    expect(outcomes.filter((o) => o === 429).length).toBeGreaterThanOrEqual(
      passwords.length - SIGN_IN_POLICY.pair.points,
    );
  });

  it("answers with the seconds to wait, and records the first refusal for the account", async () => {
    const user = await makeUser();
    const throttle = fresh();
    for (let i = 0; i < SIGN_IN_POLICY.pair.points; i++)
      expect(await attempt(throttle, user.email, "wrong", "198.51.100.1")).toBe("wrong");
    const refusal = await throttle
      .consume({ email: user.email, address: "198.51.100.1" })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TooManyRequestsError);
    const seconds = (refusal as TooManyRequestsError).retryAfterSeconds;
    expect(seconds).toBeGreaterThan(SIGN_IN_POLICY.pair.seconds - 60);
    expect(seconds).toBeLessThanOrEqual(SIGN_IN_POLICY.pair.seconds);
    expect(await attempt(throttle, user.email, TEST_PASSWORD, "198.51.100.1")).toBe(429);
    const events = await db.auditEvent.findMany({ where: { entityId: user.id, action: "user.sign_in_throttled" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toMatchObject({ scope: "pair", address: "198.51.100.1" });
  });

  it("does not let a guesser elsewhere keep the owner out, and the owner's right password clears their counter", async () => {
    const user = await makeUser();
    const throttle = fresh();
    expect(await attempt(throttle, user.email, TEST_PASSWORD, "192.0.2.10")).toBe("signed-in");
    for (let i = 0; i < 10; i++)
      expect(await attempt(throttle, user.email, "guess", "203.0.113.99")).not.toBe("signed-in");
    expect(await attempt(throttle, user.email, "guess", "203.0.113.99")).toBe(429);
    // The owner's usual address is not affected by the guesser.
    expect(await attempt(throttle, user.email, TEST_PASSWORD, "192.0.2.10")).toBe("signed-in");
    // Four typos and the right password, many times over: never throttled.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < SIGN_IN_POLICY.pair.points - 1; i++)
        expect(await attempt(throttle, user.email, "typo", "192.0.2.10")).toBe("wrong");
      expect(await attempt(throttle, user.email, TEST_PASSWORD, "192.0.2.10")).toBe("signed-in");
    }
  });

  it("limits an address across accounts, and a whole account from addresses it never used", async () => {
    const policy: TThrottlePolicy = {
      address: { points: 6, seconds: 60 },
      pair: { points: 3, seconds: 60 },
      account: { points: 4, seconds: 60 },
      knownDays: 1,
    };
    const throttle = fresh(policy);
    const emails = Array.from({ length: 7 }, () => `nobody-${randomUUID()}@test.local`);
    const byAddress = [];
    for (const email of emails) byAddress.push(await attempt(throttle, email, "x", "203.0.113.50"));
    expect(byAddress).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong", "wrong", 429]);

    const user = await makeUser();
    const spread = [];
    for (let i = 0; i < 5; i++) spread.push(await attempt(throttle, user.email, "x", `198.51.100.${100 + i}`));
    expect(spread).toEqual(["wrong", "wrong", "wrong", "wrong", 429]);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lockedUntil: true } });
    expect(row.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.locked" } })).toBe(1);
  });

  it("decays: a counter starts again when its window ends", async () => {
    const policy: TThrottlePolicy = {
      address: { points: 100, seconds: 60 },
      pair: { points: 2, seconds: 1 },
      account: { points: 100, seconds: 60 },
      knownDays: 1,
    };
    const throttle = fresh(policy);
    const user = await makeUser();
    expect(await attempt(throttle, user.email, "x", "192.0.2.77")).toBe("wrong");
    expect(await attempt(throttle, user.email, "x", "192.0.2.77")).toBe("wrong");
    expect(await attempt(throttle, user.email, TEST_PASSWORD, "192.0.2.77")).toBe(429);
    await sleep(1_200);
    expect(await attempt(throttle, user.email, TEST_PASSWORD, "192.0.2.77")).toBe("signed-in");
  });
});

describe("the sign-in route", () => {
  const credentials = (email: string, headers: Record<string, string> = {}) =>
    new Request("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.200", ...headers },
      body: new URLSearchParams({ email, password: "wrong", csrfToken: "t", json: "true" }),
    });

  it("answers 429 with Retry-After before next-auth sees the request, in the shape next-auth's client reads", async () => {
    const throttle = fresh({ ...SIGN_IN_POLICY, pair: { points: 1, seconds: 120 } });
    let reached = 0;
    const route = withSignInThrottle(async () => {
      reached += 1;
      return new Response("{}", { status: 401 });
    }, throttle.consume);
    expect((await route(credentials("a@test.local"), {})).status).toBe(401);
    const refused = await route(credentials("a@test.local"), {});
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(100);
    const body = (await refused.json()) as { url: string; error: { code: string } };
    expect(new URL(body.url).searchParams.get("error")).toBe("throttled");
    expect(body.error.code).toBe("too_many_requests");
    expect(reached).toBe(1);
    // Other next-auth requests are not counted.
    const session = await route(new Request("http://localhost:3000/api/auth/session"), {});
    expect(session.status).toBe(401);
    expect(reached).toBe(2);
  });
});
