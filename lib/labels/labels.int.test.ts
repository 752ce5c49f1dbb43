import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { parseUploadedFile } from "../import/parse-upload";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { createLabel } from "./create-label";
import { deleteLabel } from "./delete-label";
import { listLabels } from "./list-labels";
import { updateLabel } from "./update-label";

describe("label set", () => {
  it("lets managers add, edit and reorder labels; hotkeys and names stay unique", async () => {
    const analyst = await makeUser();
    const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    await expect(
      createLabel({ actor: analyst, projectId: project.id, input: { name: "Rumour", color: "#123456" } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      createLabel({ actor: admin, projectId: project.id, input: { name: "claim", color: "#123456" } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      createLabel({ actor: admin, projectId: project.id, input: { name: "Rumour", color: "#123456", hotkey: 1 } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      createLabel({ actor: admin, projectId: project.id, input: { name: "Rumour", color: "red" } }),
    ).rejects.toMatchObject({ name: "ZodError" });
    const rumour = await createLabel({
      actor: admin,
      projectId: project.id,
      input: { name: "Rumour", color: "#123456" },
    });
    expect(rumour.order).toBe(10);
    const moved = await updateLabel({
      actor: admin,
      labelId: rumour.id,
      input: { version: 1, order: 0, color: "#654321" },
    });
    expect(moved).toMatchObject({ order: 0, color: "#654321", version: 2 });
    await expect(
      updateLabel({ actor: admin, labelId: rumour.id, input: { version: 1, name: "x" } }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("refuses to delete a label in use unless its spans are moved to another label", async () => {
    const analyst = await makeUser();
    const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    const summary = await importArticles({
      actor: admin,
      projectId: project.id,
      sources: [
        parseUploadedFile("a.txt", new TextEncoder().encode("قال مسؤول أمريكي إن الهجوم فشل."), { maxBytes: 1000 }),
      ],
    });
    const articleId = summary.results[0]!.articles[0]!.id;
    const labels = await listLabels({ actor: analyst, projectId: project.id });
    const speaker = labels.find((l) => l.key === "speaker")!;
    const person = labels.find((l) => l.key === "person")!;
    await createSpan({
      actor: analyst,
      articleId,
      input: { id: randomUUID(), labelId: speaker.id, start: 4, end: 16, quote: "مسؤول أمريكي" },
    });
    await expect(deleteLabel({ actor: admin, labelId: speaker.id })).rejects.toMatchObject({
      status: 409,
      details: { spanCount: 1 },
    });
    expect(await deleteLabel({ actor: admin, labelId: speaker.id, reassignTo: person.id })).toEqual({
      deleted: true,
      reassigned: 1,
    });
    const span = await db.span.findFirstOrThrow({ where: { articleId } });
    expect(span).toMatchObject({ labelId: person.id, version: 2 });
    expect((await listLabels({ actor: analyst, projectId: project.id })).map((l) => l.key)).not.toContain("speaker");
  });
});
