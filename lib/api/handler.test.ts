import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NotFoundError } from "../errors";
import { errorResponse, json } from "./handler";

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
