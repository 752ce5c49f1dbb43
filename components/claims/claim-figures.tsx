import { formatFigure } from "@/lib/claims/figures";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { readFigure } from "./figure-draft";
import type { ClaimsMessages } from "./messages";
import type { TClaimKind } from "./types";

type TRow = { key: string; label: string; en: string; ar: string | null };

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** The rows to show for a claim's figures; empty for kinds without figures. */
export function figureRows(
  kind: TClaimKind,
  figures: Record<string, unknown>,
  m: ClaimsMessages,
  locale: Locale,
): TRow[] {
  const rows: TRow[] = [];
  const figure = (key: string, label: string, value: unknown) => {
    const f = readFigure(value);
    if (f) rows.push({ key, label, en: formatFigure(f, "en"), ar: formatFigure(f, "ar") });
  };
  if (kind === "CASUALTY") {
    figure("killed", m.figures.killed, figures.killed);
    figure("injured", m.figures.injured, figures.injured);
    if (text(figures.victims))
      rows.push({ key: "victims", label: m.figures.victims, en: text(figures.victims), ar: null });
    if (text(figures.perpetrator))
      rows.push({ key: "perpetrator", label: m.figures.perpetrator, en: text(figures.perpetrator), ar: null });
  } else if (kind === "COUNT") {
    if (text(figures.thing)) rows.push({ key: "thing", label: m.figures.thing, en: text(figures.thing), ar: null });
    figure("value", m.figures.value, figures.value);
    if (text(figures.since))
      rows.push({ key: "since", label: m.figures.since, en: formatDate(text(figures.since), locale), ar: null });
    if (text(figures.asOf))
      rows.push({ key: "asOf", label: m.figures.asOf, en: formatDate(text(figures.asOf), locale), ar: null });
  }
  return rows;
}

/**
 * A claim's figures with their qualifier. The English interface shows each in English and in
 * Arabic ("about 7" / «نحو 7»), so an analyst can check the reading against the article; the
 * Arabic interface shows the Arabic only. A bare number reads the same in both and is shown once.
 */
export function ClaimFigures({
  kind,
  figures,
  m,
  locale,
}: {
  kind: TClaimKind;
  figures: Record<string, unknown>;
  m: ClaimsMessages;
  locale: Locale;
}) {
  const rows = figureRows(kind, figures, m, locale);
  if (rows.length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-sm" data-testid="claim-figures">
      {rows.map((row) => {
        const english = (
          <span
            key="en"
            lang={row.ar !== null ? "en" : undefined}
            dir="auto"
            className="font-medium text-slate-900"
            data-testid="figure-en"
          >
            {row.en}
          </span>
        );
        const arabic =
          row.ar !== null && row.ar !== row.en ? (
            <span key="ar" lang="ar" dir="rtl" className="text-arabic text-slate-700" data-testid="figure-ar">
              {row.ar}
            </span>
          ) : null;
        return (
          <div key={row.key} className="contents" data-figure={row.key}>
            <dt className="text-xs leading-5 text-slate-500">{row.label}</dt>
            <dd className="flex min-w-0 flex-wrap items-baseline gap-x-2">
              {locale === "ar" ? (arabic ?? english) : [english, arabic]}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
