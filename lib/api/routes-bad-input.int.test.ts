import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildDatasetProject } from "../datasets/dataset-fixtures";
import { db } from "../db";
import { createApiToken } from "../tokens/create-api-token";
import { operations } from "./openapi";

/**
 * Every write route of /api/v1, found on disk, against every class of bad input the security
 * probe tried (issue 13): NUL and lone surrogates in each text field, bodies that are not JSON or
 * not UTF-8, malformed and mistyped JSON, malformed ids in paths and queries, impossible dates,
 * script URLs, duplicated and unknown ids. The rule: never a 500, a 4xx that names the problem
 * where the issue asks for one, and nothing stored.
 */
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { file: string; path: string; methods: Map<string, Handler> };
type Case = {
  route: string;
  method: string;
  label: string;
  build: () => NextRequest;
  params: Record<string, string>;
  expect?: (res: Response, body: string) => void;
};

const ROOT = path.resolve(__dirname, "../../app/api/v1");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

async function findRoutes(): Promise<Route[]> {
  const files = (await readdir(ROOT, { recursive: true })).filter((f) => f.endsWith("route.ts")).sort();
  const routes: Route[] = [];
  for (const file of files) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const methods = new Map<string, Handler>();
    for (const m of [...WRITE_METHODS, "GET"]) if (typeof mod[m] === "function") methods.set(m, mod[m] as Handler);
    routes.push({ file, path: `/${path.dirname(file)}`.replace(/\/\.$/, "").replace(/\[(\w+)\]/g, "{$1}"), methods });
  }
  return routes;
}

type JsonSchema = {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

function bodySchema(route: string, method: string): JsonSchema | null {
  const op = operations.find((o) => o.path === route && o.method === method.toLowerCase());
  return op?.body ? (z.toJSONSchema(op.body, { io: "input", unrepresentable: "any" }) as JsonSchema) : null;
}

/** Every property of an object schema (through unions), one level of nesting included, as paths. */
function fieldsOf(
  schema: JsonSchema | null,
  prefix: string[] = [],
  depth = 0,
): { path: string[]; schema: JsonSchema }[] {
  if (!schema) return [];
  const variants = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const out: { path: string[]; schema: JsonSchema }[] = [];
  for (const variant of variants) {
    for (const [name, prop] of Object.entries(variant.properties ?? {})) {
      const p = [...prefix, name];
      if (out.some((o) => o.path.join(".") === p.join("."))) continue;
      out.push({ path: p, schema: prop });
      if (depth < 1) out.push(...fieldsOf(prop, p, depth + 1));
    }
  }
  return out;
}

const isType = (schema: JsonSchema, type: string): boolean =>
  [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(
    (s) => s.type === type || (Array.isArray(s.type) && s.type.includes(type)),
  );
const hasFormat = (schema: JsonSchema, format: string): boolean =>
  [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((s) => s.format === format);

function setPath(base: Record<string, unknown>, at: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  let node: Record<string, unknown> = copy;
  for (const key of at.slice(0, -1)) {
    const next = node[key];
    node[key] = next && typeof next === "object" && !Array.isArray(next) ? next : {};
    node = node[key] as Record<string, unknown>;
  }
  node[at[at.length - 1]!] = value;
  return copy;
}

/** An article upload answers per article (422 when none was imported), naming the field; the rest 400. */
const refusalOf = (route: string) => (route === "/projects/{id}/articles" ? 422 : 400);

let token = "";
let fixtureIds: Record<string, string> = {};
let baseBodies: Record<string, Record<string, unknown>> = {};
let routes: Route[] = [];

/** Real ids for each path parameter, so requests get past "not found" to the input checks. */
function paramsFor(route: string): Record<string, string> {
  const params: Record<string, string> = {};
  const parts = route.split("/").filter(Boolean);
  for (const [i, part] of parts.entries()) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (!name) continue;
    const owner = parts[i - 1] ?? "";
    params[name] = fixtureIds[`${owner}/${name}`] ?? fixtureIds[owner] ?? randomUUID();
  }
  return params;
}

function urlOf(route: string, params: Record<string, string>, query = ""): string {
  return `http://localhost:3000/api/v1${route.replace(/\{(\w+)\}/g, (_, n: string) => params[n] ?? "")}${query}`;
}

function request(
  route: string,
  method: string,
  params: Record<string, string>,
  init: { body?: BodyInit; type?: string; query?: string } = {},
): NextRequest {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (init.type) headers["content-type"] = init.type;
  return new NextRequest(urlOf(route, params, init.query), { method, headers, body: init.body });
}

function casesFor(): Case[] {
  const cases: Case[] = [];
  for (const r of routes) {
    if (r.path.startsWith("/openapi.json")) continue;
    for (const [method] of r.methods) {
      const params = paramsFor(r.path);
      const add = (label: string, build: () => NextRequest, check?: Case["expect"], p = params) =>
        cases.push({ route: r.path, method, label, build, params: p, expect: check });
      if (method === "GET") {
        const op = operations.find((o) => o.path === r.path && o.method === "get");
        for (const name of Object.keys(op?.query?.shape ?? {})) {
          const q = { name };
          if (/(^|[a-z])Ids?$|^reassignTo$|^articles$/.test(q.name)) {
            add(
              `query ${q.name} not a UUID`,
              () => request(r.path, method, params, { query: `?${q.name}=not-an-id` }),
              (res) => expect(res.status).toBe(400),
            );
          }
          add(
            `query ${q.name} with NUL`,
            () => request(r.path, method, params, { query: `?${q.name}=a%00b` }),
            (res) => expect(res.status).toBe(400),
          );
        }
        continue;
      }
      const schema = bodySchema(r.path, method);
      const operation = operations.find((o) => o.path === r.path && o.method === method.toLowerCase());
      const base = baseBodies[`${method} ${r.path}`] ?? {};
      const json = (value: unknown) => () =>
        request(r.path, method, params, { body: JSON.stringify(value), type: "application/json" });
      const fields = fieldsOf(schema);
      const textFields = fields.filter((f) => isType(f.schema, "string"));
      for (const f of textFields.length ? textFields : [{ path: ["note"], schema: {} }]) {
        const name = f.path.join(".");
        const refusal = refusalOf(r.path);
        add(`NUL in ${name}`, json(setPath(base, f.path, "before\u0000after")), (res, body) => {
          if (schema) {
            expect(res.status).toBe(refusal);
            expect(body).toContain(name);
          }
        });
        add(
          `lone surrogate in ${name}`,
          json(setPath(base, f.path, "x\uD800y")),
          (res) => schema && expect(res.status).toBe(refusal),
        );
      }
      for (const f of fields) {
        if (
          hasFormat(f.schema, "date") ||
          hasFormat(f.schema, "date-time") ||
          /date|On$|At$|asOf|from|to/i.test(f.path.at(-1) ?? "")
        ) {
          add(`year 0000 in ${f.path.join(".")}`, json(setPath(base, f.path, "0000-01-01")));
          add(`year 99999 in ${f.path.join(".")}`, json(setPath(base, f.path, "99999-01-01")));
        }
        if (hasFormat(f.schema, "uri") || /url/i.test(f.path.at(-1) ?? "")) {
          add(
            `javascript: URL in ${f.path.join(".")}`,
            json(setPath(base, f.path, "javascript:alert(1)")),
            (res, body) => {
              expect(res.status).toBe(refusalOf(r.path));
              expect(body).toMatch(/http:\/\/ or https:\/\//);
            },
          );
        }
        if (hasFormat(f.schema, "uuid") || /Id$/.test(f.path.at(-1) ?? "")) {
          add(`malformed id in ${f.path.join(".")}`, json(setPath(base, f.path, "1' OR '1'='1")));
          add(`unknown id in ${f.path.join(".")}`, json(setPath(base, f.path, randomUUID())));
        }
        if (/Ids$/.test(f.path.at(-1) ?? "")) {
          const id = Object.values(fixtureIds)[0];
          add(`duplicated id in ${f.path.join(".")}`, json(setPath(base, f.path, [id, id])));
          add(`malformed ids in ${f.path.join(".")}`, json(setPath(base, f.path, ["x", 1, null])));
        }
        if (isType(f.schema, "integer") || isType(f.schema, "number")) {
          add(`huge number in ${f.path.join(".")}`, json(setPath(base, f.path, 1e300)));
          add(`negative number in ${f.path.join(".")}`, json(setPath(base, f.path, -2147483649)));
        }
      }
      add(
        "text/plain body",
        () => request(r.path, method, params, { body: JSON.stringify(base), type: "text/plain" }),
        // A suggestion's body is optional (a bare POST decides as proposed), so a body that is not
        // JSON is not read and the suggestion, absent from the fixture, is not found.
        (res) =>
          schema &&
          !r.path.endsWith("/articles") &&
          expect(res.status).toBe(r.path.startsWith("/suggestions/") ? 404 : 415),
      );
      add("form body", () =>
        request(r.path, method, params, { body: "a=1&b=2", type: "application/x-www-form-urlencoded" }),
      );
      add(
        "Latin-1 byte in JSON",
        () =>
          request(r.path, method, params, {
            body: new Uint8Array([0x7b, 0x22, 0x6e, 0x6f, 0x74, 0x65, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
            type: "application/json",
          }),
        (res) => schema && expect(res.status).toBe(400),
      );
      add(
        "malformed JSON",
        () => request(r.path, method, params, { body: '{"note": ', type: "application/json" }),
        (res) => schema && expect(res.status).toBe(400),
      );
      for (const [label, value] of [
        ["JSON array", []],
        ["JSON null", null],
        ["JSON number", 42],
        ["JSON string", "x"],
        ["deeply nested", JSON.parse("[".repeat(2000) + "]".repeat(2000)) as unknown],
      ] as const) {
        add(label, json(value));
      }
      add(
        "every field a number",
        json(Object.fromEntries(fields.filter((f) => f.path.length === 1).map((f) => [f.path[0], 7]))),
      );
      add(
        "every field an object",
        json(Object.fromEntries(fields.filter((f) => f.path.length === 1).map((f) => [f.path[0], { x: 1 }]))),
      );
      if (Object.keys(params).length) {
        for (const name of Object.keys(params)) {
          add(`path ${name} not a UUID`, json(base), (res) => expect(res.status).toBe(400), {
            ...params,
            [name]: "12345",
          });
          // The body is checked before the lookup: an unknown id is "not found" once the body passes.
          const bodyPasses = !operation?.body || operation.body.safeParse(base).success;
          add(`path ${name} unknown`, json(base), (res) => expect(res.status).toBe(bodyPasses ? 404 : 400), {
            ...params,
            [name]: randomUUID(),
          });
        }
      }
    }
  }
  return cases;
}

beforeAll(async () => {
  const fx = await buildDatasetProject();
  token = (await createApiToken({ actor: fx.admin, input: { name: "bad input" } })).token;
  // A token of its own for the revoke route, so the requests' token stays valid.
  const { id: tokenId } = await createApiToken({ actor: fx.admin, input: { name: "to revoke" } });
  const label = await db.label.findFirstOrThrow({ where: { projectId: fx.project.id } });
  const link = await db.claimLink.findFirstOrThrow({ where: { projectId: fx.project.id } });
  const translation = await db.translation.findFirstOrThrow({ where: { projectId: fx.project.id } });
  const verdict = await db.verdict.findFirstOrThrow({ where: { projectId: fx.project.id } });
  fixtureIds = {
    projects: fx.project.id,
    articles: fx.articles.aAstral.id,
    "spans/spanId": fx.spans.rockets.id,
    claims: fx.claims.c3.id,
    entities: fx.entities.kataib.id,
    events: fx.event.id,
    labels: label.id,
    links: link.id,
    translations: translation.id,
    verdicts: verdict.id,
    tokens: tokenId,
    users: fx.analyst.id,
    "members/userId": fx.analyst.id,
    untouchedArticle: fx.articles.a003.id,
  };
  const paragraphText = { targetType: "SEGMENT", targetKey: "0", text: "A translation" };
  baseBodies = {
    "PATCH /articles/{id}": {
      version: 1,
      title: "عنوان",
      source: "وكالة",
      url: "https://example.org/a",
      publishedAt: "2024-01-02",
    },
    "PUT /articles/{id}/translations": paragraphText,
    "POST /projects/{id}/articles": {
      title: "عنوان",
      source: "وكالة",
      url: "https://example.org/a",
      publishedAt: "2024-01-02",
      text: `نص ${randomUUID()}`,
    },
    "POST /articles/{id}/claims": {
      id: randomUUID(),
      kind: "CASUALTY",
      claimSpanId: fx.spans.killed.id,
      note: "ملاحظة",
      aboutEntityIds: [fx.entities.kataib.id],
      figures: { killed: { qualifier: "exactly", value: 2 }, victims: "جنود", perpetrator: "" },
      eventId: fx.event.id,
    },
    "POST /articles/{id}/spans": {
      id: randomUUID(),
      labelId: label.id,
      start: 0,
      end: 3,
      quote: fx.articles.aAstral.text.slice(0, 3),
      note: "n",
    },
    "POST /projects/{id}/events": { titleAr: "حدث", titleEn: "Event", occurredOn: "2024-01-01", place: "بغداد" },
    "POST /projects/{id}/entities": { kind: "PERSON", nameAr: "اسم", nameEn: "Name", aliases: ["لقب"] },
    "POST /projects/{id}/verdicts": {
      claimId: fx.claims.c1.id,
      value: "DISPUTED",
      rationale: "سبب",
      evidenceClaimIds: [fx.claims.c2.id],
    },
    "POST /projects/{id}/links": {
      id: randomUUID(),
      fromClaimId: fx.claims.c1.id,
      toClaimId: fx.claims.c2.id,
      relation: "AGREES",
      note: "n",
    },
    "POST /projects/{id}/labels": { name: "وسم", color: "#123456", hotkey: null },
    "PUT /projects/{id}/members": { email: fx.analyst.email, role: "ANALYST" },
  };
  routes = await findRoutes();
}, 120_000);

describe("bad input on every write route", () => {
  it("is answered with a 4xx, never a 500, and what the issue names gets the status it asks for", async () => {
    const cases = casesFor();
    const writes = new Set(cases.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.route}`));
    expect(writes.size).toBeGreaterThanOrEqual(40);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const c of cases) {
      const route = routes.find((r) => r.path === c.route)!;
      const res = await route.methods.get(c.method)!(c.build(), { params: Promise.resolve(c.params) });
      const body = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) {
        failures.push(`${c.method} ${c.route} — ${c.label}: ${res.status} ${body.slice(0, 200)}`);
        continue;
      }
      try {
        c.expect?.(res, body);
      } catch (error) {
        failures.push(
          `${c.method} ${c.route} — ${c.label}: ${res.status} ${body.slice(0, 160)} (${(error as Error).message.split("\n")[0]})`,
        );
      }
    }
    expect(failures, `${failures.length} of ${cases.length} cases`).toEqual([]);
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(cases.length).toBeGreaterThan(500);
  }, 600_000);

  it("stores nothing when a text field holds NUL or a lone surrogate, or the body is not UTF-8 JSON", async () => {
    const before = await db.auditEvent.count();
    const cases = casesFor().filter(
      (c) =>
        /^(NUL in|lone surrogate in|Latin-1|text\/plain|malformed JSON)/.test(c.label) && bodySchema(c.route, c.method),
    );
    expect(cases.length).toBeGreaterThan(150);
    const wrote: string[] = [];
    for (const c of cases) {
      const route = routes.find((r) => r.path === c.route)!;
      const count = await db.auditEvent.count();
      await route.methods.get(c.method)!(c.build(), { params: Promise.resolve(c.params) });
      if ((await db.auditEvent.count()) !== count) wrote.push(`${c.method} ${c.route} — ${c.label}`);
    }
    expect(wrote).toEqual([]);
    expect(await db.auditEvent.count()).toBe(before);
  }, 300_000);
});

describe("uploads", () => {
  it("answer per file: a second file with NUL in its title is refused alone and the first is imported", async () => {
    const projects = routes.find((r) => r.path === "/projects/{id}/articles")!;
    const form = new FormData();
    const text = `نص المقال الأول ${randomUUID()}\nفقرة ثانية.`;
    form.append("files", new File([text], "first.txt", { type: "text/plain" }));
    form.append(
      "files",
      new File([JSON.stringify({ title: "عنوان\u0000مكسور", text: `نص آخر ${randomUUID()}` })], "second.json", {
        type: "application/json",
      }),
    );
    form.append(
      "files",
      new File(
        [JSON.stringify({ title: "رابط", url: "javascript:alert(1)", text: `نص ثالث ${randomUUID()}` })],
        "third.json",
      ),
    );
    form.append("files", new File([new Uint8Array([0x41, 0xe9, 0x42])], "latin1.txt"));
    const params = { id: fixtureIds.projects! };
    const res = await projects.methods.get("POST")!(
      new NextRequest(urlOf("/projects/{id}/articles", params), {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: form,
      }),
      { params: Promise.resolve(params) },
    );
    expect(res.status).toBe(201);
    const summary = (await res.json()) as {
      imported: number;
      refused: number;
      results: { name: string; status: string; error: { message: string } | null }[];
    };
    expect(summary.imported).toBe(1);
    expect(summary.results.map((r) => [r.name, r.status])).toEqual([
      ["first.txt", "imported"],
      ["second.json", "refused"],
      ["third.json", "refused"],
      ["latin1.txt", "refused"],
    ]);
    expect(summary.results[1]?.error?.message).toMatch(/title contains a NUL/);
    expect(summary.results[2]?.error?.message).toMatch(/http/);
    expect(await db.article.count({ where: { projectId: params.id, text: { contains: "نص آخر" } } })).toBe(0);
  });
});

describe("translation keys", () => {
  it("are canonical: paragraph 02 is paragraph 2, and a key that is not an index or id is a 400", async () => {
    const route = routes.find((r) => r.path === "/articles/{id}/translations")!;
    const params = { id: fixtureIds.untouchedArticle! };
    const save = (targetKey: string, text: string) =>
      route.methods.get("PUT")!(
        request("/articles/{id}/translations", "PUT", params, {
          body: JSON.stringify({ targetType: "SEGMENT", targetKey, text }),
          type: "application/json",
        }),
        { params: Promise.resolve(params) },
      );
    const first = await save("1", "First paragraph");
    expect(first.status).toBe(200);
    const padded = await save("0001", "Again, padded");
    expect(padded.status).toBe(409);
    expect(await db.translation.count({ where: { articleId: params.id, targetType: "SEGMENT" } })).toBe(1);
    expect((await save("1e0", "x")).status).toBe(400);
    expect((await save("-1", "x")).status).toBe(400);
  });
});
