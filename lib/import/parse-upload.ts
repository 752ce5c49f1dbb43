import { z } from "zod";
import { textProblem } from "../security/input-guard";
import { ZHttpUrl } from "../security/http-url";
import { normalizeImportedText } from "../text/normalize-input";
import type { TSnapshotDraft } from "./snapshot";

/**
 * Turns uploaded files into article drafts, or a reason the whole file is refused. Pure: no
 * database, so the rules (UTF-8, size, emptiness, JSON shape, title line) are unit-tested.
 */
export type TArticleDraft = {
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string;
  /** The web page or document the text was extracted from, kept with the article. */
  snapshot?: TSnapshotDraft;
};

export type TParsedSource =
  | { name: string; ok: true; drafts: TArticleDraft[] }
  | { name: string; ok: false; code: string; message: string };

export type TTitleMode = "auto" | "first-line" | "none";

export type TParseOptions = { maxBytes: number; titleMode?: TTitleMode };

/** A publication date: ISO date or date-time, years 1000–9999 (PostgreSQL and JavaScript agree on those). */
export const ZDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true }).transform((s) => s.slice(0, 10))])
  .refine((d) => Number(d.slice(0, 4)) >= 1000, "publishedAt must be a date from the year 1000 on");

export const ZArticleJson = z.object({
  title: z.string().trim().min(1, "title must not be empty").max(500).optional(),
  source: z.string().trim().max(300).nullish(),
  url: ZHttpUrl.nullish(),
  publishedAt: ZDate.nullish(),
  text: z.string().min(1, "text is required"),
});
export type TArticleJson = z.infer<typeof ZArticleJson>;

const MAX_TITLE_LINE = 160;

/** The first line is a title when it is short, is followed by a blank line and does not end a sentence. */
function looksLikeTitleLine(lines: string[]): boolean {
  const first = lines[0]?.trim() ?? "";
  return (
    lines.length > 2 &&
    first.length > 0 &&
    first.length <= MAX_TITLE_LINE &&
    (lines[1] ?? "").trim() === "" &&
    !/[.!?؟:…]["»”]?$/.test(first)
  );
}

function fallbackTitle(text: string): string {
  const firstLine = text.trim().split("\n")[0] ?? "";
  const words = firstLine.split(/\s+/).slice(0, 10).join(" ");
  return words.length < firstLine.length ? `${words}…` : words;
}

/** An uploaded file's name as a title: no folder, no extension; null when nothing is left. */
function titleFromFileName(name: string | undefined): string | null {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const title = base
    .replace(/\.[^.]*$/, "")
    .trim()
    .normalize("NFC");
  return title && !textProblem(title) ? title.slice(0, 500) : null;
}

function hasBinaryControls(text: string): boolean {
  // NUL and C0 controls other than tab/newline mean this is not a text article.
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text);
}

function checkText(text: string): string | null {
  const problem = textProblem(text);
  if (problem) return `the text contains ${problem}`;
  if (text.trim() === "") return "the text is empty";
  if (hasBinaryControls(text)) return "the text contains control characters (is this a binary file?)";
  return null;
}

/**
 * A plain-text article. Its title is the first line when that line is one (or the mode says so);
 * otherwise the file's name without its extension, and the first words when there is no name.
 */
export function draftFromPlainText(
  raw: string,
  titleMode: TTitleMode = "auto",
  fileName?: string,
): TArticleDraft | string {
  const text = normalizeImportedText(raw);
  const problem = checkText(text);
  if (problem) return problem;
  const lines = text.split("\n");
  const useFirstLine = titleMode === "first-line" || (titleMode === "auto" && looksLikeTitleLine(lines));
  if (useFirstLine && lines.length > 1) {
    const body = lines
      .slice(1)
      .join("\n")
      .replace(/^\s*\n/, "");
    const bodyProblem = checkText(body);
    if (bodyProblem) return `${bodyProblem} after the title line`;
    return { title: (lines[0] ?? "").trim(), source: null, url: null, publishedAt: null, text: body };
  }
  return {
    title: titleFromFileName(fileName) ?? fallbackTitle(text),
    source: null,
    url: null,
    publishedAt: null,
    text,
  };
}

export function draftFromJson(value: TArticleJson): TArticleDraft | string {
  for (const field of ["title", "source", "url"] as const) {
    const problem = textProblem(value[field] ?? "");
    if (problem) return `${field} contains ${problem}`;
  }
  const text = normalizeImportedText(value.text);
  const problem = checkText(text);
  if (problem) return problem;
  return {
    title: value.title ? value.title.normalize("NFC") : fallbackTitle(text),
    source: value.source ?? null,
    url: value.url ?? null,
    publishedAt: value.publishedAt ?? null,
    text,
  };
}

function describeZodError(error: z.ZodError, prefix: string): string {
  return error.issues.map((i) => `${prefix}${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`).join("; ");
}

/** Parses JSON text holding one article object, an array of them, or `{ articles: [...] }`. */
export function parseJsonArticles(raw: string): TArticleDraft[] | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return `malformed JSON: ${(error as Error).message}`;
  }
  const list = Array.isArray(value)
    ? value
    : value && typeof value === "object" && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : [value];
  if (list.length === 0) return "the JSON holds no articles";
  const drafts: TArticleDraft[] = [];
  for (const [index, item] of list.entries()) {
    const where = list.length > 1 ? `article ${index + 1}: ` : "";
    const parsed = ZArticleJson.safeParse(item);
    if (!parsed.success) return describeZodError(parsed.error, where);
    const draft = draftFromJson(parsed.data);
    if (typeof draft === "string") return `${where}${draft}`;
    drafts.push(draft);
  }
  return drafts;
}

/** Parses one uploaded file: `.json` (one or many articles), `.jsonl`, or plain text. */
export function parseUploadedFile(name: string, bytes: Uint8Array, options: TParseOptions): TParsedSource {
  const refuse = (code: string, message: string): TParsedSource => ({ name, ok: false, code, message });
  if (bytes.byteLength === 0) return refuse("empty", "The file is empty");
  if (bytes.byteLength > options.maxBytes) {
    return refuse("too_large", `The file is ${bytes.byteLength} bytes; the limit is ${options.maxBytes} bytes`);
  }
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse("not_utf8", "The file is not valid UTF-8 text; save it as UTF-8 and upload it again");
  }
  const lower = name.toLowerCase();
  if (lower.endsWith(".jsonl")) {
    const drafts: TArticleDraft[] = [];
    const lines = raw.split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      if (line.trim() === "") continue;
      const parsed = parseJsonArticles(line);
      if (typeof parsed === "string") return refuse("invalid_json", `Line ${i + 1}: ${parsed}`);
      drafts.push(...parsed);
    }
    return drafts.length ? { name, ok: true, drafts } : refuse("empty", "The file holds no articles");
  }
  if (lower.endsWith(".json")) {
    const parsed = parseJsonArticles(raw);
    return typeof parsed === "string" ? refuse("invalid_json", parsed) : { name, ok: true, drafts: parsed };
  }
  const draft = draftFromPlainText(raw, options.titleMode, name);
  return typeof draft === "string" ? refuse("invalid_text", `Refused: ${draft}`) : { name, ok: true, drafts: [draft] };
}
