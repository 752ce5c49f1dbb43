import { describe, expect, it } from "vitest";
import { exportBytes, buildDatasetProject } from "../datasets/dataset-fixtures";
import { db } from "../db";
import { makeUser } from "../testing/factories";
import { createApiToken } from "../tokens/create-api-token";
import { revokeApiToken } from "../tokens/revoke-api-token";
import { setUserActive } from "../users/set-user-active";
import { listUserAuditEvents } from "./list-user-audit-events";

describe("account audit events", () => {
  it("show administrators token, user and lock events, newest first, with the user they are about", async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await makeUser({ name: "Audited Person" });
    const { id } = await createApiToken({ actor: user, input: { name: "nightly" } });
    await revokeApiToken({ actor: user, tokenId: id });
    await setUserActive({ actor: admin, userId: user.id, input: { active: false } });
    await db.auditEvent.create({
      data: {
        actorId: null,
        action: "user.locked",
        entityType: "User",
        entityId: user.id,
        after: { scope: "account" },
      },
    });

    const events = await listUserAuditEvents({ actor: admin, query: { userId: user.id } });
    expect(events.map((e) => e.action)).toEqual([
      "user.locked",
      "user.deactivate",
      "api_token.revoke",
      "api_token.create",
      "user.create",
    ]);
    expect(events[0]).toMatchObject({ actor: null, subject: { id: user.id, name: "Audited Person" } });
    expect(events[1]).toMatchObject({ actor: { id: admin.id }, subject: { id: user.id } });

    const tokensOnly = await listUserAuditEvents({ actor: admin, query: { userId: user.id, action: "api_token" } });
    expect(tokensOnly.map((e) => e.action)).toEqual(["api_token.revoke", "api_token.create"]);
    const older = await listUserAuditEvents({
      actor: admin,
      query: { userId: user.id, before: events[1]!.createdAt.toISOString() },
    });
    expect(older.every((e) => e.createdAt < events[1]!.createdAt)).toBe(true);
  });

  it("are for administrators only, and project events stay out of them", async () => {
    const user = await makeUser();
    await expect(listUserAuditEvents({ actor: user })).rejects.toMatchObject({ status: 403 });
    const admin = await makeUser({ isAdmin: true });
    const events = await listUserAuditEvents({ actor: admin });
    expect(events.length).toBeGreaterThan(0);
    expect(
      await db.auditEvent.count({ where: { id: { in: events.map((e) => e.id) }, projectId: { not: null } } }),
    ).toBe(0);
    await expect(listUserAuditEvents({ actor: admin, query: { userId: "nope" } })).rejects.toMatchObject({
      name: "ZodError",
    });
  });
});

describe("exports", () => {
  it("are audited in the project's trail with who, which format and which articles", async () => {
    const fx = await buildDatasetProject();
    await exportBytes(fx.admin, fx.project.id, {
      format: "csv",
      articleIds: [fx.articles.a000.id],
      reviewedOnly: true,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { projectId: fx.project.id, action: "project.export" },
    });
    expect(event).toMatchObject({ actorId: fx.admin.id, entityType: "Project", entityId: fx.project.id });
    expect(event.after).toEqual({
      format: "csv",
      reviewedOnly: true,
      layers: "curated",
      agreement: false,
      articleIds: [fx.articles.a000.id],
      totalArticles: 1,
    });
  });

  it("of the incident ledgers are audited too, with whether proposed claims were included", async () => {
    const fx = await buildDatasetProject();
    await exportBytes(fx.admin, fx.project.id, { format: "incidents", includeProposed: true });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { projectId: fx.project.id, action: "project.export" },
    });
    expect(event).toMatchObject({ actorId: fx.admin.id, entityType: "Project", entityId: fx.project.id });
    expect(event.after).toEqual({ format: "incidents", includeProposed: true });
  });
});
