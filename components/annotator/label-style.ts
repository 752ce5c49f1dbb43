import type { Locale } from "@/lib/i18n/config";
import type { TLabel, TSpanAuthor } from "./types";

/** The label's name in the interface language (the Arabic name when there is one). */
export function labelName(label: Pick<TLabel, "name" | "nameAr"> | undefined, locale: Locale, fallback = "?"): string {
  if (!label) return fallback;
  return locale === "ar" && label.nameAr ? label.nameAr : label.name;
}

/** `#rrggbb` with an alpha, as `rgba()`; an unreadable colour falls back to slate. */
export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const [r, g, b] = match ? [match[1], match[2], match[3]].map((h) => parseInt(h ?? "0", 16)) : [100, 116, 139];
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Maps a pressed key to a label hotkey 1–9, accepting Arabic-Indic and Persian digits too. */
export function hotkeyFromKey(key: string): number | null {
  if (key.length !== 1) return null;
  const code = key.charCodeAt(0);
  for (const zero of [0x30, 0x660, 0x6f0]) {
    const digit = code - zero;
    if (digit >= 1 && digit <= 9) return digit;
  }
  return null;
}

export function authorName(author: TSpanAuthor | null, unknown: string): string {
  return author ? author.name || author.email : unknown;
}
