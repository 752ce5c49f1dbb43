import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import type { SuggestionKind, SuggestionState } from "../generated/prisma/enums";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { presentSuggestionRun, suggestionRunSelect } from "./suggestion-runs";
import { suggestionSelect, toSuggestionDto } from "./suggestion-dto";

/**
 * An article's suggestions in text order (open ones unless asked), the number still open per kind,
 * and the newest run that read the article, so a reader can say "still reading…".
 */
export async function listArticleSuggestions(options: {
  actor: ActingUser;
  articleId: string;
  state?: SuggestionState | "ALL";
  kind?: SuggestionKind;
}) {
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  const state = options.state ?? "OPEN";
  const [rows, open, run] = await Promise.all([
    db.suggestion.findMany({
      where: {
        articleId: article.id,
        ...(state === "ALL" ? {} : { state }),
        ...(options.kind ? { kind: options.kind } : {}),
      },
      orderBy: [{ start: "asc" }, { end: "desc" }, { kind: "asc" }],
      select: suggestionSelect,
    }),
    db.suggestion.groupBy({ by: ["kind"], where: { articleId: article.id, state: "OPEN" }, _count: { _all: true } }),
    db.suggestionRun.findFirst({
      where: {
        projectId: article.projectId,
        OR: [{ articleIds: { has: article.id } }, { articleIds: { isEmpty: true } }],
      },
      orderBy: { createdAt: "desc" },
      select: suggestionRunSelect,
    }),
  ]);
  const openByKind = Object.fromEntries(open.map((g) => [g.kind, g._count._all])) as Partial<
    Record<SuggestionKind, number>
  >;
  return { suggestions: rows.map(toSuggestionDto), openByKind, run: run ? await presentSuggestionRun(run) : null };
}
