import { figureBounds, type TFigureValue } from "@/lib/claims/figures";

/**
 * Pure geometry of the figure timeline: where each reported figure goes on a date × value chart
 * and how it is drawn. A figure is a dot when exact, a dot with a whisker when approximate, a bar
 * when a range, and an open-ended arrow when the source only gave a floor ("at least", "more
 * than") or a ceiling ("fewer than", "at most").
 */
export type TFigureRoleKey = "killed" | "injured" | "value";

export type TTimelineInput = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  /** YYYY-MM-DD: the count's as-of date, else the article's publication date. */
  date: string;
  role: TFigureRoleKey;
  thing: string | null;
  figure: TFigureValue;
};

export type TMarkShape = "dot" | "about" | "range" | "up" | "down";

export type TMark = TTimelineInput & {
  series: string;
  shape: TMarkShape;
  /** Hollow when the bound itself is excluded ("more than 150" is 151 or more). */
  hollow: boolean;
  x: number;
  /** Where the dot sits: the figure, or the bound an arrow starts from, or a range's lower end. */
  y: number;
  /** The line drawn through the mark, bottom to top in value: a whisker, a bar, or an arrow to the plot's edge. */
  line: { from: number; to: number } | null;
  label: string;
  /** The label goes left of the mark when a neighbour to the right would cover it. */
  labelSide: "left" | "right";
};

export type TChartSize = { width: number; height: number; top: number; right: number; bottom: number; left: number };

export const CHART: TChartSize = { width: 720, height: 260, top: 18, right: 64, bottom: 38, left: 48 };

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS,
  );
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value` (at least 1). */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Up to five evenly spaced whole-number ticks from 0 to `max`. */
export function valueTicks(max: number): number[] {
  const step = niceCeiling(max / 4);
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return ticks.filter((v) => Number.isInteger(v) || max < 4);
}

/** Short form of a figure for the label beside its mark: "92", "~7", "≥84", ">150", "20–99". */
export function shortFigure(f: TFigureValue): string {
  switch (f.qualifier) {
    case "exactly":
      return `${f.value}`;
    case "about":
      return `~${f.value}`;
    case "at_least":
      return `≥${f.value}`;
    case "more_than":
      return `>${f.value}`;
    case "fewer_than":
      return `<${f.value}`;
    case "at_most":
      return `≤${f.value}`;
    case "range":
      return f.max === undefined ? `≥${f.min ?? 0}` : f.min === undefined ? `≤${f.max}` : `${f.min}–${f.max}`;
  }
}

function shapeOf(f: TFigureValue): { shape: TMarkShape; hollow: boolean } {
  switch (f.qualifier) {
    case "exactly":
      return { shape: "dot", hollow: false };
    case "about":
      return { shape: "about", hollow: false };
    case "at_least":
      return { shape: "up", hollow: false };
    case "more_than":
      return { shape: "up", hollow: true };
    case "fewer_than":
      return { shape: "down", hollow: true };
    case "at_most":
      return { shape: "down", hollow: false };
    case "range":
      return f.max === undefined
        ? { shape: "up", hollow: false }
        : f.min === undefined
          ? { shape: "down", hollow: false }
          : { shape: "range", hollow: false };
  }
}

export function seriesKey(p: Pick<TTimelineInput, "role" | "thing">): string {
  return p.role === "value" ? `value:${p.thing ?? ""}` : p.role;
}

/** The highest number the chart must show: every bound, with headroom above open-ended floors. */
function valueMax(points: TTimelineInput[]): number {
  let max = 0;
  for (const p of points) {
    const b = figureBounds(p.figure);
    const anchor = p.figure.value ?? p.figure.max ?? p.figure.min ?? 0;
    max = Math.max(max, anchor, b.max ?? anchor * 1.25, b.min);
  }
  return niceCeiling(max * 1.1);
}

export type TTimelineLayout = {
  marks: TMark[];
  yMax: number;
  yTicks: { value: number; y: number }[];
  xTicks: { date: string; x: number }[];
  plot: { x0: number; x1: number; y0: number; y1: number };
};

/**
 * Places every figure. Dates run left to right from the earliest to the latest (padded so no
 * mark sits on an axis); marks of one series on the same day are spread a few pixels apart.
 */
export function layoutTimeline(points: TTimelineInput[], size: TChartSize = CHART): TTimelineLayout {
  const plot = { x0: size.left, x1: size.width - size.right, y0: size.height - size.bottom, y1: size.top };
  const days = points.map((p) => dayNumber(p.date));
  const first = days.length ? Math.min(...days) : 0;
  const last = days.length ? Math.max(...days) : 0;
  const pad = Math.max(1, Math.round((last - first) * 0.08));
  const d0 = first - pad;
  const d1 = last + pad;
  const x = (day: number) => plot.x0 + ((day - d0) / (d1 - d0)) * (plot.x1 - plot.x0);
  const yMax = valueMax(points);
  const y = (v: number) => plot.y0 - (Math.min(v, yMax) / yMax) * (plot.y0 - plot.y1);

  const sameDay = new Map<number, number>();
  const marks = points.map((p): TMark => {
    const day = dayNumber(p.date);
    const nth = sameDay.get(day) ?? 0;
    sameDay.set(day, nth + 1);
    // Marks on the same day spread out: 0, +9, -9, +18, -18 … pixels.
    const offset = nth === 0 ? 0 : (nth % 2 === 1 ? 1 : -1) * Math.ceil(nth / 2) * 9;
    const { shape, hollow } = shapeOf(p.figure);
    const f = p.figure;
    const b = figureBounds(f);
    let at: number;
    let line: TMark["line"];
    switch (shape) {
      case "dot":
        at = y(f.value ?? 0);
        line = null;
        break;
      case "about":
        at = y(f.value ?? 0);
        line = { from: y(b.min), to: y(b.max ?? b.min) };
        break;
      case "range":
        at = y(f.min ?? 0);
        line = { from: at, to: y(f.max ?? 0) };
        break;
      case "up":
        at = y(f.qualifier === "range" ? (f.min ?? 0) : (f.value ?? 0));
        line = { from: at, to: plot.y1 };
        break;
      case "down":
        at = y(f.qualifier === "range" ? (f.max ?? 0) : (f.value ?? 0));
        line = { from: plot.y0, to: at };
        break;
    }
    return {
      ...p,
      series: seriesKey(p),
      shape,
      hollow,
      x: x(day) + offset,
      y: at,
      line,
      label: shortFigure(f),
      labelSide: "right",
    };
  });
  for (const mark of marks) {
    const crowded = marks.some(
      (other) => other !== mark && other.x > mark.x && other.x - mark.x <= 48 && Math.abs(other.y - mark.y) < 16,
    );
    if (crowded) mark.labelSide = "left";
  }

  const tickCount = Math.min(5, Math.max(2, last - first + 1));
  const xTicks: { date: string; x: number }[] = [];
  if (days.length) {
    if (first === last) xTicks.push({ date: dayToIso(first), x: x(first) });
    else
      for (let i = 0; i < tickCount; i++) {
        const day = Math.round(first + ((last - first) * i) / (tickCount - 1));
        if (!xTicks.some((t) => t.date === dayToIso(day))) xTicks.push({ date: dayToIso(day), x: x(day) });
      }
  }
  const yTicks = valueTicks(yMax).map((value) => ({ value, y: y(value) }));
  return { marks, yMax, yTicks, xTicks, plot };
}
