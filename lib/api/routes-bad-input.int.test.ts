import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildDatasetProject } from "../datasets/dataset-fixtures";
import { createGlossaryTerm } from "../glossary/create-glossary-term";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { setMember } from "../projects/set-member";
import { type TStoredProposal, ZStoredProposal } from "../suggestions/proposal";
import { makeUser } from "../testing/factories";
import { createApiToken } from "../tokens/create-api-token";
import { operations } from "./openapi";

/**
 * Every write route of /api/v1, found on disk, against every class of bad input the security
 * probe tried (issue 13): NUL and lone surrogates in each text field, bodies that are not JSON or
 * not UTF-8, malformed and mistyped JSON, malformed ids in paths and queries, impossible dates,
 * script URLs, duplicated and unknown ids. The rule: never a 500, a 4xx that names the problem
 * where the issue asks for one, and nothing stored. Every case expects one status: the route's
 * refusal when its schema refuses the body, else what the route answers a request it takes (TAKEN),
 * else the answer listed for it (ANSWERS). Cases do not depend on the ones before them: ids to
 * create are new each time, what a route uses up is made afresh (FRESH), deletions run last.
 */
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { file: string; path: string; methods: Map<string, Handler> };
type Case = {
  route: string;
  method: string;
  label: string;
  build: (params: Record<string, string>) => NextRequest;
  params: Record<string, string>;
  /** The one status this case is answered with. */
  status: number;
  /** What else the answer must say (the field it names). */
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

/**
 * What a route answers a request it takes: any body, for a route that reads none, or a body its
 * schema accepts. Each case runs against what the fixture holds (see FRESH for routes that change
 * what they act on), so the answer does not depend on the cases before it.
 */
const TAKEN: Record<string, number> = {
  "POST /articles/{id}/restore": 200,
  // The address the valid body names is on loopback, which the server does not fetch: refused per address.
  "POST /projects/{id}/articles/from-urls": 422,
  "DELETE /articles/{id}": 200,
  // One article is read at once, not in the background.
  "POST /articles/{id}/suggestions/run": 200,
  // The label is used by spans: it cannot go.
  "DELETE /labels/{id}": 409,
  "DELETE /me/sessions": 200,
  // The project's articles were imported already.
  "POST /projects/{id}/import": 409,
  "DELETE /projects/{id}/members/{userId}": 200,
  "POST /projects/{id}/suggestions/run": 202,
  "DELETE /tokens/{id}": 200,
  // The fixture's verdict is the claim's current one, not a draft of the caller's.
  "POST /verdicts/{id}/withdraw": 409,
  "DELETE /articles/{id}/assignments/{userId}": 404,
  // No machine translation engine is set up here (MT_PROVIDER unset): taken, then refused as off.
  "POST /articles/{id}/translations/machine": 409,
  "POST /articles/{id}/translation-runs": 409,
  // The glossary routes start each case from the fixture's term at version 1 (see FRESH).
  "POST /projects/{id}/glossary": 201,
  "PATCH /glossary/{id}": 200,
  "DELETE /glossary/{id}": 200,
  "POST /glossary/{id}/restore": 200,
};

/** Cases answered otherwise than by the rule: `METHOD /route — label`. */
const ANSWERS: Record<string, number> = {
  // Offsets the schema takes but the article does not have.
  "POST /articles/{id}/claims/prefill — every field a number": 400,
  "POST /articles/{id}/spans — negative number in start": 400,
  "POST /articles/{id}/spans — negative number in end": 400,
  "POST /suggestions/{id}/accept — negative number in edits.start": 400,
  "POST /suggestions/{id}/accept — negative number in edits.end": 400,
  // A new id is a new resource; an attribution is text, a date in it is just words.
  "POST /articles/{id}/claims — unknown id in id": 201,
  "POST /articles/{id}/claims — year 0000 in attribution": 201,
  "POST /articles/{id}/claims — year 99999 in attribution": 201,
  "POST /articles/{id}/spans — unknown id in id": 201,
  "POST /projects/{id}/links — unknown id in id": 201,
  // An id listed twice counts once.
  "POST /articles/{id}/claims — duplicated id in aboutEntityIds": 201,
  "POST /projects/{id}/verdicts — duplicated id in evidenceClaimIds": 201,
  // Ids that name nothing in the project.
  "POST /articles/{id}/claims — unknown id in claimSpanId": 404,
  "POST /articles/{id}/claims — unknown id in speakerSpanId": 404,
  "POST /articles/{id}/claims — unknown id in speakerEntityId": 404,
  "POST /articles/{id}/claims — unknown id in eventId": 404,
  "POST /articles/{id}/spans — unknown id in labelId": 404,
  "POST /articles/{id}/spans — unknown id in entityId": 404,
  "POST /entities/{id}/merge — unknown id in sourceId": 404,
  "POST /projects/{id}/links — unknown id in fromClaimId": 404,
  "POST /projects/{id}/links — unknown id in toClaimId": 404,
  "POST /projects/{id}/links — unknown id in event.id": 404,
  "POST /projects/{id}/verdicts — unknown id in claimId": 404,
  "POST /suggestions/{id}/accept — unknown id in edits.labelId": 404,
  "POST /suggestions/{id}/accept — unknown id in edits.entityId": 404,
  // Superseding a verdict that is not the claim's current one.
  "POST /projects/{id}/verdicts — unknown id in supersedes": 409,
  // A date the schema reads but the database cannot store.
  "POST /articles/{id}/claims — year 0000 in occurredOn": 400,
  "POST /projects/{id}/events — year 0000 in occurredOn": 400,
  // Version 7 of what is at version 1 (an incident not merged, for unmerge): a conflict.
  "POST /articles/{id}/spans/{spanId}/restore — every field a number": 409,
  "DELETE /articles/{id}/spans/{spanId} — every field a number": 409,
  "POST /claims/{id}/restore — every field a number": 409,
  "DELETE /glossary/{id} — every field a number": 409,
  "POST /glossary/{id}/restore — every field a number": 409,
  "DELETE /claims/{id} — every field a number": 409,
  "POST /events/{id}/confirm — every field a number": 409,
  "POST /events/{id}/unmerge — every field a number": 409,
  "POST /suggestions/{id}/reject — every field a number": 409,
  // An upload is multipart or JSON articles; anything else, or no article, is a 400.
  "POST /projects/{id}/articles — text/plain body": 400,
  "POST /projects/{id}/articles — form body": 400,
  "POST /projects/{id}/articles — JSON array": 400,
  // A suggestion's body is optional: one that is not JSON is not read, and it is decided as proposed.
  "POST /suggestions/{id}/accept — text/plain body": 201,
  "POST /suggestions/{id}/accept — form body": 201,
  "POST /suggestions/{id}/reject — text/plain body": 200,
  "POST /suggestions/{id}/reject — form body": 200,
  // Taking a version from someone not assigned to the article.
  "POST /articles/{id}/curation/take — unknown id in analystId": 400,
};

let token = "";
let admin: Awaited<ReturnType<typeof buildDatasetProject>>["admin"];
let suggestionTemplate: Prisma.SuggestionCreateManyInput;
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

/** Routes that use up what they act on get a fresh one for each case: a suggestion to decide, a member to remove. */
const FRESH: Record<string, () => Promise<Record<string, string>>> = {
  "POST /suggestions/{id}/accept": freshSuggestion,
  "POST /suggestions/{id}/reject": freshSuggestion,
  // Each case starts from a project without publisher settings, so a valid body is a first save.
  "PUT /projects/{id}/publisher": async () => {
    await db.projectPublisher.deleteMany({ where: { projectId: fixtureIds.projects! } });
    return {};
  },
  "POST /projects/{id}/glossary": async () => {
    await db.glossaryTerm.deleteMany({ where: { projectId: fixtureIds.projects!, english: "a new term" } });
    return {};
  },
  "PATCH /glossary/{id}": () => freshGlossaryTerm(false),
  "DELETE /glossary/{id}": () => freshGlossaryTerm(false),
  "POST /glossary/{id}/restore": () => freshGlossaryTerm(true),
  "DELETE /projects/{id}/members/{userId}": async () => {
    const user = await makeUser();
    await setMember({ actor: admin, projectId: fixtureIds.projects!, input: { email: user.email, role: "ANALYST" } });
    return { userId: user.id };
  },
};

/** The fixture's glossary term back at version 1, in the glossary or removed. */
async function freshGlossaryTerm(removed: boolean): Promise<Record<string, string>> {
  await db.glossaryTerm.update({
    where: { id: fixtureIds.glossary! },
    data: { version: 1, deletedAt: removed ? new Date() : null, arabic: "مسيّرة", arabicKey: "مسيره", english: "drone" },
  });
  return {};
}

async function freshSuggestion(): Promise<Record<string, string>> {
  const s = await db.suggestion.create({ data: { ...suggestionTemplate, fingerprint: randomUUID() } });
  return { id: s.id };
}

/** Runs a case: its route's handler, with a fresh target where the route needs one. */
async function prepare(c: Case): Promise<{ run: () => Promise<Response> }> {
  const fresh = FRESH[`${c.method} ${c.route}`];
  const params = fresh && !c.label.startsWith("path ") ? { ...c.params, ...(await fresh()) } : c.params;
  const handler = routes.find((r) => r.path === c.route)!.methods.get(c.method)!;
  return { run: () => handler(c.build(params), { params: Promise.resolve(params) }) };
}

function casesFor(): Case[] {
  const cases: Case[] = [];
  for (const r of routes) {
    if (r.path.startsWith("/openapi.json")) continue;
    for (const [method] of r.methods) {
      const params = paramsFor(r.path);
      const key = `${method} ${r.path}`;
      const add = (label: string, build: Case["build"], status: number, check?: Case["expect"], p = params) =>
        cases.push({ route: r.path, method, label, build, params: p, status, expect: check });
      if (method === "GET") {
        const op = operations.find((o) => o.path === r.path && o.method === "get");
        for (const name of Object.keys(op?.query?.shape ?? {})) {
          if (/(^|[a-z])Ids?$|^reassignTo$|^articles$/.test(name)) {
            add(`query ${name} not a UUID`, (ps) => request(r.path, method, ps, { query: `?${name}=not-an-id` }), 400);
          }
          add(`query ${name} with NUL`, (ps) => request(r.path, method, ps, { query: `?${name}=a%00b` }), 400);
        }
        continue;
      }
      const schema = bodySchema(r.path, method);
      const operation = operations.find((o) => o.path === r.path && o.method === method.toLowerCase());
      const base = baseBodies[key] ?? {};
      const refusal = refusalOf(r.path);
      /**
       * A body the route's schema refuses is the route's refusal; one it accepts (or any body, for a
       * route that reads none) gets what the route answers a request it takes, unless listed otherwise.
       */
      const answer = (label: string, value?: unknown): number =>
        ANSWERS[`${key} — ${label}`] ??
        (schema && operation?.body && value !== undefined && !operation.body.safeParse(value).success
          ? refusal
          : (TAKEN[key] ?? -1));
      // A body that names an id to create gets a new one each time, so a case never retries an earlier one.
      const json = (value: unknown) => (ps: Record<string, string>) =>
        request(r.path, method, ps, {
          body: JSON.stringify(
            value && typeof value === "object" && "id" in value && value.id === base.id
              ? { ...value, id: randomUUID() }
              : value,
          ),
          type: "application/json",
        });
      const fields = fieldsOf(schema);
      const textFields = fields.filter((f) => isType(f.schema, "string"));
      for (const f of textFields.length ? textFields : [{ path: ["note"], schema: {} }]) {
        const name = f.path.join(".");
        add(
          `NUL in ${name}`,
          json(setPath(base, f.path, "before\u0000after")),
          schema ? refusal : answer(`NUL in ${name}`),
          (_, body) => schema && expect(body).toContain(name),
        );
        add(
          `lone surrogate in ${name}`,
          json(setPath(base, f.path, "x\uD800y")),
          schema ? refusal : answer(`lone surrogate in ${name}`),
        );
      }
      for (const f of fields) {
        const name = f.path.join(".");
        const withValue = (label: string, value: unknown) =>
          add(label, json(setPath(base, f.path, value)), answer(label, setPath(base, f.path, value)));
        if (
          hasFormat(f.schema, "date") ||
          hasFormat(f.schema, "date-time") ||
          /date|On$|At$|asOf|from|to/i.test(name)
        ) {
          withValue(`year 0000 in ${name}`, "0000-01-01");
          withValue(`year 99999 in ${name}`, "99999-01-01");
        }
        if (hasFormat(f.schema, "uri") || /url/i.test(f.path.at(-1) ?? "")) {
          add(`javascript: URL in ${name}`, json(setPath(base, f.path, "javascript:alert(1)")), refusal, (_, body) =>
            expect(body).toMatch(/http:\/\/ or https:\/\//),
          );
        }
        if (hasFormat(f.schema, "uuid") || /Id$/.test(f.path.at(-1) ?? "")) {
          withValue(`malformed id in ${name}`, "1' OR '1'='1");
          withValue(`unknown id in ${name}`, randomUUID());
        }
        if (/Ids$/.test(f.path.at(-1) ?? "")) {
          // A real id of the kind the field names, twice (aboutEntityIds: an entity's).
          const noun = (/([A-Z]?[a-z]+)Ids$/.exec(f.path.at(-1) ?? "")?.[1] ?? "").toLowerCase();
          const id = fixtureIds[noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`] ?? randomUUID();
          withValue(`duplicated id in ${name}`, [id, id]);
          withValue(`malformed ids in ${name}`, ["x", 1, null]);
        }
        if (isType(f.schema, "integer") || isType(f.schema, "number")) {
          withValue(`huge number in ${name}`, 1e300);
          withValue(`negative number in ${name}`, -2147483649);
        }
      }
      // A route that reads a body says it reads JSON; one that reads none does not look at it.
      const notJson = (label: string) => ANSWERS[`${key} — ${label}`] ?? (schema ? 415 : answer(label));
      add(
        "text/plain body",
        (ps) => request(r.path, method, ps, { body: JSON.stringify(base), type: "text/plain" }),
        notJson("text/plain body"),
      );
      add(
        "form body",
        (ps) => request(r.path, method, ps, { body: "a=1&b=2", type: "application/x-www-form-urlencoded" }),
        notJson("form body"),
      );
      add(
        "Latin-1 byte in JSON",
        (ps) =>
          request(r.path, method, ps, {
            body: new Uint8Array([0x7b, 0x22, 0x6e, 0x6f, 0x74, 0x65, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
            type: "application/json",
          }),
        ANSWERS[`${key} — Latin-1 byte in JSON`] ?? (schema ? 400 : answer("Latin-1 byte in JSON")),
      );
      add(
        "malformed JSON",
        (ps) => request(r.path, method, ps, { body: '{"note": ', type: "application/json" }),
        ANSWERS[`${key} — malformed JSON`] ?? (schema ? 400 : answer("malformed JSON")),
      );
      for (const [label, value] of [
        ["JSON array", []],
        ["JSON null", null],
        ["JSON number", 42],
        ["JSON string", "x"],
        ["deeply nested", JSON.parse("[".repeat(2000) + "]".repeat(2000)) as unknown],
      ] as const) {
        add(label, json(value), answer(label, value));
      }
      const everyField = (value: unknown) =>
        Object.fromEntries(fields.filter((f) => f.path.length === 1).map((f) => [f.path[0], value]));
      add("every field a number", json(everyField(7)), answer("every field a number", everyField(7)));
      add("every field an object", json(everyField({ x: 1 })), answer("every field an object", everyField({ x: 1 })));
      for (const name of Object.keys(params)) {
        add(`path ${name} not a UUID`, json(base), 400, undefined, { ...params, [name]: "12345" });
        // The body is checked before the lookup: an unknown id is "not found" once the body passes.
        const bodyPasses = !operation?.body || operation.body.safeParse(base).success;
        add(`path ${name} unknown`, json(base), bodyPasses ? 404 : 400, undefined, {
          ...params,
          [name]: randomUUID(),
        });
      }
    }
  }
  // What deletes a resource others are read through runs last, children before their parents.
  const depth = (c: Case) => c.route.split("/").length;
  return cases
    .map((c, i) => ({ c, i }))
    .sort(
      (x, y) =>
        Number(x.c.method === "DELETE") - Number(y.c.method === "DELETE") ||
        (x.c.method === "DELETE" ? depth(y.c) - depth(x.c) : 0) ||
        x.i - y.i,
    )
    .map(({ c }) => c);
}

beforeAll(async () => {
  const fx = await buildDatasetProject();
  admin = fx.admin;
  token = (await createApiToken({ actor: fx.admin, input: { name: "bad input" } })).token;
  // A suggestion to decide, as the engine stores one: a count on an article no other case changes.
  const range = { start: 0, end: 12, text: fx.articles.a003.text.slice(0, 12) };
  const proposal: TStoredProposal = {
    kind: "COUNT",
    range,
    label: "count",
    speaker: null,
    parts: [],
    claim: {
      kind: "COUNT",
      attribution: "",
      channel: "",
      figures: { thing: "منشآت", value: { qualifier: "exactly", value: 3 } },
      occurredOn: null,
      speakerEntityId: null,
    },
    date: null,
    entityId: null,
    summary: "a count",
    source: null,
    provenance: { rule: "count", ruleVersion: 1, confidence: 0.9 },
  };
  suggestionTemplate = {
    projectId: fx.project.id,
    articleId: fx.articles.a003.id,
    kind: "COUNT",
    start: range.start,
    end: range.end,
    quote: range.text,
    fingerprint: "",
    proposal: ZStoredProposal.parse(proposal) as Prisma.InputJsonValue,
    engineVersion: 1,
  };
  // A token of its own for the revoke route, so the requests' token stays valid.
  const { id: tokenId } = await createApiToken({ actor: fx.admin, input: { name: "to revoke" } });
  const label = await db.label.findFirstOrThrow({ where: { projectId: fx.project.id } });
  const link = await db.claimLink.findFirstOrThrow({ where: { projectId: fx.project.id } });
  const translation = await db.translation.findFirstOrThrow({ where: { projectId: fx.project.id } });
  const verdict = await db.verdict.findFirstOrThrow({ where: { projectId: fx.project.id } });
  const term = await createGlossaryTerm({
    actor: fx.admin,
    projectId: fx.project.id,
    input: { arabic: "مسيّرة", english: "drone" },
  });
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
    glossary: term.id,
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
    "POST /articles/{id}/translations/machine": { targetType: "SEGMENT", targetKey: "0" },
    "POST /projects/{id}/glossary": { arabic: "مصطلح جديد", english: "a new term", note: "" },
    "PATCH /glossary/{id}": { version: 1, english: "unmanned aircraft" },
    "DELETE /glossary/{id}": { version: 1 },
    "POST /glossary/{id}/restore": { version: 1 },
    "POST /projects/{id}/articles/from-urls": { urls: ["http://127.0.0.1:9/news/1"] },
    "PUT /projects/{id}/publisher": {
      name: "مكتب التحقق",
      url: "https://factdesk.example.org",
      logoUrl: "https://factdesk.example.org/logo.png",
      reviewUrlTemplate: "https://factdesk.example.org/checks/{claimId}",
    },
    "PUT /projects/{id}/members": { email: fx.analyst.email, role: "ANALYST" },
  };
  routes = await findRoutes();
}, 120_000);

describe("bad input on every write route", () => {
  it("is answered with the one status each case expects, never a 500", async () => {
    const cases = casesFor();
    const writes = new Set(cases.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.route}`));
    expect(writes.size).toBeGreaterThanOrEqual(40);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const c of cases) {
      const res = await (await prepare(c)).run();
      const body = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status !== c.status) {
        failures.push(
          `${c.method} ${c.route} — ${c.label}: ${res.status}, expected ${c.status < 0 ? "a status in TAKEN" : c.status} ${body.slice(0, 160)}`,
        );
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
    expect(failures.join("\n"), `${failures.length} of ${cases.length} cases`).toBe("");
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(cases.length).toBeGreaterThan(500);
  }, 600_000);

  it("stores nothing when a text field holds NUL or a lone surrogate, or the body is not UTF-8 JSON", async () => {
    const before = await db.auditEvent.count();
    const cases = casesFor().filter(
      (c) =>
        /^(NUL in|lone surrogate in|Latin-1|text\/plain|malformed JSON)/.test(c.label) &&
        bodySchema(c.route, c.method) &&
        c.status >= 400,
    );
    expect(cases.length).toBeGreaterThan(150);
    const wrote: string[] = [];
    for (const c of cases) {
      const { run } = await prepare(c);
      const count = await db.auditEvent.count();
      await run();
      if ((await db.auditEvent.count()) !== count) wrote.push(`${c.method} ${c.route} — ${c.label}`);
    }
    expect(wrote.join("\n")).toBe("");
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
