"use client";

import { useId, useState, type FormEvent } from "react";
import { fieldErrors, NO_ERRORS, type TFieldErrors } from "@/components/claims/field-errors";
import { Dialog } from "@/components/ui/dialog";
import { useSubmit } from "@/components/ui/use-submit";
import type { TEntity } from "@/components/claims/types";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { format } from "@/lib/i18n/format";
import { conflictEntity, entitiesApi } from "./entities-api";
import { EntityFields, entityDraft, entityInput, type TEntityDraft } from "./entity-fields";

const FIELDS = new Set(["kind", "nameAr", "nameEn", "aliases"]);

/** Creates an entity, or edits one (version-checked: a stale edit reloads the saved values into the form). */
export function EntityDialog(props: {
  open: boolean;
  projectId: string;
  entity?: TEntity;
  onClose: () => void;
  onSaved: (entity: TEntity) => void;
}) {
  return props.open ? <EntityDialogBody {...props} /> : null;
}

function EntityDialogBody({
  projectId,
  entity,
  onClose,
  onSaved,
}: {
  projectId: string;
  entity?: TEntity;
  onClose: () => void;
  onSaved: (entity: TEntity) => void;
}) {
  const { m, t } = useClaimsI18n();
  const id = useId();
  const [draft, setDraft] = useState<TEntityDraft>(() => entityDraft(entity));
  const [version, setVersion] = useState(entity?.version ?? 0);
  const { busy, run } = useSubmit();
  const [errors, setErrors] = useState<TFieldErrors>(NO_ERRORS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    await run(
      async () => {
        const input = entityInput(draft);
        const saved = entity
          ? await entitiesApi.update(entity.id, { ...input, version })
          : await entitiesApi.create(projectId, input);
        onSaved(saved);
        onClose();
      },
      (error) => {
        const current = entity ? conflictEntity(error, "current") : null;
        if (current) {
          setDraft(entityDraft(current));
          setVersion(current.version);
          setErrors({ fields: {}, general: m.registry.conflict });
        } else {
          setErrors(fieldErrors(error, FIELDS, t.common));
        }
        return null;
      },
    );
  }

  const formId = `${id}-form`;
  return (
    <Dialog
      open
      title={entity ? format(m.registry.editTitle, { name: entity.nameEn || entity.nameAr }) : m.entity.createTitle}
      onClose={onClose}
      busy={busy}
      testId="entity-dialog"
      cancelLabel={t.common.cancel}
      action={{
        label: busy ? t.common.saving : entity ? t.common.save : m.entity.save,
        form: formId,
        disabled: draft.nameAr.trim() === "",
      }}
    >
      <form id={formId} onSubmit={submit} noValidate className="flex flex-col gap-3">
        {errors.general ? (
          <Alert tone={errors.general === m.registry.conflict ? "warning" : "error"}>
            <span dir="auto">{errors.general}</span>
          </Alert>
        ) : null}
        <EntityFields idPrefix={id} value={draft} onChange={setDraft} errors={errors.fields} />
      </form>
    </Dialog>
  );
}
