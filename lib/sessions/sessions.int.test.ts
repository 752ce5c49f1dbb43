import { decode, encode } from "next-auth/jwt";
import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth from "next-auth";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { authOptions } from "../auth/options";
import { getTokenUser } from "../auth/current-user";
import { makeUser, TEST_PASSWORD } from "../testing/factories";
import { createApiToken } from "../tokens/create-api-token";
import { changePassword } from "../users/change-password";
import { setUserActive } from "../users/set-user-active";
import { signOutEverywhere } from "../users/sign-out-everywhere";
import { endSession } from "./end-session";
import { getSessionUserById } from "./get-session-user";
import { startSession } from "./start-session";

const open = (session: { id: string }, userId: string, now?: Date) =>
  getSessionUserById({ sessionId: session.id, userId, now });

/** What next-auth's jwt callback makes of a sign-in: the claims the session cookie carries. */
async function signInClaims(options: ReturnType<typeof authOptions>, userId: string) {
  const jwt = options.callbacks?.jwt;
  if (!jwt) throw new Error("no jwt callback");
  return jwt({ token: { sub: userId }, user: { id: userId }, account: null, trigger: "signIn" });
}

describe("sessions", () => {
  it("last the configured lifetime from sign-in, in the row and in the cookie's JWT", async () => {
    const user = await makeUser();
    const options = authOptions({ ...env(), SESSION_MAX_AGE_HOURS: 0.01 });
    expect(options.jwt?.maxAge).toBe(36);
    expect(options.session?.maxAge).toBe(36);
    const claims = await signInClaims(options, user.id);
    const row = await db.userSession.findUniqueOrThrow({ where: { id: String(claims.sid) } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(36_000);
    expect(await open(row, user.id)).toMatchObject({ id: user.id });
    expect(await open(row, user.id, new Date(row.createdAt.getTime() + 100_000))).toBeNull();

    const secret = "a-test-secret-that-is-long-enough";
    const cookie = await encode({ token: claims, secret, maxAge: options.jwt?.maxAge });
    const decoded = await decode({ token: cookie, secret });
    expect(Number(decoded?.exp) - Number(decoded?.iat)).toBe(36);
  });

  it("end for good when the user signs out, and a re-issued cookie past its lifetime names no session", async () => {
    const user = await makeUser();
    const options = authOptions();
    const claims = await signInClaims(options, user.id);
    const row = { id: String(claims.sid) };
    expect(await open(row, user.id)).toMatchObject({ id: user.id });
    await options.events?.signOut?.({ token: claims, session: null as never });
    expect(await open(row, user.id)).toBeNull();

    const jwt = options.callbacks?.jwt;
    const stale = await jwt?.({
      token: { ...claims, sessionExpiresAt: Math.floor(Date.now() / 1000) - 1 },
      user: undefined as never,
      account: null,
    });
    expect(stale?.sid).toBeUndefined();
    expect(stale?.sub).toBeUndefined();
  });

  it("are all ended by a password change, on every browser", async () => {
    const user = await makeUser();
    const laptop = await startSession({ userId: user.id });
    const phone = await startSession({ userId: user.id });
    const other = await makeUser();
    const untouched = await startSession({ userId: other.id });
    const result = await changePassword({
      actor: user,
      input: { currentPassword: TEST_PASSWORD, newPassword: "another long passphrase" },
    });
    expect(result).toEqual({ changed: true, endedSessions: 2 });
    expect(await open(laptop, user.id)).toBeNull();
    expect(await open(phone, user.id)).toBeNull();
    expect(await open(untouched, other.id)).toMatchObject({ id: other.id });
  });

  it("are all ended by signing out everywhere, which is audited", async () => {
    const user = await makeUser();
    const sessions = [await startSession({ userId: user.id }), await startSession({ userId: user.id })];
    expect(await signOutEverywhere({ actor: user })).toEqual({ endedSessions: 2 });
    for (const s of sessions) expect(await open(s, user.id)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.sign_out_everywhere" },
    });
    expect(event.after).toEqual({ endedSessions: 2 });
  });

  it("of one user cannot be used as another's", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const session = await startSession({ userId: user.id });
    expect(await open(session, other.id)).toBeNull();
    await endSession({ sessionId: session.id });
    await endSession({ sessionId: session.id });
    expect(await open(session, user.id)).toBeNull();
  });
});

describe("deactivating users", () => {
  it("ends their sessions and stops their tokens at once; reactivation lets them sign in again", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await makeUser();
    const session = await startSession({ userId: user.id });
    const { token } = await createApiToken({ actor: user, input: { name: "script" } });

    const deactivated = await setUserActive({ actor: admin, userId: user.id, input: { active: false } });
    expect(deactivated).toMatchObject({ id: user.id, endedSessions: 1 });
    expect(deactivated.deactivatedAt).toBeInstanceOf(Date);
    expect(await open(session, user.id)).toBeNull();
    await expect(getTokenUser(`Bearer ${token}`)).rejects.toMatchObject({ status: 401 });

    const reactivated = await setUserActive({ actor: admin, userId: user.id, input: { active: true } });
    expect(reactivated.deactivatedAt).toBeNull();
    await expect(getTokenUser(`Bearer ${token}`)).resolves.toMatchObject({ id: user.id });
    // The old session stays ended: reactivation means signing in again.
    expect(await open(session, user.id)).toBeNull();
    expect(await open(await startSession({ userId: user.id }), user.id)).toMatchObject({ id: user.id });

    const actions = await db.auditEvent.findMany({
      where: { entityId: user.id, action: { in: ["user.deactivate", "user.reactivate"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "user.deactivate", actorId: admin.id },
      { action: "user.reactivate", actorId: admin.id },
    ]);
  });

  it("is for administrators only, not of themselves, and of users that exist", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await makeUser();
    await expect(setUserActive({ actor: user, userId: admin.id, input: { active: false } })).rejects.toMatchObject({
      status: 403,
    });
    await expect(setUserActive({ actor: admin, userId: admin.id, input: { active: false } })).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      setUserActive({ actor: admin, userId: "019a0000-0000-7000-8000-000000000000", input: { active: false } }),
    ).rejects.toMatchObject({ status: 404 });
    const row = await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { deactivatedAt: true } });
    expect(row.deactivatedAt).toBeNull();
  });
});

const SECRET = "a-test-secret-that-is-long-enough";

/** next-auth's own handler (its pages-router form, which needs no Next request scope), answering one request. */
async function callNextAuth(
  url: string,
  action: string[],
  init: { method?: string; body?: Record<string, string>; cookies?: Record<string, string> } = {},
) {
  const headers = new Map<string, string | string[]>();
  const answer = { status: 200, body: undefined as unknown };
  const res = {
    status(code: number) {
      answer.status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader(name: string) {
      return headers.get(name.toLowerCase());
    },
    json(body: unknown) {
      answer.body = body;
      return res;
    },
    send(body: unknown) {
      answer.body = body;
      return res;
    },
    end() {
      return res;
    },
  };
  const req = {
    method: init.method ?? "GET",
    query: { nextauth: action },
    body: init.body ?? {},
    cookies: init.cookies ?? {},
    headers: {},
  };
  const publicUrl = process.env.NEXTAUTH_URL;
  process.env.NEXTAUTH_URL = url;
  try {
    await NextAuth(req as unknown as NextApiRequest, res as unknown as NextApiResponse, {
      ...authOptions({ ...env(), NEXTAUTH_URL: url, NEXTAUTH_SECRET: SECRET }),
    });
  } finally {
    process.env.NEXTAUTH_URL = publicUrl;
  }
  const setCookie = headers.get("set-cookie") ?? [];
  return { ...answer, cookies: Array.isArray(setCookie) ? setCookie : [setCookie] };
}

describe("session cookies", () => {
  it("are Secure and __Secure- named when the public URL is https, and the signed-in cookie names an open session", async () => {
    const user = await makeUser();
    const csrf = await callNextAuth("https://workbench.example.org", ["csrf"]);
    const csrfCookie = csrf.cookies.find((c) => c.startsWith("__Host-next-auth.csrf-token="));
    expect(csrfCookie).toMatch(/; Secure/);
    const csrfValue = decodeURIComponent(csrfCookie?.split(";")[0]?.split("=")[1] ?? "");
    const signIn = await callNextAuth("https://workbench.example.org", ["callback", "credentials"], {
      method: "POST",
      body: { csrfToken: csrfValue.split("|")[0] ?? "", email: user.email, password: TEST_PASSWORD, json: "true" },
      cookies: { "__Host-next-auth.csrf-token": csrfValue },
    });
    const session = signIn.cookies.find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Lax/);
    const claims = await decode({ token: session?.split(";")[0]?.split("=")[1] ?? "", secret: SECRET });
    expect(await open({ id: String(claims?.sid) }, user.id)).toMatchObject({ id: user.id });
  });

  it("are not Secure on a plain http URL (local use)", async () => {
    const csrf = await callNextAuth("http://localhost:3000", ["csrf"]);
    const cookie = csrf.cookies.find((c) => c.startsWith("next-auth.csrf-token="));
    expect(cookie).toBeDefined();
    expect(cookie).not.toMatch(/; Secure/);
  });
});
