/**
 * Machine translation engines behind one interface: Arabic in, English out, one string per input
 * string in the same order. An engine that cannot answer (rate limit, server error, timeout, an
 * answer in an unexpected shape) throws MtError with a sentence a user can act on; callers then
 * store nothing.
 */
export type TTranslator = {
  /** deepl, google, libretranslate or openai: stored with every machine revision. */
  engine: string;
  /** The model or API version the engine used, when it is known. */
  model: string | null;
  translate(texts: string[], options?: { signal?: AbortSignal }): Promise<string[]>;
};

export type TMtErrorKind = "rate_limited" | "unavailable" | "timeout" | "malformed" | "rejected";

export class MtError extends Error {
  constructor(
    readonly kind: TMtErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "MtError";
  }
}

export type THttpOptions = { timeoutMs: number; signal?: AbortSignal };

/** Reads a short reason from an error body, whatever shape the engine uses. */
function reasonOf(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object") {
      const record = parsed as Record<string, unknown>;
      const error = record.error;
      if (typeof error === "string") return error;
      if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string")
        return (error as { message: string }).message;
      if (typeof record.message === "string") return record.message;
    }
  } catch {
    // Not JSON: fall through to the text itself.
  }
  return body.replace(/\s+/g, " ").trim().slice(0, 200);
}

/**
 * POSTs JSON to an engine and returns its parsed JSON answer; every failure becomes an MtError
 * that names the engine and says what to do.
 */
export async function postJson(
  engine: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  options: THttpOptions,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify(body),
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (timeout.aborted)
      throw new MtError("timeout", `${engine} did not answer within ${options.timeoutMs / 1000} s; try again later`);
    if (options.signal?.aborted) throw error;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new MtError("unavailable", `${engine} could not be reached (${cause}); check MT_URL`);
  }
  if (response.status === 429 || (engine === "DeepL" && response.status === 456)) {
    const retry = response.headers.get("retry-after");
    const what = response.status === 456 ? "quota is used up" : "is limiting requests";
    throw new MtError(
      "rate_limited",
      `${engine} ${what} (HTTP ${response.status}); try again ${retry ? `in ${retry} s` : "in a minute"}`,
    );
  }
  if (response.status >= 500)
    throw new MtError("unavailable", `${engine} failed (HTTP ${response.status}); try again later`);
  if (!response.ok) {
    const reason = reasonOf(text);
    throw new MtError(
      "rejected",
      `${engine} refused the request (HTTP ${response.status}${reason ? `: ${reason}` : ""}); check MT_API_KEY and MT_URL`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new MtError("malformed", `${engine} answered with something that is not JSON`);
  }
}

/** The answer did not have the documented shape. */
export function malformed(engine: string, what: string): MtError {
  return new MtError("malformed", `${engine} answered in an unexpected shape (${what})`);
}

/** An engine's translations, checked to be one non-empty string per input. */
export function expectTexts(engine: string, texts: unknown[], count: number): string[] {
  if (texts.length !== count) throw malformed(engine, `${texts.length} translations for ${count} texts`);
  return texts.map((text) => {
    if (typeof text !== "string" || text.trim() === "") throw malformed(engine, "an empty translation");
    return text.trim();
  });
}

/** The base URL without a trailing slash. */
export function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
