import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { machineTranslation } from "./config";
import { deeplTranslator } from "./deepl";
import { googleTranslator } from "./google";
import { libreTranslator } from "./libretranslate";
import { openAiTranslator } from "./openai";
import type { TTranslator } from "./provider";

/** What the next request gets: the provider's documented answer, or a failure. */
type TMode = "ok" | "429" | "500" | "slow" | "not-json" | "wrong-shape";
type TSeen = { method: string; url: string; headers: IncomingMessage["headers"]; body: unknown };

let mode: TMode = "ok";
let seen: TSeen[] = [];
let server: Server;
let base = "";

const english = (arabic: string) => `EN(${arabic})`;

/** Answers in each provider's documented format, chosen by the request path. */
function answer(path: string, body: Record<string, unknown>): unknown {
  if (path.startsWith("/v2/translate"))
    return {
      translations: (body.text as string[]).map((t) => ({ detected_source_language: "AR", text: english(t) })),
    };
  if (path.startsWith("/language/translate/v2"))
    return { data: { translations: (body.q as string[]).map((t) => ({ translatedText: english(t) })) } };
  if (path.startsWith("/translate")) return { translatedText: (body.q as string[]).map(english) };
  if (path.startsWith("/v1/chat/completions")) {
    const messages = body.messages as { role: string; content: string }[];
    return {
      id: "chatcmpl-1",
      object: "chat.completion",
      model: body.model,
      choices: [{ index: 0, message: { role: "assistant", content: english(messages.at(-1)!.content) } }],
    };
  }
  return { error: "no such path" };
}

function handle(req: IncomingMessage, res: ServerResponse) {
  let raw = "";
  req.on("data", (chunk: Buffer) => {
    raw += chunk.toString("utf8");
  });
  req.on("end", () => {
    const body = JSON.parse(raw) as Record<string, unknown>;
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
    const send = (status: number, payload: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(payload);
    };
    if (mode === "429") return send(429, JSON.stringify({ message: "Too many requests" }), { "retry-after": "7" });
    if (mode === "500") return send(503, "<html>upstream down</html>");
    if (mode === "not-json") return send(200, "<html>hello</html>");
    if (mode === "wrong-shape") return send(200, JSON.stringify({ result: "?" }));
    if (mode === "slow") {
      setTimeout(() => send(200, JSON.stringify(answer(req.url ?? "", body))), 1_000);
      return;
    }
    send(200, JSON.stringify(answer(req.url ?? "", body)));
  });
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const timeoutMs = 300;
const engines: [string, () => TTranslator][] = [
  ["DeepL", () => deeplTranslator({ url: base, apiKey: "key:fx", timeoutMs })],
  ["Google Cloud Translation", () => googleTranslator({ url: base, apiKey: "g-key", timeoutMs })],
  ["LibreTranslate", () => libreTranslator({ url: base, apiKey: "l-key", timeoutMs })],
  [
    "The chat-completions endpoint",
    () => openAiTranslator({ url: `${base}/v1`, apiKey: "sk", model: "m1", timeoutMs }),
  ],
];

describe.each(engines)("%s", (name, make) => {
  it("sends the documented request and returns one English text per Arabic text, in order", async () => {
    mode = "ok";
    seen = [];
    expect(await make().translate(["قال المتحدث", "قتل ثلاثة"])).toEqual(["EN(قال المتحدث)", "EN(قتل ثلاثة)"]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((request) => request.method === "POST")).toBe(true);
  });

  it.each([
    ["429", /limiting requests \(HTTP 429\); try again in 7 s/],
    ["500", /failed \(HTTP 503\); try again later/],
    ["slow", /did not answer within 0.3 s/],
    ["not-json", /not JSON/],
    ["wrong-shape", /unexpected shape/],
  ] as const)("answers %s with a clear message", async (failure, message) => {
    mode = failure;
    const error = await make()
      .translate(["نص"])
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(name)).toBe(true);
  });
});

describe("request formats", () => {
  it("DeepL: /v2/translate with DeepL-Auth-Key, text list, AR → EN-GB", async () => {
    mode = "ok";
    seen = [];
    await deeplTranslator({ url: base, apiKey: "abc:fx", timeoutMs }).translate(["نص"]);
    expect(seen[0]).toMatchObject({
      url: "/v2/translate",
      headers: { authorization: "DeepL-Auth-Key abc:fx" },
      body: { text: ["نص"], source_lang: "AR", target_lang: "EN-GB" },
    });
  });

  it("Google v2: key in the query, q list, ar → en as plain text", async () => {
    mode = "ok";
    seen = [];
    await googleTranslator({ url: base, apiKey: "g k", timeoutMs }).translate(["نص"]);
    expect(seen[0]).toMatchObject({
      url: "/language/translate/v2?key=g%20k",
      body: { q: ["نص"], source: "ar", target: "en", format: "text" },
    });
  });

  it("LibreTranslate: /translate with api_key in the body", async () => {
    mode = "ok";
    seen = [];
    await libreTranslator({ url: `${base}/`, apiKey: "l", timeoutMs }).translate(["نص"]);
    expect(seen[0]).toMatchObject({
      url: "/translate",
      body: { q: ["نص"], source: "ar", target: "en", format: "text", api_key: "l" },
    });
  });

  it("chat completions: a Bearer key, the model, a system instruction and the Arabic as the user message", async () => {
    mode = "ok";
    seen = [];
    const translator = openAiTranslator({ url: `${base}/v1`, apiKey: "sk-1", model: "local-7b", timeoutMs });
    await translator.translate(["أ", "ب"]);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({
      url: "/v1/chat/completions",
      headers: { authorization: "Bearer sk-1" },
      body: { model: "local-7b", temperature: 0, messages: [{ role: "system" }, { role: "user", content: "ب" }] },
    });
    expect(translator).toMatchObject({ engine: "openai", model: "local-7b" });
  });

  it("an unreachable server is a clear message too", async () => {
    await expect(libreTranslator({ url: "http://127.0.0.1:1", timeoutMs }).translate(["نص"])).rejects.toThrow(
      /LibreTranslate could not be reached .*check MT_URL/,
    );
  });
});

describe("configuration", () => {
  it("is off unless MT_PROVIDER is set", () => {
    expect(machineTranslation({})).toBeNull();
  });

  it("builds the chosen engine with its model and concurrency", () => {
    const settings = machineTranslation({
      MT_PROVIDER: "openai",
      MT_URL: "http://localhost:8080/v1",
      MT_MODEL: "qwen",
      MT_CONCURRENCY: "8",
    });
    expect(settings?.translator).toMatchObject({ engine: "openai", model: "qwen" });
    expect(settings?.concurrency).toBe(8);
    expect(machineTranslation({ MT_PROVIDER: "deepl", MT_API_KEY: "k" })?.translator.engine).toBe("deepl");
  });

  it("says what is missing or malformed", () => {
    expect(() => machineTranslation({ MT_PROVIDER: "deepl" })).toThrow(/MT_API_KEY is required with MT_PROVIDER=deepl/);
    expect(() => machineTranslation({ MT_PROVIDER: "libretranslate" })).toThrow(/MT_URL is required/);
    expect(() => machineTranslation({ MT_PROVIDER: "bing" })).toThrow(/MT_PROVIDER must be deepl, google/);
    expect(() => machineTranslation({ MT_PROVIDER: "openai", MT_MODEL: "m", MT_URL: "localhost" })).toThrow(
      /MT_URL must be a URL/,
    );
  });
});
