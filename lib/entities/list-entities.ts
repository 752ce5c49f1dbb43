import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { matchKey } from "../arabic/normalize";
import { claimsListedFor, spansListedFor } from "../curation/layer";
import type { EntityKind } from "../generated/prisma/enums";
import { requireMembership } from "../projects/require-membership";
import { entitySelect } from "./entity-input";

/**
 * The project's entity registry, optionally narrowed by kind and by a query matched on folded
 * names: «الأميركية», «الامريكيه» and «أمريكية» find the same entity. Exact key matches come first.
 */
export async function listEntities(options: {
  actor: ActingUser;
  projectId: string;
  q?: string;
  kind?: EntityKind;
  limit?: number;
}) {
  const access = await requireMembership(options.actor, options.projectId);
  // Under independent annotation an analyst's counts hold only the claims and spans lib/curation/layer.ts lets them read.
  const viewer = { id: options.actor.id, role: access.role };
  const visible = claimsListedFor(options.projectId, viewer);
  const key = options.q ? matchKey(options.q) : "";
  const english = options.q?.trim().toLowerCase() ?? "";
  const rows = await db.entity.findMany({
    where: {
      projectId: options.projectId,
      deletedAt: null,
      mergedIntoId: null,
      ...(options.kind ? { kind: options.kind } : {}),
    },
    orderBy: { nameAr: "asc" },
    select: {
      ...entitySelect,
      matchKeys: true,
      _count: {
        select: {
          claimsSpoken: { where: { deletedAt: null, AND: visible } },
          claimsAbout: visible.length ? { where: { claim: { AND: visible } } } : true,
          spans: { where: { deletedAt: null, AND: spansListedFor(options.projectId, viewer) } },
        },
      },
    },
  });
  const scored = rows
    .map(({ matchKeys, _count, ...e }) => {
      const exact = key !== "" && (matchKeys.includes(key) || matchKeys.includes(english));
      const partial = !options.q || matchKeys.some((k) => (key && k.includes(key)) || (english && k.includes(english)));
      return {
        entity: { ...e, claimCount: _count.claimsSpoken + _count.claimsAbout, spanCount: _count.spans },
        exact,
        partial,
      };
    })
    .filter((r) => r.exact || r.partial);
  scored.sort((a, b) => Number(b.exact) - Number(a.exact));
  return scored.slice(0, options.limit ?? 200).map((r) => r.entity);
}
