/**
 * The look of a highlighted segment. One fixed rule (annotator.css) paints a segment from
 * custom properties: the tints of up to three lanes laid over each other (background plus two
 * inset fills, so they blend) and one underline band per lane below the text (box-shadows,
 * which change neither layout nor the element's box). Small classes set those properties, one
 * per lane × label colour × state, generated on first use, so the stylesheet stays a few
 * dozen lines however many spans there are, and segments carry classes, not inline styles.
 */
export type TInkMode = "normal" | "active" | "pending" | "failed" | "dimmed";
export type TInk = { lane: number; color: string; mode: TInkMode };

/** Lanes 0..MAX_LANE get their own band; deeper spans share the last one. */
export const MAX_LANE = 2;
const FAILED = "#b91c1c";
const TINT: Record<TInkMode, number> = { normal: 0.17, active: 0.34, pending: 0.1, failed: 0.12, dimmed: 0 };
const LINE: Record<TInkMode, number> = { normal: 1, active: 1, pending: 0.45, failed: 1, dimmed: 0.3 };

function rgba(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const [r, g, b] = match ? [match[1], match[2], match[3]].map((h) => parseInt(h ?? "0", 16)) : [100, 116, 139];
  return `rgba(${r},${g},${b},${alpha})`;
}

/** Rules for "the deepest lane here is n": bands above it are drawn in the page colour (gaps). */
function depthRules(): string[] {
  const rules: string[] = [];
  for (let deepest = 0; deepest <= MAX_LANE; deepest++) {
    const vars: string[] = [];
    for (let lane = 0; lane <= deepest; lane++) vars.push(`--wb-g${lane}:#fff`, `--wb-u${lane}:#fff`);
    rules.push(`.wb-reader .wb-deep${deepest}{${vars.join(";")}}`);
  }
  return rules;
}

export class SpanStyleRegistry {
  private readonly classes = new Map<string, string>();
  private readonly colors = new Map<string, number>();
  // Depth rules come first: a lane's own colour (a later rule of equal weight) wins over them.
  private readonly rules: string[] = depthRules();

  /** The class of each ink already seen (an ink is one span's look, met in each of its segments). */
  private readonly inkClasses = new WeakMap<TInk, string>();

  private inkClass(ink: TInk): string {
    const known = this.inkClasses.get(ink);
    if (known !== undefined) return known;
    const lane = Math.min(ink.lane, MAX_LANE);
    const key = `${lane}${ink.mode}${ink.color}`;
    let name = this.classes.get(key);
    if (!name) {
      let color = this.colors.get(ink.color);
      if (color === undefined) {
        color = this.colors.size;
        this.colors.set(ink.color, color);
      }
      name = `wb-k${lane}-${color}${ink.mode[0]}`;
      this.classes.set(key, name);
      const line = ink.mode === "failed" ? FAILED : ink.color;
      this.rules.push(
        `.wb-reader .${name}{--wb-t${lane}:${rgba(ink.color, TINT[ink.mode])};--wb-u${lane}:${rgba(line, LINE[ink.mode])}}`,
      );
    }
    this.inkClasses.set(ink, name);
    return name;
  }

  /** The classes of a segment covered by these inks (in lane order; the innermost of a shared lane shows). */
  classesFor(inks: readonly TInk[]): string {
    const byLane: (TInk | undefined)[] = [];
    const lanes: number[] = [];
    for (const ink of inks) {
      const lane = Math.min(ink.lane, MAX_LANE);
      if (!byLane[lane]) lanes.push(lane);
      byLane[lane] = ink;
    }
    let classes = `wb-deep${Math.max(0, ...lanes)}`;
    for (const lane of lanes) classes += ` ${this.inkClass(byLane[lane]!)}`;
    return classes;
  }

  get css(): string {
    return this.rules.join("\n");
  }
}
