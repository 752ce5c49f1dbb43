type TState = "placed" | "moved" | "orphaned";

export type TStateCounts = Record<TState, number>;

/** How many spans, and how many claims, a revision placed, moved and orphaned. */
export type TRevisionCounts = TStateCounts & { claims: TStateCounts };

const tally = (states: readonly TState[]): TStateCounts => ({
  placed: states.filter((s) => s === "placed").length,
  moved: states.filter((s) => s === "moved").length,
  orphaned: states.filter((s) => s === "orphaned").length,
});

/** The counts of a revision: spans by their outcome, claims by their claim span's. */
export function countStates(spans: readonly { state: TState }[], claims: readonly TState[]): TRevisionCounts {
  return { ...tally(spans.map((s) => s.state)), claims: tally(claims) };
}
