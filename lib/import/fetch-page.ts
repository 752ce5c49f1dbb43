import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";

/**
 * Fetches a web page for import, with the limits a server that fetches addresses given by users
 * needs: a deadline for the whole exchange, a size limit (checked on the declared length and on
 * the bytes as they arrive), at most a few redirects, HTML only, and no private, loopback,
 * link-local or otherwise internal address unless allowed (IMPORT_ALLOW_PRIVATE=1). The address
 * check runs on the resolved IP at connection time, for the first request and for every redirect,
 * so a name that resolves to an internal address (or a redirect to one) is refused too.
 */

export type TFetchOptions = {
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
  maxRedirects?: number;
};

export type TFetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  contentType: string;
  bytes: Uint8Array;
  capturedAt: Date;
};

/** Why a page could not be fetched; `code` is what the import answer names. */
export class PageFetchError extends Error {
  constructor(
    readonly code:
      | "invalid_url"
      | "private_address"
      | "too_many_redirects"
      | "http_status"
      | "wrong_type"
      | "too_large"
      | "timeout"
      | "unreachable",
    message: string,
  ) {
    super(message);
  }
}

const HTML_TYPES = ["text/html", "application/xhtml+xml"];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const internal = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  internal.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 127], // unspecified and loopback
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  internal.addSubnet(network, prefix, "ipv6");

/** True for an address the server must not fetch from on a user's behalf (anything not public). */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  // IPv4-mapped IPv6 (::ffff:127.0.0.1, or ::ffff:7f00:1 as URLs write it) is checked as the IPv4 it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return isInternalAddress(mapped[1]!);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare);
  if (hex) {
    const [high, low] = [Number.parseInt(hex[1]!, 16), Number.parseInt(hex[2]!, 16)];
    return isInternalAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  const family = isIP(bare);
  if (family === 4) return internal.check(bare, "ipv4");
  if (family === 6) return internal.check(bare, "ipv6");
  return true;
}

const refusedAddress = (host: string, address: string) =>
  new PageFetchError(
    "private_address",
    `${host} is at ${address}, a private, loopback or link-local address; the server fetches public pages only`,
  );

type TLookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that refuses internal addresses: the address checked is the one connected to. */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: TLookupCallback) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = allowPrivate ? undefined : addresses.find((a) => isInternalAddress(a.address));
      if (bad) return callback(refusedAddress(hostname, bad.address), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), []);
      callback(null, first.address, first.family);
    });
  };
}

type TResponse = { status: number; location: string | null; contentType: string; bytes: Uint8Array };

function requestOnce(url: URL, options: TFetchOptions, signal: AbortSignal): Promise<TResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.get(
      url,
      {
        signal,
        lookup: guardedLookup(options.allowPrivate) as never,
        headers: {
          accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
          "accept-language": "ar,en;q=0.5",
          "user-agent": "ArabicClaimsWorkbench/0.1 (article import)",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location ?? null;
        const contentType = response.headers["content-type"] ?? "";
        if (REDIRECTS.has(status) || status < 200 || status >= 300) {
          response.resume();
          return resolve({ status, location, contentType, bytes: new Uint8Array() });
        }
        const type = contentType.split(";")[0]!.trim().toLowerCase();
        if (!HTML_TYPES.includes(type)) {
          response.destroy();
          return reject(
            new PageFetchError(
              "wrong_type",
              `The address answered ${type || "no content type"}, not a web page (text/html); save documents and upload them as files`,
            ),
          );
        }
        const declared = Number(response.headers["content-length"] ?? "0");
        const tooLarge = () =>
          new PageFetchError("too_large", `The page is larger than the limit of ${options.maxBytes} bytes`);
        if (declared > options.maxBytes) {
          response.destroy();
          return reject(tooLarge());
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > options.maxBytes) {
            response.destroy();
            reject(tooLarge());
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({ status, location, contentType, bytes: new Uint8Array(Buffer.concat(chunks)) }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new PageFetchError("invalid_url", `${raw.slice(0, 200)} is not a web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new PageFetchError("invalid_url", `${url.protocol} addresses cannot be imported: use http:// or https://`);
  if (url.username || url.password)
    throw new PageFetchError("invalid_url", "Addresses with a user name or password are not fetched");
  return url;
}

/** Fetches one page (following up to `maxRedirects` redirects) or throws a PageFetchError. */
export async function fetchPage(address: string, options: TFetchOptions): Promise<TFetchedPage> {
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = parseHttpUrl(address.trim());
  const requestedUrl = url.href;
  for (let hop = 0; ; hop++) {
    // A literal IP is connected to without a lookup: check it here.
    if (!options.allowPrivate && isIP(url.hostname.replace(/^\[|\]$/g, "")) && isInternalAddress(url.hostname))
      throw refusedAddress(url.hostname, url.hostname);
    let response: TResponse;
    try {
      response = await requestOnce(url, options, signal);
    } catch (error) {
      if (error instanceof PageFetchError) throw error;
      if (signal.aborted)
        throw new PageFetchError("timeout", `The page did not arrive within ${options.timeoutMs / 1000} s`);
      const cause = error instanceof PageFetchError ? error : (error as { cause?: unknown }).cause;
      if (cause instanceof PageFetchError) throw cause;
      throw new PageFetchError("unreachable", `${url.host} could not be reached (${(error as Error).message})`);
    }
    if (REDIRECTS.has(response.status)) {
      if (!response.location) throw new PageFetchError("http_status", `Redirect ${response.status} without a Location`);
      if (hop >= maxRedirects)
        throw new PageFetchError("too_many_redirects", `More than ${maxRedirects} redirects from ${requestedUrl}`);
      url = parseHttpUrl(response.location, url);
      continue;
    }
    if (response.status < 200 || response.status >= 300)
      throw new PageFetchError("http_status", `The server answered ${response.status} for ${url.href}`);
    return {
      requestedUrl,
      finalUrl: url.href,
      contentType: response.contentType,
      bytes: response.bytes,
      capturedAt: new Date(),
    };
  }
}
