import { NextResponse, type NextRequest } from "next/server";
import {
  pageContentSecurityPolicy,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/security/content-security-policy";

/**
 * Runs before every page (not the API, not static files: their headers come from
 * next.config.js, so the API's hot paths pay nothing here). Makes a fresh nonce, puts the
 * policy on the request (Next reads the nonce from it for its own scripts) and on the answer,
 * and adds HSTS when the page was served over https.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const https = servedOverHttps(request.nextUrl, request.headers, process.env.NEXTAUTH_URL);
  const policy = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|icon.svg).*)" }],
};
