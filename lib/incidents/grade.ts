/**
 * Incident grades, as conflict monitors such as Airwars grade civilian-harm reports (their names
 * and definitions in both languages are in grade-definitions.ts), and the rules that propose a
 * grade from an incident's ledger. Only a reviewer sets the grade that stands
 * (lib/incidents/set-incident-grade.ts); the proposal is advice. Pure code.
 */
export const INCIDENT_GRADES = ["CONFIRMED", "FAIR", "WEAK", "CONTESTED", "DISCOUNTED"] as const;
export type TIncidentGrade = (typeof INCIDENT_GRADES)[number];

/** Why a grade was proposed, as a code with parameters so it reads in either language. */
export type TGradeReason =
  | { code: "no_sources" }
  | { code: "incompatible_figures"; role: "killed" | "injured"; category: string; sources: [string, string] }
  | { code: "competing_perpetrators"; sources: [string, string] }
  | { code: "contradicting_links"; count: number }
  | { code: "official_source"; source: string }
  | { code: "independent_sources"; count: number }
  /** `count` credible sources (0 or 1) among all. */
  | { code: "single_source"; count: number };

export type TGradeProposal = { grade: Exclude<TIncidentGrade, "DISCOUNTED"> | null; reasons: TGradeReason[] };

/** One source as the grade rules see it: its latest figures per victim category and whom it blames. */
export type TGradeSource = {
  key: string;
  label: string;
  credible: boolean;
  official: boolean;
  /** Latest killed/injured bounds per victim category, with the publication day they come from. */
  latest: {
    category: string;
    role: "killed" | "injured";
    min: number;
    max: number | null;
    publishedAt: string | null;
  }[];
  perpetrators: string[];
};

/** Two figures from different sources conflict unless they overlap, or the later one is a toll that grew. */
function conflicting(a: TGradeSource["latest"][number], b: TGradeSource["latest"][number]): boolean {
  const overlap = a.min <= (b.max ?? Infinity) && b.min <= (a.max ?? Infinity);
  if (overlap) return false;
  if (!a.publishedAt || !b.publishedAt || a.publishedAt === b.publishedAt) return true;
  const [earlier, later] = a.publishedAt < b.publishedAt ? [a, b] : [b, a];
  // A later report with a higher toll updates the earlier one (tolls grow as the wounded die).
  return later.min < earlier.min;
}

/** Whether two lists of folded actor names share a name (one name inside the other counts). */
function sharesActor(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x.includes(y) || y.includes(x)));
}

/**
 * Proposes a grade. Order of the rules: contested (incompatible figures, competing perpetrators,
 * or claims linked as contradicting) before confirmed, since an official figure that another
 * source contradicts is still in dispute; then confirmed (an official or belligerent source
 * reports harm), fair (two or more credible independent sources), weak (anything less).
 */
export function proposeGrade(sources: TGradeSource[], contradictingLinks: number): TGradeProposal {
  if (sources.length === 0) return { grade: null, reasons: [{ code: "no_sources" }] };
  const contested: TGradeReason[] = [];
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const [a, b] = [sources[i]!, sources[j]!];
      for (const x of a.latest) {
        const y = b.latest.find((f) => f.category === x.category && f.role === x.role);
        if (
          y &&
          conflicting(x, y) &&
          !contested.some((r) => r.code === "incompatible_figures" && r.role === x.role && r.category === x.category)
        ) {
          contested.push({
            code: "incompatible_figures",
            role: x.role,
            category: x.category,
            sources: [a.label, b.label],
          });
        }
      }
      if (
        a.perpetrators.length > 0 &&
        b.perpetrators.length > 0 &&
        !sharesActor(a.perpetrators, b.perpetrators) &&
        !contested.some((r) => r.code === "competing_perpetrators")
      ) {
        contested.push({ code: "competing_perpetrators", sources: [a.label, b.label] });
      }
    }
  }
  if (contradictingLinks > 0) contested.push({ code: "contradicting_links", count: contradictingLinks });
  if (contested.length > 0) return { grade: "CONTESTED", reasons: contested };

  const official = sources.find((s) => s.official && s.latest.some((f) => f.min > 0));
  if (official) return { grade: "CONFIRMED", reasons: [{ code: "official_source", source: official.label }] };
  const credible = sources.filter((s) => s.credible).length;
  if (credible >= 2) return { grade: "FAIR", reasons: [{ code: "independent_sources", count: credible }] };
  return { grade: "WEAK", reasons: [{ code: "single_source", count: credible }] };
}
