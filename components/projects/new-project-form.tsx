"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/form";

/** Administrators create a project and land in it as its manager. */
export function NewProjectForm() {
  const { t } = useI18n();
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const { busy, error, run } = useSubmit({ leaving: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const project = await apiFetch<{ id: string }>("/api/v1/projects", {
        method: "POST",
        json: { name, description },
      });
      router.push(`/projects/${project.id}`);
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label={t.projects.newProject}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t.projects.name} htmlFor="new-project-name">
        <Input
          id="new-project-name"
          dir="auto"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field label={t.projects.description} htmlFor="new-project-description" optional={t.common.optional}>
        <Textarea
          id="new-project-description"
          dir="auto"
          rows={3}
          maxLength={5000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <div>
        <Button type="submit" variant="primary" disabled={busy || name.trim() === ""}>
          {busy ? t.common.creating : t.projects.create}
        </Button>
      </div>
    </form>
  );
}
