import { randomUUID } from "node:crypto";
import { createApiToken } from "../lib/tokens/create-api-token";
import { createAccount, createProjectWith, importSampleCorpus } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

/** The JSON API as a script or data team uses it: bearer tokens, the error shape, bad input refused. */
test.describe("JSON API", () => {
  test("answers scripts with a bearer token and maps errors to { error: { code, message, details } }", async ({
    request,
  }) => {
    const manager = await createAccount();
    const { project, admin } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
    await importSampleCorpus(admin, project.id);
    const { token } = await createApiToken({ actor: manager, input: { name: "e2e" } });
    const auth = { authorization: `Bearer ${token}` };

    const projects = await request.get("/api/v1/projects", { headers: auth });
    expect(projects.status()).toBe(200);
    expect(((await projects.json()) as { projects: { id: string }[] }).projects.map((p) => p.id)).toEqual([project.id]);

    const unauthenticated = await request.get("/api/v1/projects");
    expect(unauthenticated.status()).toBe(401);
    expect(await unauthenticated.json()).toMatchObject({ error: { code: "unauthorized" } });

    const malformed = await request.post(`/api/v1/projects/${project.id}/articles`, {
      headers: { ...auth, "content-type": "application/json" },
      data: Buffer.from("{ not json"),
    });
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toMatchObject({
      error: { code: "validation_error", message: expect.stringContaining("Malformed JSON") },
    });

    const articles = (await (
      await request.get(`/api/v1/projects/${project.id}/articles`, { headers: auth })
    ).json()) as { articles: { id: string; title: string }[] };
    expect(articles.articles).toHaveLength(5);
    const article000 = articles.articles.find((a) => a.title.startsWith("كتائب حزب الله العراقية"))!;
    const full = (await (await request.get(`/api/v1/articles/${article000.id}`, { headers: auth })).json()) as {
      text: string;
    };
    const labels = (await (await request.get(`/api/v1/projects/${project.id}/labels`, { headers: auth })).json()) as {
      labels: { id: string }[];
    };

    const wrongQuote = await request.post(`/api/v1/articles/${article000.id}/spans`, {
      headers: auth,
      data: { id: randomUUID(), labelId: labels.labels[0]!.id, start: 0, end: 3, quote: "xyz" },
    });
    expect(wrongQuote.status()).toBe(400);
    expect(await wrongQuote.json()).toMatchObject({ error: { details: { actual: full.text.slice(0, 3) } } });

    const span = { id: randomUUID(), labelId: labels.labels[0]!.id, start: 0, end: 3, quote: full.text.slice(0, 3) };
    expect(
      (await request.post(`/api/v1/articles/${article000.id}/spans`, { headers: auth, data: span })).status(),
    ).toBe(201);
    expect(
      (await request.post(`/api/v1/articles/${article000.id}/spans`, { headers: auth, data: span })).status(),
    ).toBe(200);
    const spans = (await (await request.get(`/api/v1/articles/${article000.id}/spans`, { headers: auth })).json()) as {
      spans: unknown[];
    };
    expect(spans.spans).toHaveLength(1);

    const stale = await request.patch(`/api/v1/articles/${article000.id}/spans/${span.id}`, {
      headers: auth,
      data: { version: 7, note: "x" },
    });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: "conflict", details: { current: { id: span.id, version: 1 } } },
    });
  });

  test("hides another project's objects as not found", async ({ request }) => {
    const outsider = await createAccount();
    const { project, admin } = await createProjectWith();
    const summary = await importSampleCorpus(admin, project.id);
    const { token } = await createApiToken({ actor: outsider, input: { name: "e2e" } });
    const articleId = summary.results[0]!.articles[0]!.id;
    for (const path of [
      `/api/v1/projects/${project.id}`,
      `/api/v1/articles/${articleId}`,
      `/api/v1/articles/${articleId}/spans`,
    ]) {
      const res = await request.get(path, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status(), path).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    }
  });

  test("publishes an OpenAPI document that lists every route family", async ({ request }) => {
    const res = await request.get("/api/v1/openapi.json");
    expect(res.status()).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/projects/{id}/articles",
      "/articles/{id}/spans",
      "/articles/{id}/claims",
      "/projects/{id}/queue",
      "/tokens",
    ]) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(Object.keys(doc.paths["/articles/{id}/spans"]!)).toEqual(["get", "post"]);
  });
});
