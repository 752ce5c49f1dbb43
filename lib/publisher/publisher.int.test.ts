import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeProject, makeUser } from "../testing/factories";
import { getPublisher } from "./get-publisher";
import { setPublisher } from "./set-publisher";

const SETTINGS = {
  name: "Fact Desk",
  url: "https://factdesk.example.org",
  logoUrl: "https://factdesk.example.org/logo.png",
  reviewUrlTemplate: "https://factdesk.example.org/checks/{claimId}",
};

describe("publisher settings", () => {
  it("are set by managers, read by members, version-checked and audited", async () => {
    const analyst = await makeUser();
    const stranger = await makeUser();
    const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    await expect(getPublisher({ actor: analyst, projectId: project.id })).resolves.toEqual({ publisher: null });
    await expect(getPublisher({ actor: stranger, projectId: project.id })).rejects.toMatchObject({ status: 404 });
    await expect(setPublisher({ actor: analyst, projectId: project.id, input: SETTINGS })).rejects.toMatchObject({
      status: 403,
    });

    const first = await setPublisher({ actor: admin, projectId: project.id, input: SETTINGS });
    expect(first.publisher).toMatchObject({ ...SETTINGS, version: 1 });
    // A second save without the version it edited would overwrite unseen: 409 with what is stored.
    await expect(
      setPublisher({ actor: admin, projectId: project.id, input: { ...SETTINGS, name: "Other" } }),
    ).rejects.toMatchObject({ status: 409, details: { current: expect.objectContaining({ name: "Fact Desk" }) } });
    const second = await setPublisher({
      actor: admin,
      projectId: project.id,
      input: { ...SETTINGS, name: "مكتب التحقق", logoUrl: "", version: 1 },
    });
    expect(second.publisher).toMatchObject({ name: "مكتب التحقق", logoUrl: "", version: 2 });
    await expect(
      setPublisher({ actor: admin, projectId: project.id, input: { ...SETTINGS, version: 1 } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(getPublisher({ actor: analyst, projectId: project.id })).resolves.toMatchObject({
      publisher: { name: "مكتب التحقق", version: 2 },
    });
    const audit = await db.auditEvent.findMany({ where: { projectId: project.id, action: "project.publisher" } });
    expect(audit).toHaveLength(2);
  });

  it("refuses addresses that would not publish: no per-review placeholder, another site, not http(s)", async () => {
    const { project, admin } = await makeProject();
    for (const input of [
      { ...SETTINGS, reviewUrlTemplate: "https://factdesk.example.org/checks" },
      { ...SETTINGS, reviewUrlTemplate: "https://elsewhere.example/{claimId}" },
      { ...SETTINGS, url: "javascript:alert(1)" },
      { ...SETTINGS, logoUrl: "logo.png" },
      { ...SETTINGS, name: "  " },
    ]) {
      await expect(setPublisher({ actor: admin, projectId: project.id, input })).rejects.toMatchObject({
        name: "ZodError",
      });
    }
    expect(await db.projectPublisher.count({ where: { projectId: project.id } })).toBe(0);
  });
});
