"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { TEntity, TEntityRef } from "@/components/claims/types";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/components/ui/api-client";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { useSubmit } from "@/components/ui/use-submit";
import { hasArabic } from "@/components/ui/bidi";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/form";
import { format } from "@/lib/i18n/format";
import { conflictEntity, entitiesApi } from "./entities-api";
import { EntityFields, entityDraft, entityInput, type TEntityDraft } from "./entity-fields";
import { EntityName } from "./entity-name";

const SEARCH_DELAY_MS = 200;
const MAX_SHOWN = 8;

/**
 * Chooses an entity of the project: type part of a name (Arabic folding applies: hamza forms,
 * ال, diacritics) and pick a match, or register a new one inline with its Arabic name prefilled
 * from what was typed or from the speaker's words. Lives inside other forms, so it has no <form>.
 */
export function EntityPicker({
  projectId,
  label,
  value,
  onChange,
  suggestName = "",
  excludeIds = [],
  allowCreate = true,
  testId,
}: {
  projectId: string;
  /** The accessible name of the search box. */
  label: string;
  value: TEntityRef | null;
  onChange: (entity: TEntity | null) => void;
  /** The Arabic name to offer for a new entity when nothing Arabic was typed (e.g. the speaker span's words). */
  suggestName?: string;
  excludeIds?: readonly string[];
  /** Offer "New entity" (not when picking among existing ones, e.g. a duplicate to merge). */
  allowCreate?: boolean;
  testId?: string;
}) {
  const { m, t } = useClaimsI18n();
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<TEntity[]>([]);
  const [searchError, setSearchError] = useState<unknown>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState<TEntityDraft | null>(null);
  const { busy, error: createError, setError: setCreateError, run } = useSubmit();
  const [clash, setClash] = useState<TEntity | null>(null);

  const excluded = excludeIds.join(",");
  const { searching } = useDebouncedSearch({
    key: JSON.stringify([projectId, query, excluded]),
    enabled: open,
    delayMs: SEARCH_DELAY_MS,
    search: (_key, signal) => entitiesApi.search(projectId, { q: query }, signal),
    onFound: (found) => {
      const skip = new Set(excluded.split(","));
      setResults(found.filter((e) => !skip.has(e.id)).slice(0, MAX_SHOWN));
      setSearchError(null);
      setActive(0);
    },
    onError: setSearchError,
  });

  function choose(entity: TEntity) {
    onChange(entity);
    setOpen(false);
    setQuery("");
    setDraft(null);
    setClash(null);
  }

  function startCreating() {
    const typed = query.trim();
    const arabic = hasArabic(typed) ? typed : suggestName.trim();
    setDraft({ ...entityDraft(), nameAr: arabic, nameEn: hasArabic(typed) ? "" : typed });
    setCreateError(null);
    setClash(null);
    setOpen(false);
  }

  async function create() {
    if (!draft) return;
    setClash(null);
    await run(
      async () => choose(await entitiesApi.create(projectId, entityInput(draft))),
      (error) => {
        setClash(conflictEntity(error, "existing"));
        return undefined;
      },
    );
  }

  // The option after the matches is "New entity", when offered.
  const options = allowCreate ? results.length : Math.max(0, results.length - 1);
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      // The last option is "New entity".
      setActive((i) => (event.key === "ArrowDown" ? Math.min(options, i + 1) : Math.max(0, i - 1)));
    } else if (event.key === "Enter") {
      // Never submits the surrounding form.
      event.preventDefault();
      if (!open) return setOpen(true);
      const picked = results[active];
      if (picked) choose(picked);
      else if (allowCreate) startCreating();
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  if (value) {
    return (
      <div
        className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-2.5 py-1.5"
        data-testid={testId}
        data-entity-id={value.id}
      >
        <span className="min-w-0 text-sm">
          <EntityName entity={value} className="font-medium text-slate-900" />
          <span className="ms-2 text-xs text-slate-500">{m.entity.kind[value.kind]}</span>
        </span>
        <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
          {m.entity.change}
        </Button>
      </div>
    );
  }

  const listId = `${id}-list`;
  return (
    <div className="flex flex-col gap-2" data-testid={testId}>
      <div className="relative">
        <Input
          id={`${id}-search`}
          role="combobox"
          aria-label={label}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
          dir="auto"
          placeholder={m.entity.searchPlaceholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="max-h-64 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-sm"
        >
          {results.map((entity, i) => (
            <li
              key={entity.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={cn(
                "flex cursor-pointer items-baseline justify-between gap-2 px-2.5 py-1.5 text-sm",
                i === active ? "bg-blue-50" : "hover:bg-slate-50",
              )}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(entity)}
            >
              <EntityName entity={entity} className="min-w-0 text-slate-900" />
              <span className="shrink-0 text-xs text-slate-500">{m.entity.kind[entity.kind]}</span>
            </li>
          ))}
          {!searching && results.length === 0 ? (
            <li className="px-2.5 py-1.5 text-xs text-slate-500">
              {searchError ? describeError(searchError, t.common) : m.entity.noMatches}
            </li>
          ) : null}
          {allowCreate ? (
            <li
              id={`${id}-opt-${results.length}`}
              role="option"
              aria-selected={active === results.length}
              className={cn(
                "cursor-pointer border-t border-slate-100 px-2.5 py-1.5 text-sm font-medium text-blue-800",
                active === results.length ? "bg-blue-50" : "hover:bg-slate-50",
              )}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(results.length)}
              onClick={startCreating}
              data-testid="entity-create-option"
            >
              <span dir="auto">
                {query.trim() ? format(m.entity.create, { name: `\u2068${query.trim()}\u2069` }) : m.entity.createEmpty}
              </span>
            </li>
          ) : null}
        </ul>
      ) : null}
      {draft ? (
        <div
          className="flex flex-col gap-3 rounded-md border border-blue-200 bg-blue-50/40 p-3"
          role="group"
          aria-label={m.entity.createTitle}
          data-testid="entity-create"
          onKeyDown={(event) => {
            if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
              event.preventDefault();
              void create();
            }
          }}
        >
          <p className="text-xs font-semibold text-slate-700">{m.entity.createTitle}</p>
          <EntityFields idPrefix={`${id}-new`} value={draft} onChange={setDraft} stacked />
          {createError ? (
            <Alert tone="error">
              <span dir="auto">{createError}</span>
              {clash ? (
                <Button size="sm" className="ms-2" onClick={() => choose(clash)}>
                  {format(m.entity.useExisting, { name: clash.nameEn || clash.nameAr })}
                </Button>
              ) : null}
            </Alert>
          ) : null}
          <div className="flex gap-2">
            <Button
              variant="primary"
              size="sm"
              disabled={busy || draft.nameAr.trim() === ""}
              onClick={() => void create()}
            >
              {busy ? m.entity.saving : m.entity.save}
            </Button>
            <Button size="sm" onClick={() => setDraft(null)} disabled={busy}>
              {m.entity.cancel}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
