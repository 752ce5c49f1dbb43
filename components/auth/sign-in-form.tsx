"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/messages";

/** The message for a next-auth error code: a wrong pair, a locked account, too many attempts (429), or anything else. */
export function signInErrorMessage(code: string, t: Messages): string {
  if (code === "locked") return t.signin.locked;
  if (code === "throttled") return t.signin.throttled;
  if (code === "CredentialsSignin") return t.signin.wrongCredentials;
  return t.signin.failed;
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // A success navigates away, so the form stays busy until the next page arrives.
  const { busy, error, run } = useSubmit({
    leaving: true,
    initialError: initialError ? signInErrorMessage(initialError, t) : null,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      // callbackUrl is passed so the answer's URL is not this page's own (which may carry ?error=…).
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
      if (!result || result.error || !result.ok) throw new Error(signInErrorMessage(result?.error ?? "", t));
      // A full navigation, so the next page renders with the account's language and header.
      window.location.assign(callbackUrl);
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {error ? (
        <Alert tone="error" className="text-sm">
          <span data-testid="signin-error">{error}</span>
        </Alert>
      ) : null}
      <Field label={t.signin.email} htmlFor="signin-email">
        <Input
          id="signin-email"
          name="email"
          type="email"
          dir="ltr"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </Field>
      <Field label={t.signin.password} htmlFor="signin-password">
        <Input
          id="signin-password"
          name="password"
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </Field>
      <Button type="submit" variant="primary" disabled={busy} className="w-full">
        {busy ? t.signin.submitting : t.signin.submit}
      </Button>
    </form>
  );
}
