import type { NextRequest } from "next/server";
import { z, ZodError } from "zod";
import type { ActingUser } from "../auth/acting-user";
import { authenticateRequest } from "../auth/current-user";
import { env } from "../env";
import {
  AppError,
  PayloadTooLargeError,
  TooManyRequestsError,
  UnsupportedMediaTypeError,
  ValidationError,
} from "../errors";
import { assertCleanQuery, assertStorableText } from "../security/input-guard";
import { crossSiteReason, ownOrigins, UNSAFE_METHODS } from "../security/same-origin";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "../database/errors";
import { mapDatabaseError } from "./database-error";

export type TApiContext<P> = { req: NextRequest; user: ActingUser; params: P };
type RouteContext = { params: Promise<Record<string, string | string[]> | undefined> };

const MAX_JSON_BYTES = 2_000_000;

/** Below this size a body fits in one packet; compressing it costs CPU and saves nothing. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * A JSON response. Next gzips every route response (it drops Content-Length, so the compressor
 * cannot see that a body is small); a small one is marked `no-transform`, which the compressor
 * honours. For span creation that compression cost more CPU than all of its database work
 * (see the README's performance section); large lists are still compressed.
 */
export function json(data: unknown, init: { status?: number } = {}): Response {
  const body = JSON.stringify(data ?? null);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (Buffer.byteLength(body) < COMPRESS_FROM_BYTES) headers["cache-control"] = "no-transform";
  return new Response(body, { status: init.status ?? 200, headers });
}

export function errorResponse(error: unknown): Response {
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
    const response = errorResponse(new DatabaseUnavailableError());
    response.headers.set("retry-after", "2");
    return response;
  }
  const known = mapDatabaseError(error);
  if (known) {
    const response = json(
      { error: { code: known.code, message: known.message, details: known.details ?? null } },
      { status: known.status },
    );
    if (known instanceof TooManyRequestsError) response.headers.set("retry-after", String(known.retryAfterSeconds));
    return response;
  }
  if (error instanceof ZodError) {
    return json(
      { error: { code: "validation_error", message: z.prettifyError(error), details: error.issues } },
      { status: 400 },
    );
  }
  console.error("Unexpected error in API route", error);
  return json({ error: { code: "internal_error", message: "Internal server error", details: null } }, { status: 500 });
}

/**
 * Wraps every /api/v1 route: resolves the acting user (API token or session), parses route params
 * with zod, runs the handler, and maps typed errors to `{ error: { code, message, details } }`.
 * A handler returns a Response, or data that is sent as JSON with status 200.
 */
export function apiRoute<S extends z.ZodType>(
  paramsSchema: S,
  handler: (ctx: TApiContext<z.infer<S>>) => Promise<unknown>,
) {
  return async (req: NextRequest, context: RouteContext): Promise<Response> => {
    try {
      assertCleanQuery(req.nextUrl.searchParams);
      if (UNSAFE_METHODS.has(req.method) && !req.headers.get("authorization")) refuseCrossSite(req.headers);
      const user = await authenticateRequest(req.headers);
      // Next passes no params object to routes without dynamic segments.
      const params = paramsSchema.parse((await context.params) ?? {});
      const result = await handler({ req, user, params });
      return result instanceof Response ? result : json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A write carried by the session cookie must come from the app's own pages (see
 * lib/security/same-origin.ts); bearer-token requests carry no ambient credentials and pass.
 */
function refuseCrossSite(headers: Headers): void {
  const reason = crossSiteReason(headers, ownOrigins(headers, env().NEXTAUTH_URL));
  if (reason)
    throw new AppError(
      403,
      "cross_site_request",
      `Refused a write from another site (${reason}). Use the app's own pages, or an API token.`,
    );
}

export const ZNoParams = z.object({});
export const ZIdParam = z.object({ id: z.uuid("Not a valid id") });
/** The body of version-checked actions without other fields (delete, restore). */
export const ZVersionInput = z.object({
  version: z.number().int().positive("version is required: send the version you acted on"),
});

/** True for `application/json` (any parameters) and `application/…+json`. */
export function isJsonContentType(value: string | null): boolean {
  const type = (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
}

/**
 * Reads a JSON body and validates it. Only `Content-Type: application/json` is accepted (415
 * otherwise: a cross-site form can send only text/plain, urlencoded or multipart), the bytes must
 * be valid UTF-8 (a Latin-1 byte is refused, not stored as U+FFFD), and no string may hold NUL
 * or a lone surrogate (400 naming the field). Malformed JSON and oversized bodies are 4xx, not 500.
 */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  if (!isJsonContentType(req.headers.get("content-type"))) {
    throw new UnsupportedMediaTypeError("Send the body as JSON with Content-Type: application/json");
  }
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_JSON_BYTES) throw new PayloadTooLargeError(`JSON body is larger than ${MAX_JSON_BYTES} bytes`);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > MAX_JSON_BYTES)
    throw new PayloadTooLargeError(`JSON body is larger than ${MAX_JSON_BYTES} bytes`);
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError("The body is not valid UTF-8");
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    throw new ValidationError(`Malformed JSON: ${(error as Error).message}`);
  }
  assertStorableText(body);
  return schema.parse(body);
}

export function created(data: unknown): Response {
  return json(data, { status: 201 });
}
