import type { TParagraphSegment } from "./paragraph-attributes";
import type { TPaintedSegment } from "./span-paint";

/**
 * The article as plain HTML with its highlights: one `<p>` per line of the stored text, as the
 * editor draws it, each segment an inline element with the classes of the editor's decorations
 * (so it looks the same). The server sends it, so the spans are painted while the page is parsed;
 * the editor takes its place once it is built, without a visible change. The segments carry no
 * span ids (the lists of ids would make the page several times larger): each `<p>` carries the
 * text offset of its line (`data-offset`), so a selection or a click made before the editor
 * exists is read in text offsets and the spans there are found in the segments.
 *
 * Only the highlights in the first `limit` characters are drawn: a long article's first screens
 * are highlighted at once and the rest of its text arrives plain (the editor draws it all), and
 * the server cuts and styles only the spans that start there (`staticSpans`).
 */
const STATIC_CHARS = 16_000;

/** The spans the static layer draws (those starting in its first characters), from spans in text order. */
export function staticSpans<T extends { start: number }>(spans: readonly T[], limit = STATIC_CHARS): readonly T[] {
  let end = 0;
  while (end < spans.length && spans[end]!.start < limit) end++;
  return end === spans.length ? spans : spans.slice(0, end);
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function staticLayerHtml(
  text: string,
  paragraphs: readonly TParagraphSegment[],
  segments: readonly TPaintedSegment[],
  limit = STATIC_CHARS,
): string {
  const byStart = new Map(paragraphs.map((p) => [p.start, p]));
  let drawn = 0;
  while (drawn < segments.length && segments[drawn]!.end <= limit) drawn++;
  const out: string[] = [];
  let s = 0;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    let html = "";
    let at = lineStart;
    while (s < drawn && segments[s]!.end <= lineStart) s++;
    for (let k = s; k < drawn && segments[k]!.start < lineEnd; k++) {
      const seg = segments[k]!;
      const from = Math.max(seg.start, lineStart);
      const to = Math.min(seg.end, lineEnd);
      if (from > at) html += escapeHtml(text.slice(at, from));
      if (to > from) html += `<span class="${seg.className}">${escapeHtml(text.slice(from, to))}</span>`;
      at = Math.max(at, to);
    }
    if (lineEnd > at) html += escapeHtml(text.slice(at, lineEnd));
    // The paragraph segment that starts on this line (leading blanks may precede it).
    let segment: TParagraphSegment | undefined;
    for (let i = lineStart; i < lineEnd && !segment; i++) segment = byStart.get(i);
    const attributes = segment
      ? ` data-paragraph-index="${segment.index}" data-start="${segment.start}" data-end="${segment.end}"`
      : "";
    out.push(`<p data-offset="${lineStart}"${attributes}>${html || "<br>"}</p>`);
    lineStart = lineEnd + 1;
  }
  return out.join("");
}

/** The text offset of a DOM point inside the static layer (its root and `<p data-offset>` lines). */
export function staticOffsetAt(root: HTMLElement, node: Node, offset: number, textLength: number): number | null {
  if (node === root) {
    const line = root.children[offset] as HTMLElement | undefined;
    return line ? Number(line.dataset.offset) : textLength;
  }
  let line: Node | null = node;
  while (line && line.parentNode !== root) line = line.parentNode;
  if (!(line instanceof HTMLElement) || line.dataset.offset === undefined) return null;
  const range = document.createRange();
  range.setStart(line, 0);
  range.setEnd(node, offset);
  return Number(line.dataset.offset) + range.toString().length;
}

/** The segment covering a text offset (segments in text order, not overlapping). */
export function segmentAt<T extends { start: number; end: number }>(segments: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid]!;
    if (offset < segment.start) hi = mid - 1;
    else if (offset >= segment.end) lo = mid + 1;
    else return segment;
  }
  return null;
}
