import { cn } from "@/components/ui/cn";

export type ParagraphSegment = { index: number; start: number; end: number };

const RTL_LANGUAGES = new Set(["ar", "fa", "ur", "he", "ps", "ckb"]);

/**
 * The article's text, one <p> per paragraph segment. Each paragraph renders exactly
 * `text.slice(start, end)` of the stored text: nothing trimmed, reordered or re-encoded, and
 * whitespace kept by `white-space: pre-wrap`, so what the analyst reads is what offsets point
 * at. The data-start/data-end attributes are the paragraph's UTF-16 offsets in the stored text.
 * (The annotating reader will replace this block; keep it self-contained.)
 */
export function ArticleText({
  text,
  paragraphs,
  language = "ar",
  className,
}: {
  text: string;
  paragraphs: ParagraphSegment[];
  language?: string;
  className?: string;
}) {
  // An article stored before segmentation still shows its text, as a single paragraph.
  const segments = paragraphs.length > 0 || text.length === 0 ? paragraphs : [{ index: 0, start: 0, end: text.length }];
  return (
    <div
      dir={RTL_LANGUAGES.has(language) ? "rtl" : "ltr"}
      lang={language}
      className={cn("article-text mx-auto text-slate-900", className)}
      data-testid="article-text"
    >
      {segments.map((segment) => (
        <p key={segment.index} data-paragraph-index={segment.index} data-start={segment.start} data-end={segment.end}>
          {text.slice(segment.start, segment.end)}
        </p>
      ))}
    </div>
  );
}
