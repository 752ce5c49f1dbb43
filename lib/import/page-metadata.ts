/**
 * A news page's own description of itself: title, author, publisher, publication date and
 * canonical address, read from JSON-LD (schema.org NewsArticle and its relatives), then OpenGraph
 * (`og:*`, `article:*`), then plain `<meta>` tags and `<title>`. The first source that gives a
 * field wins: JSON-LD is what publishers write for search engines and is the most precise.
 */

export type TPageMetadata = {
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  canonicalUrl: string | null;
};

type TDocumentLike = {
  querySelectorAll(
    selector: string,
  ): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { textContent: string | null } | null;
};

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|WebPage)$/;

const clean = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text ? text.slice(0, 500) : null;
};

/** A name from a JSON-LD value: a string, `{name}`, or a list of either (joined). */
function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => Boolean(n));
    return names.length ? names.join("، ") : null;
  }
  if (value && typeof value === "object" && "name" in value) return clean((value as { name: unknown }).name);
  return clean(value);
}

/** A date as YYYY-MM-DD, from ISO dates and date-times (years 1000–9999). */
export function dateOf(value: unknown): string | null {
  const match = typeof value === "string" ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return Number(y) >= 1000 && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`)
    ? `${y}-${m}-${d}`
    : null;
}

/** Every object in the page's JSON-LD blocks, through `@graph` and arrays. */
function jsonLdObjects(doc: TDocumentLike): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      out.push(value as Record<string, unknown>);
      const graph = (value as { "@graph"?: unknown })["@graph"];
      if (graph) visit(graph);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A malformed block is skipped: the other sources may still describe the page.
    }
  }
  return out;
}

const isArticle = (o: Record<string, unknown>) =>
  [o["@type"]].flat().some((t) => typeof t === "string" && ARTICLE_TYPES.test(t));

export function readPageMetadata(doc: TDocumentLike): TPageMetadata {
  const meta = (attribute: "property" | "name", key: string): string | null => {
    for (const el of doc.querySelectorAll(`meta[${attribute}]`)) {
      if (el.getAttribute(attribute)?.toLowerCase() === key.toLowerCase()) {
        const value = clean(el.getAttribute("content"));
        if (value) return value;
      }
    }
    return null;
  };
  const articles = jsonLdObjects(doc).filter(isArticle);
  const ld = articles.find((o) => o["@type"] !== "WebPage") ?? articles[0] ?? {};
  const first = <T>(...values: (T | null | undefined)[]): T | null =>
    values.find((v) => v !== null && v !== undefined) ?? null;
  const notUrl = (value: string | null) => (value && /^https?:\/\//i.test(value) ? null : value);
  let canonical: string | null = null;
  for (const link of doc.querySelectorAll('link[rel="canonical"]')) canonical ??= clean(link.getAttribute("href"));
  const mainEntity = ld.mainEntityOfPage;
  return {
    title: first(
      clean(ld.headline),
      clean(ld.name),
      meta("property", "og:title"),
      meta("name", "twitter:title"),
      clean(doc.querySelector("title")?.textContent),
    ),
    author: first(
      nameOf(ld.author),
      notUrl(meta("property", "article:author")),
      meta("name", "author"),
      meta("name", "byl"),
      meta("name", "dc.creator"),
    ),
    publisher: first(nameOf(ld.publisher), meta("property", "og:site_name"), meta("name", "application-name")),
    publishedAt: first(
      dateOf(ld.datePublished),
      dateOf(meta("property", "article:published_time")),
      dateOf(meta("name", "pubdate")),
      dateOf(meta("name", "publishdate")),
      dateOf(meta("name", "date")),
      dateOf(meta("name", "dc.date.issued")),
      dateOf(meta("name", "dc.date")),
      dateOf(ld.dateCreated),
    ),
    canonicalUrl: first(
      clean(ld.url),
      typeof mainEntity === "string" ? clean(mainEntity) : nameOf(null),
      meta("property", "og:url"),
      canonical,
    ),
  };
}
