import { formatFigure } from "@/lib/claims/figures";
import type { Locale } from "@/lib/i18n/config";
import { format, formatDate } from "@/lib/i18n/format";
import type { ReviewMessages } from "@/components/review/messages";
import { CHART, layoutTimeline, seriesKey, type TMark, type TTimelineInput } from "./timeline-geometry";

const ROLE_COLOURS = { killed: "#b91c1c", injured: "#d97706" } as const;
const VALUE_COLOURS = ["#1d4ed8", "#7c3aed", "#0f766e", "#a21caf", "#4d7c0f"];

/** One colour per series: killed red, injured amber, each counted thing its own cool colour. */
function seriesColours(points: TTimelineInput[]): Map<string, string> {
  const colours = new Map<string, string>();
  let next = 0;
  for (const p of points) {
    const key = seriesKey(p);
    if (colours.has(key)) continue;
    colours.set(
      key,
      p.role === "value" ? (VALUE_COLOURS[next++ % VALUE_COLOURS.length] ?? "#1d4ed8") : ROLE_COLOURS[p.role],
    );
  }
  return colours;
}

function seriesLabel(p: TTimelineInput, m: ReviewMessages): string {
  return p.role === "value" ? (p.thing ?? m.figures.value) : m.figures[p.role];
}

function Arrowhead({ x, y, pointing, colour }: { x: number; y: number; pointing: "up" | "down"; colour: string }) {
  const d = pointing === "up" ? 9 : -9;
  return <polygon points={`${x - 5},${y + d} ${x + 5},${y + d} ${x},${y}`} fill={colour} />;
}

function Mark({ mark, colour, href, description }: { mark: TMark; colour: string; href: string; description: string }) {
  const { x, y, line } = mark;
  return (
    <a
      href={href}
      aria-label={description}
      className="group outline-none"
      data-testid="timeline-mark"
      data-claim-id={mark.claimId}
      data-shape={mark.shape}
    >
      <title>{description}</title>
      {/* A wide transparent target, so a thin arrow is easy to hover and click. */}
      <rect
        x={x - 9}
        y={Math.min(y, line?.to ?? y, line?.from ?? y) - 9}
        width={18}
        height={Math.abs(line ? line.from - line.to : 0) + 18}
        fill="transparent"
      />
      {line && mark.shape === "range" ? (
        <rect
          x={x - 5}
          y={line.to}
          width={10}
          height={Math.max(2, line.from - line.to)}
          rx={2}
          fill={colour}
          fillOpacity={0.35}
          stroke={colour}
          strokeWidth={1.5}
        />
      ) : null}
      {line && mark.shape === "about" ? (
        <g stroke={colour} strokeWidth={1.5}>
          <line x1={x} x2={x} y1={line.from} y2={line.to} strokeDasharray="3 2" />
          <line x1={x - 4} x2={x + 4} y1={line.from} y2={line.from} />
          <line x1={x - 4} x2={x + 4} y1={line.to} y2={line.to} />
        </g>
      ) : null}
      {line && mark.shape === "up" ? (
        <>
          <line x1={x} x2={x} y1={y} y2={line.to + 8} stroke={colour} strokeWidth={2} strokeDasharray="5 3" />
          <Arrowhead x={x} y={line.to} pointing="up" colour={colour} />
        </>
      ) : null}
      {line && mark.shape === "down" ? (
        <>
          <line x1={x} x2={x} y1={y} y2={line.from - 8} stroke={colour} strokeWidth={2} strokeDasharray="5 3" />
          <Arrowhead x={x} y={line.from} pointing="down" colour={colour} />
        </>
      ) : null}
      {mark.shape !== "range" ? (
        <circle cx={x} cy={y} r={5.5} fill={mark.hollow ? "white" : colour} stroke={colour} strokeWidth={2} />
      ) : null}
      <text
        x={mark.labelSide === "right" ? x + 9 : x - 9}
        y={mark.shape === "range" && line ? (line.from + line.to) / 2 + 4 : y + 4}
        textAnchor={mark.labelSide === "right" ? "start" : "end"}
        fontSize={12}
        fontWeight={600}
        fill="#0f172a"
        className="tabular-nums"
      >
        {mark.label}
      </text>
      <circle
        cx={x}
        cy={y}
        r={10}
        fill="none"
        stroke="#2563eb"
        strokeWidth={2}
        className="opacity-0 group-hover:opacity-60 group-focus-visible:opacity-100"
      />
    </a>
  );
}

/**
 * The figures reported about one event over time, drawn by hand in SVG: x is the date (the
 * count's as-of date or the article's), y the value. Each mark links to its article. The chart
 * keeps a left-to-right time axis in both interface languages, as printed charts do.
 */
export function FigureTimeline({
  id,
  title,
  points,
  projectId,
  m,
  locale,
}: {
  id: string;
  title: string;
  points: TTimelineInput[];
  projectId: string;
  m: ReviewMessages;
  locale: Locale;
}) {
  const layout = layoutTimeline(points);
  const colours = seriesColours(points);
  const { plot } = layout;
  const series = [...new Map(points.map((p) => [seriesKey(p), p])).values()];
  const labelId = `${id}-label`;
  const describe = (mk: TMark) =>
    `${seriesLabel(mk, m)}: ${formatFigure(mk.figure, locale)} — ${mk.articleTitle}, ${formatDate(mk.date, locale)}`;

  return (
    <figure className="flex flex-col gap-2" data-testid="event-timeline">
      <figcaption id={labelId} className="sr-only">
        {format(m.overview.chartLabel, { event: title })}
      </figcaption>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {series.map((p) => (
          <li key={seriesKey(p)} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block size-2.5 rounded-full"
              style={{ backgroundColor: colours.get(seriesKey(p)) }}
            />
            <span dir="auto">{seriesLabel(p, m)}</span>
          </li>
        ))}
      </ul>
      <div dir="ltr" className="w-full max-w-3xl self-start">
        <svg
          viewBox={`0 0 ${CHART.width} ${CHART.height}`}
          className="h-auto w-full"
          aria-labelledby={labelId}
          role="group"
          fontFamily="inherit"
        >
          {layout.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.x0} x2={plot.x1} y1={tick.y} y2={tick.y} stroke="#e2e8f0" />
              <text
                x={plot.x0 - 8}
                y={tick.y + 4}
                fontSize={11}
                textAnchor="end"
                fill="#64748b"
                className="tabular-nums"
              >
                {tick.value}
              </text>
            </g>
          ))}
          <line x1={plot.x0} x2={plot.x1} y1={plot.y0} y2={plot.y0} stroke="#94a3b8" />
          <line x1={plot.x0} x2={plot.x0} y1={plot.y0} y2={plot.y1} stroke="#94a3b8" />
          {layout.xTicks.map((tick) => (
            <g key={tick.date}>
              <line x1={tick.x} x2={tick.x} y1={plot.y0} y2={plot.y0 + 5} stroke="#94a3b8" />
              <text
                x={tick.x}
                y={plot.y0 + 20}
                fontSize={11}
                textAnchor="middle"
                fill="#475569"
                direction={locale === "ar" ? "rtl" : "ltr"}
              >
                {formatDate(tick.date, locale)}
              </text>
            </g>
          ))}
          {layout.marks.map((mk, i) => (
            <Mark
              key={`${mk.claimId}:${mk.role}:${i}`}
              mark={mk}
              colour={colours.get(mk.series) ?? "#1d4ed8"}
              href={`/projects/${projectId}/articles/${mk.articleId}`}
              description={describe(mk)}
            />
          ))}
        </svg>
      </div>
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer select-none">{m.overview.showTable}</summary>
        <table className="mt-2 w-full max-w-3xl border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-500">
              <th className="px-2 py-1 text-start font-semibold">{m.overview.date}</th>
              <th className="px-2 py-1 text-start font-semibold">{m.overview.series}</th>
              <th className="px-2 py-1 text-start font-semibold">{m.overview.figure}</th>
              <th className="px-2 py-1 text-start font-semibold">{m.overview.article}</th>
            </tr>
          </thead>
          <tbody>
            {layout.marks.map((mk, i) => (
              <tr key={`${mk.claimId}:${mk.role}:${i}`} className="border-b border-slate-100">
                <td className="whitespace-nowrap px-2 py-1">{formatDate(mk.date, locale)}</td>
                <td className="px-2 py-1" dir="auto">
                  {seriesLabel(mk, m)}
                </td>
                <td className="px-2 py-1">
                  {locale === "ar" ? (
                    <bdi>{formatFigure(mk.figure, "ar")}</bdi>
                  ) : (
                    <>
                      {formatFigure(mk.figure, "en")}{" "}
                      <span dir="rtl" lang="ar" className="text-arabic text-slate-500">
                        {formatFigure(mk.figure, "ar")}
                      </span>
                    </>
                  )}
                </td>
                <td className="px-2 py-1">
                  <a
                    href={`/projects/${projectId}/articles/${mk.articleId}`}
                    dir="auto"
                    className="text-arabic text-blue-800 hover:underline"
                  >
                    {mk.articleTitle}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
