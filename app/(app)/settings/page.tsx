import type { Metadata } from "next";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { ApiTokensPanel, type TokenRow } from "@/components/settings/api-tokens-panel";
import { SignOutEverywhereButton } from "@/components/settings/sign-out-everywhere-button";
import { PageHeader, Panel } from "@/components/ui/panel";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getI18n } from "@/lib/i18n/locale";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.settings.title };
}

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const [{ t }, tokens] = await Promise.all([getI18n(), listApiTokens({ actor: user })]);
  const now = new Date();
  const rows: TokenRow[] = tokens.map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    expiresAt: token.expiresAt,
    status: token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : "active",
  }));

  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t.settings.title} subtitle={<bdi dir="ltr">{user.email}</bdi>} />
      <Panel title={t.settings.languageTitle} description={t.settings.languageHelp}>
        <LanguageSwitcher signedIn tone="light" />
      </Panel>
      <Panel title={t.settings.sessionsTitle} description={t.settings.sessionsHelp}>
        <SignOutEverywhereButton />
      </Panel>
      <Panel
        title={t.settings.tokensTitle}
        description={
          <>
            {t.settings.tokensHelp}{" "}
            <code dir="ltr" className="inline-block rounded bg-slate-100 px-1 font-mono text-[0.7rem] text-slate-800">
              Authorization: Bearer wbt_…
            </code>
          </>
        }
      >
        <ApiTokensPanel tokens={rows} />
      </Panel>
    </div>
  );
}
