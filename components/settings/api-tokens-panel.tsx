"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { CopyBox } from "@/components/ui/copy-box";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Field, Input } from "@/components/ui/form";
import { EmptyState } from "@/components/ui/panel";
import { format, formatDateTime } from "@/lib/i18n/format";

export type TokenStatus = "active" | "revoked" | "expired";

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  status: TokenStatus;
};

const statusTones: Record<TokenStatus, BadgeTone> = { active: "green", revoked: "neutral", expired: "amber" };

/**
 * Personal API tokens: create one (its value is shown once, here, and never again), see when
 * each was last used, revoke. Scripts send it as `Authorization: Bearer <token>`.
 */
export function ApiTokensPanel({ tokens }: { tokens: TokenRow[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [name, setName] = useState("");
  const [days, setDays] = useState("");
  const { busy, error, run } = useSubmit();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const expiresInDays = days.trim() === "" ? undefined : Number(days);
      const result = await apiFetch<{ name: string; token: string }>("/api/v1/tokens", {
        method: "POST",
        json: { name, expiresInDays },
      });
      setCreated({ name: result.name, token: result.token });
      setName("");
      setDays("");
      router.refresh();
    });
  }

  const columns: Column<TokenRow>[] = [
    {
      id: "name",
      header: t.settings.name,
      cell: (row) => (
        <span dir="auto" className="font-medium">
          {row.name}
        </span>
      ),
    },
    {
      id: "prefix",
      header: t.settings.prefix,
      cell: (row) => (
        <code dir="ltr" className="font-mono text-xs text-slate-700">
          {row.prefix}…
        </code>
      ),
    },
    {
      id: "created",
      header: t.settings.created,
      className: "whitespace-nowrap text-slate-600",
      cell: (row) => formatDateTime(row.createdAt, locale),
    },
    {
      id: "lastUsed",
      header: t.settings.lastUsed,
      className: "whitespace-nowrap text-slate-600",
      cell: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt, locale) : t.settings.never),
    },
    {
      id: "expires",
      header: t.settings.expires,
      className: "whitespace-nowrap text-slate-600",
      cell: (row) => (row.expiresAt ? formatDateTime(row.expiresAt, locale) : t.settings.never),
    },
    {
      id: "status",
      header: t.settings.status,
      cell: (row) => <Badge tone={statusTones[row.status]}>{t.settings[row.status]}</Badge>,
    },
    {
      id: "actions",
      header: <span className="sr-only">{t.settings.actions}</span>,
      className: "w-px text-end",
      cell: (row) =>
        row.status === "active" ? (
          <ConfirmButton
            label={t.settings.revoke}
            variant="ghost"
            ariaLabel={`${t.settings.revoke}: ${row.name}`}
            title={format(t.settings.revokeTitle, { name: row.name })}
            body={t.settings.revokeBody}
            confirmLabel={t.settings.revoke}
            onConfirm={async () => {
              await apiFetch(`/api/v1/tokens/${row.id}`, { method: "DELETE" });
              router.refresh();
            }}
          />
        ) : null,
    },
  ];

  return (
    <div className="flex flex-col gap-4">
      {created ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="new-token">
          <p className="text-sm font-semibold text-amber-950" dir="auto">
            {format(t.settings.newTokenTitle, { name: created.name })}
          </p>
          <p className="mb-3 mt-1 text-sm text-amber-900">{t.settings.newTokenWarning}</p>
          <CopyBox value={created.token} label={format(t.settings.newTokenTitle, { name: created.name })} />
          <Button size="sm" className="mt-3" onClick={() => setCreated(null)}>
            {t.settings.dismiss}
          </Button>
        </div>
      ) : null}

      <form onSubmit={create} className="flex flex-wrap items-end gap-3" aria-label={t.settings.createToken}>
        <Field label={t.settings.tokenName} htmlFor="token-name" className="min-w-56 flex-1">
          <Input
            id="token-name"
            dir="auto"
            required
            maxLength={100}
            placeholder={t.settings.tokenNamePlaceholder}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        <Field label={t.settings.expiresInDays} htmlFor="token-days" optional={t.common.optional} className="w-44">
          <Input
            id="token-days"
            type="number"
            min={1}
            max={3650}
            step={1}
            dir="ltr"
            value={days}
            onChange={(event) => setDays(event.target.value)}
          />
        </Field>
        <Button type="submit" variant="primary" disabled={busy || name.trim() === ""}>
          {busy ? t.common.creating : t.settings.createToken}
        </Button>
      </form>
      <p className="-mt-2 text-xs text-slate-500">{t.settings.expiresHelp}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}

      <DataTable
        columns={columns}
        rows={tokens}
        rowKey={(row) => row.id}
        caption={t.settings.tokensTitle}
        testId="tokens-table"
        empty={<EmptyState>{t.settings.noTokens}</EmptyState>}
      />
    </div>
  );
}
