import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

let started: Promise<string> | undefined;

/**
 * A machine translation engine for tests: a local server speaking LibreTranslate's format
 * (POST /translate {q: [...]} → {translatedText: [...]}) that answers "English: <first words>".
 * Starting it points this process's MT_PROVIDER and MT_URL at it, as an operator would.
 */
export function useLocalMtEngine(): Promise<string> {
  started ??= new Promise<string>((resolve) => {
    const server = createServer((req, res) => {
      let raw = "";
      req.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      req.on("end", () => {
        const { q } = JSON.parse(raw) as { q: string[] };
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ translatedText: q.map((text) => `English: ${text.split(/\s+/).length} words`) }));
      });
    });
    server.unref();
    server.listen(0, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      Object.assign(process.env, { MT_PROVIDER: "libretranslate", MT_URL: url });
      resolve(url);
    });
  });
  return started;
}
