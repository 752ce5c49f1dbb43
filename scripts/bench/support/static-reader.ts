import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { paintSegments, type TPaintedSegment } from "../../../components/annotator/span-paint";
import { assignLanes } from "../../../components/annotator/span-lanes";
import { SpanStyleRegistry } from "../../../components/annotator/span-styles";
import type { TLabel, TSpan } from "../../../components/annotator/types";

/**
 * The reader's baseline: the same text and spans as static HTML, with the reader's own segments,
 * classes and stylesheet, served by a bare Node server. What a page with nothing to do but show
 * the highlights costs on this machine at this moment; the article page is held to a multiple of
 * it (scripts/bench/reader.ts, e2e/annotator/perf.spec.ts).
 */

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type TStaticReader = {
  text: string;
  spans: readonly TSpan[];
  labels: readonly Pick<TLabel, "id" | "color">[];
  /** Stamp `annotator:spans-painted` in the first animation frame, as the article page does. */
  mark?: boolean;
};

export async function staticReaderPage({ text, spans, labels, mark = false }: TStaticReader): Promise<string> {
  const registry = new SpanStyleRegistry();
  const segments = paintSegments(
    {
      spans,
      labelsById: new Map(labels.map((l) => [l.id, l as TLabel])),
      lanes: assignLanes(spans),
      saveStates: new Map(),
      activeId: null,
      flashId: null,
      isDimmed: () => false,
    },
    registry,
  );
  const css = await readFile(path.join(process.cwd(), "components", "annotator", "annotator.css"), "utf8");
  const element = (seg: TPaintedSegment, from: number, to: number) =>
    `<span class="${seg.className}" data-span-id="${seg.spanIds.join(" ")}" data-label-id="${seg.labelIds.join(" ")}">${escapeHtml(text.slice(from, to))}</span>`;
  const lines: string[] = [];
  let s = 0;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    let html = "";
    let at = lineStart;
    while (s < segments.length && segments[s]!.end <= lineStart) s++;
    for (let k = s; k < segments.length && segments[k]!.start < lineEnd; k++) {
      const seg = segments[k]!;
      const from = Math.max(seg.start, lineStart);
      const to = Math.min(seg.end, lineEnd);
      if (from > at) html += escapeHtml(text.slice(at, from));
      if (to > from) html += element(seg, from, to);
      at = Math.max(at, to);
    }
    if (lineEnd > at) html += escapeHtml(text.slice(at, lineEnd));
    lines.push(`<p>${html || "<br>"}</p>`);
  }
  const stamp = mark
    ? `<script>requestAnimationFrame(() => performance.mark("annotator:spans-painted"));</script>`
    : "";
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Reader baseline</title>
<style>body{margin:0;background:#f8fafc;font:14px system-ui,sans-serif;color:#0f172a}
main{max-width:80rem;margin:0 auto;padding:2rem}
.article-text{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Arial",serif;font-size:1.25rem;line-height:1.9;white-space:pre-wrap;overflow-wrap:break-word;unicode-bidi:isolate;max-width:46rem;margin:0 auto}
${css}</style></head><body><main><div dir="rtl" lang="ar" class="article-text" data-testid="article-text"><style>${registry.css}</style>
<div class="wb-reader">${lines.join("")}</div></div></main>${stamp}</body></html>`;
}

/** Serves one page, compressed as Next.js compresses its pages. */
export function serveStaticPage(html: string): Promise<{ url: string; close: () => void }> {
  const body = gzipSync(html);
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-encoding": "gzip",
      "content-length": body.length,
    });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() }),
    ),
  );
}
