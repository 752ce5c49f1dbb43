import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NextRequest } from "next/server";
import { NotFoundError, TooManyRequestsError } from "../errors";
import { apiRoute, errorResponse, json, readJson, ZNoParams } from "./handler";

describe("json responses", () => {
  it("sends the data as JSON with the status, and keeps small bodies out of compression", async () => {
    const small = json({ id: "x", quote: "بغداد" }, { status: 201 });
    expect(small.status).toBe(201);
    expect(small.headers.get("content-type")).toBe("application/json");
    expect(small.headers.get("cache-control")).toBe("no-transform");
    expect(await small.json()).toEqual({ id: "x", quote: "بغداد" });
  });

  it("lets large bodies be compressed, and sends null for no data", async () => {
    const large = json({ text: "ق".repeat(600) });
    expect(large.status).toBe(200);
    expect(large.headers.get("cache-control")).toBeNull();
    expect(await json(undefined).json()).toBeNull();
  });

  it("maps typed and validation errors to the error shape", async () => {
    const missing = errorResponse(new NotFoundError("Article"));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "not_found", message: "Article not found", details: null } });
    const invalid = errorResponse(z.object({ n: z.number() }).safeParse({ n: "1" }).error);
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe("validation_error");
  });
});

describe("the edge of every write", () => {
  const ZBody = z.object({ note: z.string() });
  const post = (body: BodyInit, headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/v1/x", { method: "POST", headers, body });

  it("reads JSON sent as application/json, with or without a charset", async () => {
    expect(
      await readJson(
        post(JSON.stringify({ note: "قصف" }), { "content-type": "application/json; charset=utf-8" }),
        ZBody,
      ),
    ).toEqual({ note: "قصف" });
  });

  it("refuses bodies that are not JSON with 415: text/plain, forms, none", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      await expect(readJson(post(JSON.stringify({ note: "x" }), headers), ZBody)).rejects.toMatchObject({
        status: 415,
        code: "unsupported_media_type",
      });
    }
  });

  it("refuses bytes that are not UTF-8 (a Latin-1 é) instead of storing U+FFFD", async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"note":"caf'),
      0xe9,
      ...new TextEncoder().encode('"}'),
    ]);
    await expect(readJson(post(latin1, { "content-type": "application/json" }), ZBody)).rejects.toMatchObject({
      status: 400,
      message: "The body is not valid UTF-8",
    });
  });

  it("refuses NUL and lone surrogates with a 400 naming the field", async () => {
    await expect(
      readJson(post('{"note":"a\\u0000b"}', { "content-type": "application/json" }), ZBody),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^note contains a NUL/) });
    await expect(
      readJson(post('{"items":[{"note":"\\ud800"}]}', { "content-type": "application/json" }), z.unknown()),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^items\[0\]\.note contains a lone surrogate/),
    });
  });

  it("refuses a cookie-session write from another site before anything else runs, and lets bearer requests through to authentication", async () => {
    let ran = false;
    const route = apiRoute(ZNoParams, async () => {
      ran = true;
      return null;
    });
    const cross = new NextRequest("http://localhost:3000/api/v1/projects", {
      method: "POST",
      headers: { origin: "http://evil.example", "content-type": "text/plain" },
      body: "{}",
    });
    const refused = await route(cross, { params: Promise.resolve({}) });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("cross_site_request");
    const samePortless = new NextRequest("http://localhost:3000/api/v1/projects", {
      method: "DELETE",
      headers: { origin: "http://localhost:3001", "sec-fetch-site": "same-site" },
    });
    expect((await route(samePortless, { params: Promise.resolve({}) })).status).toBe(403);
    expect(ran).toBe(false);
  });

  it("refuses a malformed id in the query with 400 before authentication", async () => {
    const route = apiRoute(ZNoParams, async () => null);
    const res = await route(new NextRequest("http://localhost:3000/api/v1/articles/x/spans?labelId=nope"), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/labelId must be an id/);
  });
});

describe("database refusals", () => {
  const pgError = (code: string) => Object.assign(new Error("db"), { code });
  const prismaError = (code: string, cause?: unknown) =>
    Object.assign(new Error("prisma"), { code, meta: cause ? { driverAdapterError: cause } : undefined });

  it("map to 409 for a taken key and 400 for bad references and values, whichever client raised them", async () => {
    expect(errorResponse(pgError("23505")).status).toBe(409);
    expect(errorResponse(prismaError("P2002")).status).toBe(409);
    expect(errorResponse(pgError("23503")).status).toBe(400);
    expect(errorResponse(prismaError("P2003")).status).toBe(400);
    for (const code of ["22P02", "22021", "22008", "22007", "22003", "22P05", "23502", "23514"])
      expect(errorResponse(pgError(code)).status, code).toBe(400);
    expect(errorResponse(prismaError("P2010", { cause: { kind: "postgres", code: "22P02" } })).status).toBe(400);
    expect(errorResponse(prismaError("P2023")).status).toBe(400);
  });

  it("map an unreachable database to 503 database_unavailable with Retry-After, whichever client raised it", async () => {
    const socket = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const unreachable = [
      socket,
      pgError("57P01"), // terminating connection due to administrator command
      pgError("08006"),
      prismaError("P1001"),
      prismaError("P2010", { kind: "DatabaseNotReachable" }),
      Object.assign(new Error("init"), { name: "PrismaClientInitializationError" }),
      Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" }),
      new Error("Connection terminated unexpectedly"),
      new Error("query failed", { cause: socket }),
    ];
    for (const error of unreachable) {
      const res = errorResponse(error);
      expect(res.status, error.message).toBe(503);
      expect(res.headers.get("retry-after")).toBe("2");
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: "database_unavailable",
        message: expect.stringContaining("unavailable, retrying"),
      });
    }
  });

  it("leave real faults as 500, and send Retry-After with a 429", async () => {
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect(errorResponse(new Error("bug")).status).toBe(500);
      expect(errorResponse(pgError("XX000")).status).toBe(500);
    } finally {
      console.error = quiet;
    }
    const limited = errorResponse(new TooManyRequestsError("slow down", 42));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("42");
  });
});
