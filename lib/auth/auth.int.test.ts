import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeUser, TEST_PASSWORD } from "../testing/factories";
import { createApiToken } from "../tokens/create-api-token";
import { revokeApiToken } from "../tokens/revoke-api-token";
import { listApiTokens } from "../tokens/list-api-tokens";
import { getTokenUser } from "./current-user";
import { verifyCredentials } from "./verify-credentials";

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on email, and never exposes the hash", async () => {
    const user = await makeUser();
    const signedIn = await verifyCredentials(user.email.toUpperCase(), TEST_PASSWORD);
    expect(signedIn).toEqual(user);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it("stores an argon2id hash, not the password", async () => {
    const user = await makeUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).toBeNull();
  });

  it("refuses unknown emails", async () => {
    expect(await verifyCredentials("nobody@test.local", TEST_PASSWORD)).toBeNull();
  });
});

describe("API tokens", () => {
  it("authenticate until revoked, are stored hashed and listed without their value", async () => {
    const user = await makeUser();
    const { token, id } = await createApiToken({ actor: user, input: { name: "script" } });
    expect(await getTokenUser(`Bearer ${token}`)).toMatchObject({ id: user.id });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token.slice(4));
    expect(JSON.stringify(await listApiTokens({ actor: user }))).not.toContain(token);
    await revokeApiToken({ actor: user, tokenId: id });
    await expect(getTokenUser(`Bearer ${token}`)).rejects.toMatchObject({ status: 401 });
  });

  it("expire, and cannot be revoked by another user", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const now = new Date();
    const { token, id } = await createApiToken({ actor: user, input: { name: "short", expiresInDays: 1 }, now });
    await expect(getTokenUser(`Bearer ${token}`, new Date(now.getTime() + 2 * 86_400_000))).rejects.toMatchObject({
      status: 401,
    });
    await expect(revokeApiToken({ actor: other, tokenId: id })).rejects.toMatchObject({ status: 404 });
  });

  it("expire at the stored instant whatever the server's time zone, and deactivated users' tokens stop", async () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ["America/New_York", "Asia/Baghdad", "UTC"]) {
        process.env.TZ = tz;
        const user = await makeUser();
        const now = new Date();
        const { token } = await createApiToken({ actor: user, input: { name: "short", expiresInDays: 1 }, now });
        await expect(
          getTokenUser(`Bearer ${token}`, new Date(now.getTime() + 86_400_000 - 60_000)),
        ).resolves.toMatchObject({ id: user.id });
        await expect(
          getTokenUser(`Bearer ${token}`, new Date(now.getTime() + 86_400_000 + 60_000)),
        ).rejects.toMatchObject({ status: 401 });
        await db.user.update({ where: { id: user.id }, data: { deactivatedAt: now } });
        await expect(getTokenUser(`Bearer ${token}`, now)).rejects.toMatchObject({ status: 401 });
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe("password change", () => {
  it("needs the current password and replaces the old one", async () => {
    const { changePassword } = await import("../users/change-password");
    const user = await makeUser();
    await expect(
      changePassword({ actor: user, input: { currentPassword: "not it", newPassword: "a brand new passphrase" } }),
    ).rejects.toMatchObject({ status: 400 });
    await changePassword({
      actor: user,
      input: { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" },
    });
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).toBeNull();
    expect(await verifyCredentials(user.email, "a brand new passphrase")).toMatchObject({ id: user.id });
  });
});
