/**
 * The browser's way to the JSON API (/api/v1): same-origin fetch with the session cookie, JSON in
 * and out, and the API's error shape `{ error: { code, message, details } }` turned into an
 * ApiError a component can show. Server components read through lib/ instead.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type ApiErrorBody = { error: { code: string; message: string; details?: unknown } };

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (!value || typeof value !== "object" || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return !!error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string";
}

export type ApiRequest = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data. */
  form?: FormData;
  /** Statuses other than 2xx whose body is a normal answer rather than an error (e.g. 422 import summaries). */
  acceptStatus?: number[];
  signal?: AbortSignal;
};

export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let body: BodyInit | undefined;
  if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.json);
  } else if (request.form) {
    body = request.form;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? "GET",
      headers,
      body,
      credentials: "same-origin",
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network_error", error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON (e.g. a proxy's HTML error page): reported below with its text.
      data = null;
    }
  }
  if (response.ok || request.acceptStatus?.includes(response.status)) return data as T;
  if (isApiErrorBody(data)) {
    throw new ApiError(response.status, data.error.code, data.error.message, data.error.details ?? null);
  }
  throw new ApiError(
    response.status,
    "http_error",
    text.slice(0, 300) || response.statusText || `HTTP ${response.status}`,
  );
}

/** The text to show for a failed request, with the network case in the reader's language. */
export function describeError(error: unknown, messages: { networkError: string }): string {
  if (error instanceof ApiError) return error.status === 0 ? messages.networkError : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
