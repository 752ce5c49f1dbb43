"use client";

import { ArabicSentence, UserText } from "@/components/review/claim-parts";
import { eventTitle } from "@/components/review/to-view";
import type { TClaimView } from "@/components/review/types";
import { useReviewI18n } from "@/components/review/use-review-i18n";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/form";
import { Spinner } from "@/components/ui/loading";
import { formatFigure } from "@/lib/claims/figures";
import { formatDate } from "@/lib/i18n/format";
import type { TEntityOption, TEventOption, TSearchFilters } from "./use-claim-search";

function figureSummary(claim: TClaimView): string {
  const f = claim.figures;
  return (["killed", "injured", "value"] as const)
    .map((role) => f[role] && formatFigure(f[role], "en"))
    .filter(Boolean)
    .join(" · ");
}

/** Text, event and entity to search by. */
export function SearchFilters({
  id,
  filters,
  onChange,
  events,
  entities,
}: {
  id: string;
  filters: TSearchFilters;
  onChange: (patch: Partial<TSearchFilters>) => void;
  events: TEventOption[];
  entities: TEntityOption[];
}) {
  const { m, locale } = useReviewI18n();
  return (
    <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-q`} className="text-xs font-semibold text-slate-700">
          {m.linkDialog.search}
        </label>
        <Input
          id={`${id}-q`}
          type="search"
          dir="auto"
          autoFocus
          placeholder={m.linkDialog.searchPlaceholder}
          value={filters.query}
          onChange={(e) => onChange({ query: e.target.value })}
        />
        <p className="text-xs text-slate-500">{m.linkDialog.searchHelp}</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-event`} className="text-xs font-semibold text-slate-700">
          {m.linkDialog.event}
        </label>
        <Select id={`${id}-event`} value={filters.eventId} onChange={(e) => onChange({ eventId: e.target.value })}>
          <option value="">{m.linkDialog.anyEvent}</option>
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {eventTitle(e, locale)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-entity`} className="text-xs font-semibold text-slate-700">
          {m.linkDialog.entity}
        </label>
        <Select id={`${id}-entity`} value={filters.entityId} onChange={(e) => onChange({ entityId: e.target.value })}>
          <option value="">{m.linkDialog.anyEntity}</option>
          {entities.map((e) => (
            <option key={e.id} value={e.id}>
              {[e.nameAr, e.nameEn].filter(Boolean).join(" / ")}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}

/** The claims found, one of which is chosen as the link's other end. */
export function SearchResults({
  id,
  results,
  searching,
  targetId,
  onChoose,
}: {
  id: string;
  results: TClaimView[] | null;
  searching: boolean;
  targetId: string | null;
  onChoose: (claimId: string) => void;
}) {
  const { m, locale } = useReviewI18n();
  return (
    <fieldset className="flex flex-col gap-2" aria-busy={searching}>
      <legend className="mb-1 flex items-center gap-2 text-xs font-semibold text-slate-700">
        {m.linkDialog.results}
        {searching ? (
          <span className="inline-flex items-center gap-1 font-normal text-slate-500">
            <Spinner className="size-3" />
            {m.linkDialog.searching}
          </span>
        ) : null}
      </legend>
      {results && results.length === 0 ? <p className="text-sm text-slate-500">{m.linkDialog.noResults}</p> : null}
      <ul className="flex flex-col gap-2" data-testid="link-search-results">
        {(results ?? []).map((c) => (
          <li key={c.id}>
            <label
              className={cn(
                "flex cursor-pointer items-start gap-3 rounded-md border p-2.5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600",
                targetId === c.id ? "border-blue-600 bg-blue-50" : "border-slate-200 hover:bg-slate-50",
              )}
            >
              <input
                type="radio"
                name={`${id}-target`}
                className="mt-1.5 accent-blue-700"
                checked={targetId === c.id}
                onChange={() => onChoose(c.id)}
              />
              <span className="flex min-w-0 flex-col gap-1">
                <span className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600">
                  <UserText text={c.article.title} className="font-semibold text-slate-900" />
                  <span>{formatDate(c.article.publishedAt, locale)}</span>
                  {c.speaker ? <UserText text={c.speaker.nameAr || c.speaker.nameEn || c.speaker.quote} /> : null}
                  {figureSummary(c) ? (
                    <span className="font-medium tabular-nums text-slate-800">{figureSummary(c)}</span>
                  ) : null}
                </span>
                <ArabicSentence claim={c} className="line-clamp-3 text-base leading-relaxed" />
              </span>
            </label>
          </li>
        ))}
      </ul>
      {results && results.length > 0 && !targetId ? (
        <p className="text-xs text-slate-500">{m.linkDialog.chooseResult}</p>
      ) : null}
    </fieldset>
  );
}
