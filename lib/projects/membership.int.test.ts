import { describe, expect, it } from "vitest";
import { db } from "../db";
import { makeProject, makeUser } from "../testing/factories";
import { createProject } from "./create-project";
import { getProject } from "./get-project";
import { listMembers } from "./list-members";
import { listProjects } from "./list-projects";
import { removeMember } from "./remove-member";
import { setMember } from "./set-member";

describe("projects and membership", () => {
  it("lists only the user's own projects, with their role", async () => {
    const analyst = await makeUser();
    const { project: mine } = await makeProject([{ user: analyst, role: "REVIEWER" }]);
    await makeProject();
    const projects = await listProjects({ actor: analyst });
    expect(projects.map((p) => [p.id, p.role])).toEqual([[mine.id, "REVIEWER"]]);
  });

  it("answers 'not found' for a project the user does not belong to", async () => {
    const stranger = await makeUser();
    const { project } = await makeProject();
    await expect(getProject({ actor: stranger, projectId: project.id })).rejects.toMatchObject({ status: 404 });
    await expect(listMembers({ actor: stranger, projectId: project.id })).rejects.toMatchObject({ status: 404 });
  });

  it("gives a new project the default label set with hotkeys 1-9", async () => {
    const admin = await makeUser({ isAdmin: true });
    const project = await createProject({ actor: admin, input: { name: "Labels" } });
    const labels = await db.label.findMany({ where: { projectId: project.id }, orderBy: { order: "asc" } });
    expect(labels.map((l) => l.key)).toEqual([
      "claim",
      "speaker",
      "source",
      "casualty",
      "count",
      "date",
      "place",
      "organisation",
      "person",
      "weapon",
    ]);
    expect(labels.map((l) => l.hotkey)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, null]);
  });

  it("lets only admins create projects", async () => {
    const user = await makeUser();
    await expect(createProject({ actor: user, input: { name: "x" } })).rejects.toMatchObject({ status: 403 });
  });

  it("lets managers add, re-role and remove members, keeping at least one manager; all audited", async () => {
    const manager = await makeUser();
    const analyst = await makeUser();
    const { project, admin } = await makeProject([{ user: manager, role: "MANAGER" }]);
    await setMember({ actor: manager, projectId: project.id, input: { email: analyst.email, role: "ANALYST" } });
    await expect(
      setMember({ actor: analyst, projectId: project.id, input: { email: analyst.email, role: "MANAGER" } }),
    ).rejects.toMatchObject({ status: 403 });
    await setMember({ actor: manager, projectId: project.id, input: { email: analyst.email, role: "REVIEWER" } });
    expect((await listMembers({ actor: analyst, projectId: project.id })).find((m) => m.id === analyst.id)?.role).toBe(
      "REVIEWER",
    );
    await removeMember({ actor: manager, projectId: project.id, userId: analyst.id });
    await expect(getProject({ actor: analyst, projectId: project.id })).rejects.toMatchObject({ status: 404 });
    await removeMember({ actor: admin, projectId: project.id, userId: admin.id });
    await expect(removeMember({ actor: manager, projectId: project.id, userId: manager.id })).rejects.toMatchObject({
      status: 409,
    });
    const actions = (
      await db.auditEvent.findMany({
        where: { projectId: project.id, entityType: "Membership" },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual([
      "membership.create",
      "membership.create",
      "membership.update",
      "membership.delete",
      "membership.delete",
    ]);
  });

  it("refuses to add an unknown email", async () => {
    const { project, admin } = await makeProject();
    await expect(
      setMember({ actor: admin, projectId: project.id, input: { email: "ghost@test.local", role: "ANALYST" } }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
