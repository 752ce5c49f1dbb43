import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { config as proxyConfig, proxy } from "../../proxy";
import { pageContentSecurityPolicy, servedOverHttps } from "./content-security-policy";
import { assertCleanQuery, findBadText, textProblem } from "./input-guard";
import { crossSiteReason, ownOrigins } from "./same-origin";
import { ZHttpUrl } from "./http-url";

describe("input guard", () => {
  it("finds NUL and lone surrogates in any string or key, with the field's path", () => {
    expect(textProblem("بغداد 😀")).toBeNull();
    expect(textProblem("a\u0000b")).toMatch(/NUL/);
    expect(textProblem("x\uD800")).toMatch(/lone surrogate/);
    expect(textProblem("\uDC00x")).toMatch(/lone surrogate/);
    expect(findBadText({ title: "ok", figures: [{ note: "ok" }, { note: "bad\u0000" }] })).toEqual({
      field: "figures[1].note",
      problem: "a NUL character (U+0000)",
    });
    expect(findBadText({ "k\u0000": 1 })?.field).toBe("k\u0000");
    expect(findBadText(["fine", 1, null, true])).toBeNull();
  });

  it("refuses query ids that are not UUIDs and query text with NUL, naming the parameter", () => {
    const id = "019a0000-0000-7000-8000-000000000000";
    expect(() =>
      assertCleanQuery(new URLSearchParams({ labelId: id, q: "قصف", articles: `${id},${id}` })),
    ).not.toThrow();
    expect(() => assertCleanQuery(new URLSearchParams({ labelId: "" }))).not.toThrow();
    for (const name of [
      "labelId",
      "authorId",
      "entityId",
      "eventId",
      "excludeArticleId",
      "claimId",
      "reassignTo",
      "articles",
    ]) {
      expect(() => assertCleanQuery(new URLSearchParams({ [name]: "1 OR 1=1" }))).toThrow(
        new RegExp(`Query parameter ${name} must be an id`),
      );
    }
    expect(() => assertCleanQuery(new URLSearchParams({ q: "a\u0000" }))).toThrow(/Query parameter q contains a NUL/);
  });
});

describe("cross-site writes", () => {
  const origins = ownOrigins(new Headers({ host: "localhost:3000" }), "http://localhost:3000");

  it("pass from the app's own pages and from clients that are not browsers", () => {
    expect(
      crossSiteReason(new Headers({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }), origins),
    ).toBeNull();
    expect(crossSiteReason(new Headers(), origins)).toBeNull();
  });

  it("are refused from another site, another port of the same host, or an opaque origin", () => {
    expect(crossSiteReason(new Headers({ origin: "http://evil.example" }), origins)).toMatch(/evil\.example/);
    expect(
      crossSiteReason(new Headers({ origin: "http://localhost:3001", "sec-fetch-site": "same-site" }), origins),
    ).toMatch(/same-site/);
    expect(crossSiteReason(new Headers({ origin: "http://localhost:3001" }), origins)).toMatch(/3001/);
    expect(crossSiteReason(new Headers({ origin: "null" }), origins)).not.toBeNull();
    expect(crossSiteReason(new Headers({ "sec-fetch-site": "cross-site" }), origins)).not.toBeNull();
  });
});

describe("URL fields", () => {
  it("take http and https only", () => {
    expect(ZHttpUrl.safeParse("https://www.aljazeera.net/news/1").success).toBe(true);
    expect(ZHttpUrl.safeParse("http://example.org").success).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://example.org/x",
      "JAVASCRIPT:alert(1)",
    ]) {
      expect(ZHttpUrl.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("security headers", () => {
  it("every answer gets nosniff, no framing, a referrer and permissions policy; the API a policy that loads nothing", async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const all = rules.find((r) => r.source === "/:path*")?.headers ?? [];
    const names = Object.fromEntries(all.map((h) => [h.key, h.value]));
    expect(names).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(names["Permissions-Policy"]).toContain("camera=()");
    const api = rules.filter((r) => r.source === "/api/:path*").flatMap((r) => r.headers);
    expect(api).toContainEqual({ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" });
  });

  it("pages get a fresh script nonce per request on the request (for Next) and the answer, and HSTS only over https", () => {
    const first = proxy(new NextRequest("http://localhost:3000/projects"));
    const second = proxy(new NextRequest("http://localhost:3000/projects"));
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-inline' 'nonce");
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("strict-transport-security")).toBeNull();
    const secure = proxy(
      new NextRequest("http://app.internal/projects", { headers: { "x-forwarded-proto": "https" } }),
    );
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("the proxy skips the API and static files", () => {
    const pattern = new RegExp(`^${proxyConfig.matcher[0]?.source ?? ""}$`);
    expect(pattern.test("/projects")).toBe(true);
    expect(pattern.test("/api/v1/projects")).toBe(false);
    expect(pattern.test("/_next/static/chunks/app.js")).toBe(false);
  });

  it("builds the page policy and tells https from http", () => {
    expect(pageContentSecurityPolicy("abc", { dev: true, https: false })).toContain(
      "'nonce-abc' 'strict-dynamic' 'unsafe-eval'",
    );
    expect(servedOverHttps(new URL("http://x/"), new Headers(), "https://public.example")).toBe(true);
    expect(servedOverHttps(new URL("http://x/"), new Headers({ "x-forwarded-proto": "http" }), undefined)).toBe(false);
  });
});
