import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticles } from "@/lib/articles/import-articles";
import { parseUploadedFile } from "@/lib/import/parse-upload";
import { makeProject, makeUser } from "@/lib/testing/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { PATCH } from "../../../articles/[id]/assignments/[userId]/route";
import { POST } from "./route";

const call = async (handler: typeof POST, token: string, url: string, params: Record<string, string>, body: string) => {
  const response = await handler(
    new NextRequest(`http://127.0.0.1/api/v1${url}`, {
      method: handler === POST ? "POST" : "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body,
    }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, json: (await response.json()) as { error?: { code: string } } };
};

describe("assignment routes", () => {
  it("answer bad input with 400 and change nothing; analysts get 403", async () => {
    const analyst = await makeUser();
    const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    const summary = await importArticles({
      actor: admin,
      projectId: project.id,
      sources: [parseUploadedFile("a.txt", new TextEncoder().encode("نص المقال."), { maxBytes: 10_000 })],
    });
    const articleId = summary.results[0]!.articles[0]!.id;
    const adminToken = (await createApiToken({ actor: admin, input: { name: "t" } })).token;
    const analystToken = (await createApiToken({ actor: analyst, input: { name: "t" } })).token;
    const url = `/projects/${project.id}/assignments`;
    const params = { id: project.id };

    for (const body of [
      "{",
      JSON.stringify({ articleIds: [], userIds: [analyst.id] }),
      JSON.stringify({ articleIds: [articleId], userIds: ["someone"] }),
      JSON.stringify({ articleIds: articleId, userIds: [analyst.id] }),
    ]) {
      const { status, json } = await call(POST, adminToken, url, params, body);
      expect([status, json.error?.code]).toEqual([400, "validation_error"]);
    }
    const refused = await call(
      POST,
      analystToken,
      url,
      params,
      JSON.stringify({ articleIds: [articleId], userIds: [analyst.id] }),
    );
    expect(refused.status).toBe(403);
    expect(await db.assignment.count({ where: { projectId: project.id } })).toBe(0);

    const made = await call(
      POST,
      adminToken,
      url,
      params,
      JSON.stringify({ articleIds: [articleId], userIds: [analyst.id] }),
    );
    expect(made.status).toBe(200);
    const badStatus = await call(
      PATCH,
      analystToken,
      `/articles/${articleId}/assignments/${analyst.id}`,
      { id: articleId, userId: analyst.id },
      JSON.stringify({ status: "FINISHED" }),
    );
    expect(badStatus.status).toBe(400);
    const stored = await db.assignment.findMany({ where: { projectId: project.id }, select: { status: true } });
    expect(stored).toEqual([{ status: "NEW" }]);
  });
});
