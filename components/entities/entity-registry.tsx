"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { ENTITY_KINDS, type TEntityKind, type TListedEntity } from "@/components/claims/types";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Field, Input, Select } from "@/components/ui/form";
import { Spinner } from "@/components/ui/loading";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { EmptyState } from "@/components/ui/panel";
import { format, formatNumber } from "@/lib/i18n/format";
import { entitiesApi } from "./entities-api";
import { EntityDialog } from "./entity-dialog";
import { MergeDialog } from "./merge-dialog";

const SEARCH_DELAY_MS = 250;

type TDialog =
  | { kind: "create" }
  | { kind: "edit"; entity: TListedEntity }
  | { kind: "merge"; entity: TListedEntity }
  | null;

/**
 * The project's entity registry: search by any name or alias (Arabic folding applies), filter by
 * kind, edit names and aliases, and (reviewers and managers) merge a duplicate into an entry.
 */
export function EntityRegistry({
  projectId,
  initialEntities,
  canMerge,
}: {
  projectId: string;
  initialEntities: TListedEntity[];
  canMerge: boolean;
}) {
  const { m, t, locale } = useClaimsI18n();
  const id = useId();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<TEntityKind | "">("");
  const [entities, setEntities] = useState(initialEntities);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<TDialog>(null);
  const [reloadKey, setReloadKey] = useState(0);

  // The server rendered the unfiltered list; search only once the analyst narrows it.
  const { searching: loading } = useDebouncedSearch({
    key: JSON.stringify([projectId, q, kind, reloadKey]),
    delayMs: SEARCH_DELAY_MS,
    skipFirst: true,
    search: (_key, signal) => entitiesApi.search(projectId, { q, kind }, signal),
    onFound: (found) => {
      setEntities(found);
      setError(null);
    },
    onError: setError,
  });

  const reload = () => setReloadKey((k) => k + 1);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <Field label={m.registry.search} htmlFor={`${id}-q`} className="min-w-[16rem] flex-1">
          <Input
            id={`${id}-q`}
            type="search"
            dir="auto"
            placeholder={m.registry.searchPlaceholder}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid="entity-search"
          />
        </Field>
        <Field label={m.registry.kindFilter} htmlFor={`${id}-kind`} className="w-48">
          <Select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(ENTITY_KINDS.find((k) => k === e.target.value) ?? "")}
          >
            <option value="">{m.registry.allKinds}</option>
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {m.entity.kind[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Button variant="primary" onClick={() => setDialog({ kind: "create" })} data-testid="entity-new">
          {m.registry.newEntity}
        </Button>
      </div>

      {error ? <Alert tone="error">{describeError(error, t.common)}</Alert> : null}
      {notice ? (
        <Alert tone="success">
          <span dir="auto">{notice}</span>
        </Alert>
      ) : null}
      <p className="flex items-center gap-2 text-xs text-slate-500" role="status">
        {loading ? <Spinner /> : null}
        {format(m.registry.count, { count: formatNumber(entities.length, locale) })}
      </p>

      <DataTable<TListedEntity>
        caption={m.registry.caption}
        testId="entities-table"
        rows={entities}
        rowKey={(e) => e.id}
        empty={<EmptyState>{q.trim() ? format(m.registry.noMatches, { q: q.trim() }) : m.registry.empty}</EmptyState>}
        columns={[
          {
            id: "nameAr",
            header: m.registry.nameAr,
            cell: (e) => (
              <Link
                href={`/projects/${projectId}/entities/${e.id}`}
                lang="ar"
                dir="rtl"
                className="text-arabic text-base font-medium text-blue-800 hover:underline"
              >
                {e.nameAr}
              </Link>
            ),
          },
          {
            id: "nameEn",
            header: m.registry.nameEn,
            cell: (e) =>
              e.nameEn ? (
                <span lang="en" dir="ltr">
                  {e.nameEn}
                </span>
              ) : (
                <span className="text-slate-400">{t.common.empty}</span>
              ),
          },
          {
            id: "kind",
            header: m.registry.kind,
            className: "whitespace-nowrap text-slate-700",
            cell: (e) => m.entity.kind[e.kind],
          },
          {
            id: "aliases",
            header: m.registry.aliases,
            className: "max-w-[18rem] text-slate-600",
            cell: (e) =>
              e.aliases.length ? (
                <span dir="auto">{e.aliases.join("، ")}</span>
              ) : (
                <span className="text-slate-400">{t.common.empty}</span>
              ),
          },
          {
            id: "claims",
            header: m.registry.claims,
            numeric: true,
            cell: (e) => formatNumber(e.claimCount, locale),
          },
          { id: "spans", header: m.registry.spans, numeric: true, cell: (e) => formatNumber(e.spanCount, locale) },
          {
            id: "actions",
            header: <span className="sr-only">{m.registry.actions}</span>,
            className: "w-px whitespace-nowrap text-end",
            cell: (e) => (
              <span className="inline-flex gap-1">
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setDialog({ kind: "edit", entity: e })}
                  data-testid="entity-edit"
                >
                  {m.registry.edit}
                </Button>
                {canMerge ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => setDialog({ kind: "merge", entity: e })}
                    data-testid="entity-merge"
                  >
                    {m.registry.merge}
                  </Button>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      {!canMerge ? <p className="text-xs text-slate-500">{m.registry.mergeReviewersOnly}</p> : null}

      <EntityDialog
        open={dialog?.kind === "create" || dialog?.kind === "edit"}
        projectId={projectId}
        entity={dialog?.kind === "edit" ? dialog.entity : undefined}
        onClose={() => setDialog(null)}
        onSaved={(saved) => {
          setNotice(m.registry.saved);
          setEntities((list) =>
            list.some((e) => e.id === saved.id)
              ? list.map((e) => (e.id === saved.id ? { ...e, ...saved } : e))
              : [{ ...saved, claimCount: 0, spanCount: 0 }, ...list],
          );
        }}
      />
      {dialog?.kind === "merge" ? (
        <MergeDialog
          open
          projectId={projectId}
          target={dialog.entity}
          onClose={() => setDialog(null)}
          onMerged={(result) => {
            setNotice(
              format(m.registry.merged, {
                spans: result.moved.spans,
                spoken: result.moved.claimsSpoken,
                about: result.moved.claimsAbout,
                name: result.target.nameEn || result.target.nameAr,
              }),
            );
            reload();
          }}
        />
      ) : null}
    </div>
  );
}
