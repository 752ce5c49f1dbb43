import { describe, expect, it } from "vitest";
import { db } from "../db";
import { verifyCredentials } from "../auth/verify-credentials";
import { seedSampleData } from "./seed-sample";

// Each integration file gets its own freshly migrated, empty database: this is a first start.
describe("seedSampleData", () => {
  it("creates the admin, the sample project and its five articles once, then does nothing", async () => {
    expect(await db.user.count()).toBe(0);
    process.env.ADMIN_EMAIL = "First.Admin@Example.org";
    const first = await seedSampleData();
    expect(first).toMatchObject({ created: true, adminEmail: "first.admin@example.org" });
    expect(first.adminPassword).toMatch(/^[\w-]{16}$/);
    expect(await verifyCredentials(first.adminEmail, first.adminPassword ?? "")).toMatchObject({ isAdmin: true });
    const project = await db.project.findFirstOrThrow({
      where: { id: first.projectId },
      include: { articles: { orderBy: { publishedAt: "asc" } }, labels: true },
    });
    expect(project.name).toBe("Sample corpus");
    expect(project.articles.map((a) => a.publishedAt?.toISOString().slice(0, 10))).toEqual([
      "2020-01-02",
      "2023-12-09",
      "2023-12-11",
      "2024-01-24",
      "2024-04-22",
    ]);
    expect(project.labels).toHaveLength(10);

    const again = await seedSampleData();
    expect(again).toEqual({ created: false, adminEmail: "first.admin@example.org" });
    expect(await db.user.count()).toBe(1);
    expect(await db.article.count()).toBe(5);
  });
});
