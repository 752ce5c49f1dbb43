import { describe, expect, it } from "vitest";
import { db } from "../db";
import { verifyCredentials } from "../auth/verify-credentials";
import { seedSampleData } from "./seed-sample";

describe("seedSampleData", () => {
  it("does nothing once users exist (the test database already has some or gets them here)", async () => {
    if ((await db.user.count()) === 0) {
      const first = await seedSampleData();
      expect(first.created).toBe(true);
      expect(await verifyCredentials(first.adminEmail, first.adminPassword ?? "")).toMatchObject({ isAdmin: true });
      const project = await db.project.findFirstOrThrow({ where: { id: first.projectId }, include: { articles: true, labels: true } });
      expect(project.name).toBe("Sample corpus");
      expect(project.articles).toHaveLength(5);
      expect(project.labels).toHaveLength(10);
    }
    const before = await db.user.count();
    expect((await seedSampleData()).created).toBe(false);
    expect(await db.user.count()).toBe(before);
  });
});
