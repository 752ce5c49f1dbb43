"use client";

import { ENTITY_KINDS, type TEntity, type TEntityKind } from "@/components/claims/types";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Field, Input, Select } from "@/components/ui/form";
import { splitAliases, type TEntityInput } from "./entities-api";

/** An entity as its form holds it: aliases in one comma-separated field. */
export type TEntityDraft = { kind: TEntityKind; nameAr: string; nameEn: string; aliases: string };

export function entityDraft(entity?: Partial<TEntity>): TEntityDraft {
  return {
    kind: entity?.kind ?? "ORGANISATION",
    nameAr: entity?.nameAr ?? "",
    nameEn: entity?.nameEn ?? "",
    aliases: (entity?.aliases ?? []).join("، "),
  };
}

export function entityInput(draft: TEntityDraft): TEntityInput {
  return {
    kind: draft.kind,
    nameAr: draft.nameAr.trim(),
    nameEn: draft.nameEn.trim(),
    aliases: splitAliases(draft.aliases),
  };
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="text-xs text-red-700" dir="auto">
      {message}
    </p>
  ) : null;
}

/** Kind, Arabic name (right to left), English name and aliases; used inline in the claim form and in the registry. */
export function EntityFields({
  idPrefix,
  value,
  onChange,
  errors = {},
  autoFocus = "nameAr",
  stacked = false,
}: {
  idPrefix: string;
  value: TEntityDraft;
  onChange: (next: TEntityDraft) => void;
  errors?: Record<string, string>;
  autoFocus?: "nameAr" | "nameEn" | null;
  /** One field per row, for narrow places such as the claim form's speaker column. */
  stacked?: boolean;
}) {
  const { m, t } = useClaimsI18n();
  const set = (patch: Partial<TEntityDraft>) => onChange({ ...value, ...patch });
  return (
    <div className={stacked ? "grid gap-3" : "grid gap-3 sm:grid-cols-2"}>
      <Field label={m.entity.kindLabel} htmlFor={`${idPrefix}-kind`}>
        <Select
          id={`${idPrefix}-kind`}
          value={value.kind}
          onChange={(e) => set({ kind: ENTITY_KINDS.find((k) => k === e.target.value) ?? value.kind })}
        >
          {ENTITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {m.entity.kind[kind]}
            </option>
          ))}
        </Select>
        <FieldError id={`${idPrefix}-kind-error`} message={errors.kind} />
      </Field>
      <Field label={m.entity.nameAr} htmlFor={`${idPrefix}-nameAr`}>
        <Input
          id={`${idPrefix}-nameAr`}
          lang="ar"
          dir="rtl"
          className="text-arabic text-base"
          maxLength={200}
          value={value.nameAr}
          autoFocus={autoFocus === "nameAr"}
          aria-invalid={errors.nameAr ? true : undefined}
          aria-describedby={errors.nameAr ? `${idPrefix}-nameAr-error` : undefined}
          onChange={(e) => set({ nameAr: e.target.value })}
        />
        <FieldError id={`${idPrefix}-nameAr-error`} message={errors.nameAr} />
      </Field>
      <Field label={m.entity.nameEn} htmlFor={`${idPrefix}-nameEn`} optional={t.common.optional}>
        <Input
          id={`${idPrefix}-nameEn`}
          lang="en"
          dir="ltr"
          maxLength={200}
          value={value.nameEn}
          autoFocus={autoFocus === "nameEn"}
          aria-invalid={errors.nameEn ? true : undefined}
          onChange={(e) => set({ nameEn: e.target.value })}
        />
        <FieldError id={`${idPrefix}-nameEn-error`} message={errors.nameEn} />
      </Field>
      <Field
        label={m.entity.aliases}
        htmlFor={`${idPrefix}-aliases`}
        hint={m.entity.aliasesHelp}
        optional={t.common.optional}
      >
        <Input
          id={`${idPrefix}-aliases`}
          dir="auto"
          value={value.aliases}
          onChange={(e) => set({ aliases: e.target.value })}
        />
        <FieldError id={`${idPrefix}-aliases-error`} message={errors.aliases} />
      </Field>
    </div>
  );
}
