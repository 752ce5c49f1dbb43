/**
 * Helpers for the rule tests beside the engine: run it on a sentence of our own and read the
 * figures it proposes by kind.
 */
import type { FigureValue } from "../arabic/numbers";
import { suggestArticle } from "./suggest-article";
import type { TCasualtyProposal, TCountProposal, TEntityForMatching, TProposal } from "./types";

/** A figure value; exact unless a qualifier is given. */
export const n = (value: number, qualifier: FigureValue["qualifier"] = "exactly"): FigureValue => ({
  value,
  qualifier,
});

export function runEngine(text: string, publishedAt: string, entities: TEntityForMatching[] = []): TProposal[] {
  return suggestArticle({ text, publishedAt, entities });
}

function figuresOf<T>(proposals: readonly TProposal[], kind: "CASUALTY" | "COUNT"): T[] {
  return proposals.filter((p) => p.kind === kind).map((p) => p.claim?.figures as T);
}

export const casualtiesIn = (proposals: readonly TProposal[]) => figuresOf<TCasualtyProposal>(proposals, "CASUALTY");
export const countsIn = (proposals: readonly TProposal[]) => figuresOf<TCountProposal>(proposals, "COUNT");
