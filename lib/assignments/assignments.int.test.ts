import { describe, expect, it } from "vitest";
import { importArticles } from "../articles/import-articles";
import { listArticles } from "../articles/list-articles";
import { db } from "../db";
import { parseUploadedFile } from "../import/parse-upload";
import { makeProject, makeUser } from "../testing/factories";
import { assignArticles } from "./assign-articles";
import { getArticleNeighbours } from "./get-article-neighbours";
import { listAssignments } from "./list-assignments";
import { removeAssignment } from "./remove-assignment";
import { setAssignmentStatus, startAssignment } from "./set-assignment-status";

const file = (name: string, text: string) =>
  parseUploadedFile(name, new TextEncoder().encode(text), { maxBytes: 10_000 });

/** A project with three articles, a manager (admin), two analysts and a reviewer. */
async function projectWithArticles() {
  const analyst = await makeUser();
  const other = await makeUser();
  const manager = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: other, role: "ANALYST" },
    { user: manager, role: "MANAGER" },
  ]);
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [
      file("a.txt", "المقال الأول.\n\nنص أول."),
      file("b.txt", "المقال الثاني.\n\nنص ثان."),
      file("c.txt", "المقال الثالث.\n\nنص ثالث."),
    ],
  });
  const articleIds = summary.results.map((r) => r.articles[0]!.id);
  return { admin, analyst, other, manager, project, articleIds };
}

const auditCount = (projectId: string) => db.auditEvent.count({ where: { projectId, entityType: "Assignment" } });

describe("assignments", () => {
  it("lets a manager assign articles in bulk, keeps existing pairs and audits each new one", async () => {
    const { manager, analyst, other, project, articleIds } = await projectWithArticles();
    const first = await assignArticles({
      actor: manager,
      projectId: project.id,
      input: { articleIds: articleIds.slice(0, 2), userIds: [analyst.id, other.id] },
    });
    expect(first.created).toBe(4);
    expect(first.assignments.every((a) => a.status === "NEW" && a.assignedBy?.id === manager.id)).toBe(true);
    await setAssignmentStatus({
      actor: analyst,
      articleId: articleIds[0]!,
      userId: analyst.id,
      input: { status: "DONE" },
    });
    const again = await assignArticles({
      actor: manager,
      projectId: project.id,
      input: { articleIds, userIds: [analyst.id] },
    });
    expect(again.created).toBe(1);
    const mine = await listAssignments({ actor: analyst, projectId: project.id, userId: analyst.id });
    expect(mine.map((a) => a.status).sort()).toEqual(["DONE", "NEW", "NEW"]);
    expect(await auditCount(project.id)).toBe(4 + 1 + 1);
  });

  it("refuses analysts and bad input, and writes nothing", async () => {
    const { manager, analyst, project, articleIds } = await projectWithArticles();
    await expect(
      assignArticles({ actor: analyst, projectId: project.id, input: { articleIds, userIds: [analyst.id] } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      assignArticles({ actor: manager, projectId: project.id, input: { articleIds: [], userIds: [analyst.id] } }),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      assignArticles({
        actor: manager,
        projectId: project.id,
        input: { articleIds: ["not-an-id"], userIds: [analyst.id] },
      }),
    ).rejects.toMatchObject({ name: "ZodError" });
    // A user who is not a member: nothing is assigned, not even the valid pairs.
    const stranger = await makeUser();
    await expect(
      assignArticles({
        actor: manager,
        projectId: project.id,
        input: { articleIds, userIds: [analyst.id, stranger.id] },
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db.assignment.count({ where: { projectId: project.id } })).toBe(0);
    expect(await auditCount(project.id)).toBe(0);
  });

  it("answers 'not found' across projects", async () => {
    const a = await projectWithArticles();
    const b = await projectWithArticles();
    await assignArticles({
      actor: a.manager,
      projectId: a.project.id,
      input: { articleIds: a.articleIds, userIds: [a.analyst.id] },
    });
    // b's manager cannot assign a's articles in b, nor read or change a's assignments.
    await expect(
      assignArticles({
        actor: b.manager,
        projectId: b.project.id,
        input: { articleIds: a.articleIds, userIds: [b.analyst.id] },
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      assignArticles({
        actor: b.manager,
        projectId: a.project.id,
        input: { articleIds: a.articleIds, userIds: [a.analyst.id] },
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(listAssignments({ actor: b.analyst, projectId: a.project.id })).rejects.toMatchObject({ status: 404 });
    await expect(
      setAssignmentStatus({
        actor: b.manager,
        articleId: a.articleIds[0]!,
        userId: a.analyst.id,
        input: { status: "DONE" },
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      removeAssignment({ actor: b.manager, articleId: a.articleIds[0]!, userId: a.analyst.id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(getArticleNeighbours({ actor: b.analyst, articleId: a.articleIds[0]! })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("moves an assignee's own status forward; only managers change others' or reopen", async () => {
    const { manager, analyst, other, project, articleIds } = await projectWithArticles();
    const articleId = articleIds[0]!;
    await assignArticles({
      actor: manager,
      projectId: project.id,
      input: { articleIds: [articleId], userIds: [analyst.id, other.id] },
    });
    await startAssignment({ actor: analyst, articleId });
    await startAssignment({ actor: manager, articleId }); // not an assignee: nothing happens
    const statuses = async () =>
      Object.fromEntries(
        (await listAssignments({ actor: manager, projectId: project.id, articleId })).map((a) => [a.user.id, a.status]),
      );
    expect(await statuses()).toEqual({ [analyst.id]: "IN_PROGRESS", [other.id]: "NEW" });
    await expect(
      setAssignmentStatus({ actor: analyst, articleId, userId: other.id, input: { status: "DONE" } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      setAssignmentStatus({ actor: analyst, articleId, userId: analyst.id, input: { status: "FINISHED" as "DONE" } }),
    ).rejects.toMatchObject({ name: "ZodError" });
    const done = await setAssignmentStatus({
      actor: analyst,
      articleId,
      userId: analyst.id,
      input: { status: "DONE" },
    });
    expect(done.status).toBe("DONE");
    await expect(
      setAssignmentStatus({ actor: analyst, articleId, userId: analyst.id, input: { status: "IN_PROGRESS" } }),
    ).rejects.toMatchObject({ status: 403, message: "Only managers reopen an article" });
    await startAssignment({ actor: analyst, articleId }); // opening a done article does not reopen it
    expect(await statuses()).toEqual({ [analyst.id]: "DONE", [other.id]: "NEW" });
    await setAssignmentStatus({ actor: manager, articleId, userId: analyst.id, input: { status: "IN_PROGRESS" } });
    expect(await statuses()).toEqual({ [analyst.id]: "IN_PROGRESS", [other.id]: "NEW" });
    const audited = await db.auditEvent.findMany({
      where: { projectId: project.id, action: "assignment.status" },
      select: { actorId: true, after: true },
      orderBy: { createdAt: "asc" },
    });
    expect(audited.map((e) => [e.actorId, e.after])).toEqual([
      [analyst.id, { status: "IN_PROGRESS" }],
      [analyst.id, { status: "DONE" }],
      [manager.id, { status: "IN_PROGRESS" }],
    ]);
    await expect(removeAssignment({ actor: analyst, articleId, userId: analyst.id })).rejects.toMatchObject({
      status: 403,
    });
    await removeAssignment({ actor: manager, articleId, userId: other.id });
    await expect(
      setAssignmentStatus({ actor: other, articleId, userId: other.id, input: { status: "DONE" } }),
    ).rejects.toMatchObject({ status: 404, message: "Assignment not found" });
  });

  it("filters the article list by assignee and status, and orders the reader's next and previous", async () => {
    const { manager, analyst, other, project, articleIds } = await projectWithArticles();
    const listed = await listArticles({ actor: manager, projectId: project.id });
    const order = listed.map((a) => a.id);
    await assignArticles({
      actor: manager,
      projectId: project.id,
      input: { articleIds: [order[2]!, order[0]!], userIds: [analyst.id] },
    });
    await setAssignmentStatus({ actor: analyst, articleId: order[0]!, userId: analyst.id, input: { status: "DONE" } });
    const ids = async (filter: Parameters<typeof listArticles>[0]) => (await listArticles(filter)).map((a) => a.id);
    expect(await ids({ actor: manager, projectId: project.id, assignee: analyst.id })).toEqual([order[0], order[2]]);
    expect(await ids({ actor: manager, projectId: project.id, assignmentStatus: "DONE" })).toEqual([order[0]]);
    expect(await ids({ actor: manager, projectId: project.id, assignee: other.id })).toEqual([]);
    const row = (await listArticles({ actor: manager, projectId: project.id })).find((a) => a.id === order[0]);
    expect(row?.assignees).toEqual([{ id: analyst.id, email: analyst.email, name: analyst.name, status: "DONE" }]);

    // The analyst's list is their two assignments, in the project list's order.
    const first = await getArticleNeighbours({ actor: analyst, articleId: order[0]! });
    expect(first).toMatchObject({
      list: "assignments",
      position: 1,
      total: 2,
      previous: null,
      assignmentStatus: "DONE",
    });
    expect(first.next?.id).toBe(order[2]);
    // Someone with no assignments walks the project list.
    const middle = await getArticleNeighbours({ actor: other, articleId: order[1]! });
    expect(middle).toMatchObject({ list: "project", position: 2, total: 3, assignmentStatus: null });
    expect([middle.previous?.id, middle.next?.id]).toEqual([order[0], order[2]]);
    expect(articleIds).toHaveLength(3);
  });
});
