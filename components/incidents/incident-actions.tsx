"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Checkbox, Field, Input, Select } from "@/components/ui/form";
import { useSubmits } from "@/components/ui/use-submit";
import { format } from "@/lib/i18n/format";
import { formatPlural } from "@/lib/i18n/icu";
import { useIncidentI18n } from "./use-incident-i18n";

type TAction = "unmerge" | "confirm" | "rename" | "split";

export type TIncidentOption = { id: string; label: string; version: number };

/**
 * What an analyst does with an incident on its page: confirm or reject a proposed one, merge
 * another incident into it, split chosen claims out to a new one, or unmerge one that was merged.
 * Every call sends the version the page was rendered with, so a stale page gets the 409 message.
 */
export function IncidentActions({
  projectId,
  eventId,
  status,
  version,
  mergedIntoId,
  others,
  claims,
  titles,
}: {
  projectId: string;
  eventId: string;
  titles: { titleEn: string; titleAr: string };
  status: "PROPOSED" | "CONFIRMED" | "REJECTED";
  version: number;
  mergedIntoId: string | null;
  others: TIncidentOption[];
  claims: { id: string; label: string }[];
}) {
  const { m, locale } = useIncidentI18n();
  const a = m.actions;
  const router = useRouter();
  const id = useId();
  const { busy, error, run } = useSubmits<TAction>();
  const [sourceId, setSourceId] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [splitTitle, setSplitTitle] = useState("");
  const [titleEn, setTitleEn] = useState(titles.titleEn);
  const [titleAr, setTitleAr] = useState(titles.titleAr);

  async function act(
    name: TAction,
    path: string,
    json: unknown,
    then?: (result: { id: string }) => void,
    method: "POST" | "PATCH" = "POST",
  ) {
    await run(name, async () => {
      const result = await apiFetch<{ id: string }>(`/api/v1/events/${path}`, { method, json });
      if (then) then(result);
      else router.refresh();
    });
  }

  if (mergedIntoId) {
    return (
      <div className="flex flex-col gap-3" data-testid="incident-actions">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Alert tone="info">{a.mergedNotice}</Alert>
        <div className="flex flex-wrap items-center gap-3">
          <Link
            href={`/projects/${projectId}/events/${mergedIntoId}`}
            className="text-sm text-blue-800 hover:underline"
          >
            {a.openMergedInto}
          </Link>
          <Button size="sm" onClick={() => act("unmerge", `${eventId}/unmerge`, { version })} disabled={busy()}>
            {busy("unmerge") ? a.unmerging : a.unmerge}
          </Button>
        </div>
      </div>
    );
  }
  if (status === "REJECTED") return <Alert tone="info">{a.rejectedNotice}</Alert>;

  const source = others.find((o) => o.id === sourceId);
  return (
    <div className="flex flex-col gap-4" data-testid="incident-actions">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-slate-600">{status === "PROPOSED" ? a.proposedHelp : a.confirmedHelp}</p>
      {status === "PROPOSED" ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            variant="primary"
            size="sm"
            onClick={() => act("confirm", `${eventId}/confirm`, { version })}
            disabled={busy()}
          >
            {busy("confirm") ? a.confirming : a.confirm}
          </Button>
          <ConfirmButton
            label={a.reject}
            title={a.rejectTitle}
            body={a.rejectBody}
            confirmLabel={a.rejectConfirm}
            busyLabel={a.rejecting}
            onConfirm={() =>
              apiFetch(`/api/v1/events/${eventId}/reject`, { method: "POST", json: { version } }).then(() =>
                router.push(`/projects/${projectId}/events`),
              )
            }
          />
        </div>
      ) : null}
      <form
        className="flex flex-wrap items-end gap-2"
        aria-label={a.renameLabel}
        onSubmit={(e) => {
          e.preventDefault();
          void act("rename", eventId, { version, titleEn, titleAr }, undefined, "PATCH");
        }}
      >
        <Field label={a.titleEn} htmlFor={`${id}-title-en`} className="min-w-56 flex-1">
          <Input
            id={`${id}-title-en`}
            lang="en"
            dir="ltr"
            maxLength={300}
            value={titleEn}
            onChange={(e) => setTitleEn(e.target.value)}
          />
        </Field>
        <Field label={a.titleAr} htmlFor={`${id}-title-ar`} className="min-w-56 flex-1">
          <Input
            id={`${id}-title-ar`}
            lang="ar"
            dir="rtl"
            className="text-arabic"
            maxLength={300}
            value={titleAr}
            onChange={(e) => setTitleAr(e.target.value)}
          />
        </Field>
        <Button
          type="submit"
          size="sm"
          disabled={
            busy() ||
            (titleEn.trim() === "" && titleAr.trim() === "") ||
            (titleEn === titles.titleEn && titleAr === titles.titleAr)
          }
        >
          {busy("rename") ? a.renaming : a.rename}
        </Button>
      </form>
      {others.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <Field label={a.mergeLabel} htmlFor={`${id}-merge`} className="min-w-64 flex-1">
            <Select id={`${id}-merge`} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
              <option value="">{a.mergeChoose}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          {source ? (
            <ConfirmButton
              label={a.merge}
              variant="secondary"
              title={format(a.mergeTitle, { source: source.label })}
              body={a.mergeBody}
              confirmLabel={a.merge}
              busyLabel={a.merging}
              onConfirm={() =>
                apiFetch(`/api/v1/events/${eventId}/merge`, {
                  method: "POST",
                  json: { version, sourceId: source.id, sourceVersion: source.version },
                }).then(() => router.refresh())
              }
            />
          ) : null}
        </div>
      ) : null}
      {claims.length > 1 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-xs font-medium text-slate-700">{a.splitLabel}</legend>
          <ul className="flex max-h-48 flex-col gap-1 overflow-y-auto rounded-md border border-slate-200 p-2">
            {claims.map((c) => (
              <li key={c.id}>
                <Checkbox
                  id={`${id}-${c.id}`}
                  label={<span dir="auto">{c.label}</span>}
                  checked={chosen.includes(c.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
                />
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap items-end gap-2">
            <Field label={a.splitTitleEn} htmlFor={`${id}-split-title`} className="min-w-64 flex-1">
              <Input
                id={`${id}-split-title`}
                dir="auto"
                maxLength={300}
                value={splitTitle}
                onChange={(e) => setSplitTitle(e.target.value)}
              />
            </Field>
            <Button
              size="sm"
              disabled={busy() || chosen.length === 0 || chosen.length === claims.length}
              onClick={() =>
                act(
                  "split",
                  `${eventId}/split`,
                  { version, id: crypto.randomUUID(), claimIds: chosen, titleEn: splitTitle },
                  (made) => router.push(`/projects/${projectId}/events/${made.id}`),
                )
              }
            >
              {busy("split")
                ? a.splitting
                : chosen.length === 0
                  ? a.splitEmpty
                  : formatPlural(a.split, chosen.length, locale)}
            </Button>
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
