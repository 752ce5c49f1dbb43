import type { Snippet } from "@/lib/search/highlight";

/** A snippet with its matches marked; `dir="auto"` so Arabic and English each read their way. */
export function HighlightedSnippet({ snippet }: { snippet: Snippet }) {
  const pieces: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const h of snippet.highlights) {
    if (h.start > at) pieces.push({ text: snippet.text.slice(at, h.start), mark: false });
    pieces.push({ text: snippet.text.slice(h.start, h.end), mark: true });
    at = h.end;
  }
  if (at < snippet.text.length) pieces.push({ text: snippet.text.slice(at), mark: false });
  return (
    <p dir="auto" className="text-sm leading-7 text-slate-800" data-testid="search-snippet">
      {snippet.cutStart ? "… " : null}
      {pieces.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5 text-slate-950">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
      {snippet.cutEnd ? " …" : null}
    </p>
  );
}
