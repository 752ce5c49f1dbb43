"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input } from "@/components/ui/form";
import { format } from "@/lib/i18n/format";

const empty = { email: "", name: "", password: "", isAdmin: false };

export function CreateUserForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [values, setValues] = useState(empty);
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    await run(async () => {
      const user = await apiFetch<{ email: string }>("/api/v1/users", { method: "POST", json: values });
      setDone(format(t.admin.userCreated, { email: user.email }));
      setValues(empty);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label={t.admin.createUser}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <Field label={t.admin.name} htmlFor="user-name">
        <Input
          id="user-name"
          dir="auto"
          required
          maxLength={200}
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
        />
      </Field>
      <Field label={t.admin.email} htmlFor="user-email">
        <Input
          id="user-email"
          type="email"
          dir="ltr"
          required
          autoComplete="off"
          value={values.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
        />
      </Field>
      <Field label={t.admin.password} htmlFor="user-password" hint={t.admin.passwordHelp}>
        <Input
          id="user-password"
          type="password"
          dir="ltr"
          required
          minLength={10}
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
        />
      </Field>
      <Checkbox
        id="user-admin"
        label={t.admin.isAdmin}
        checked={values.isAdmin}
        onChange={(e) => setValues({ ...values, isAdmin: e.target.checked })}
      />
      <div>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t.common.creating : t.admin.createUser}
        </Button>
      </div>
    </form>
  );
}
