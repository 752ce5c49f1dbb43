import type { Metadata } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import { directionOf } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t.app.name, template: `%s · ${t.app.name}` }, description: t.app.tagline };
}

/** Sets the document's language and direction; everything below mirrors through logical CSS. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getI18n();
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen">
        <I18nProvider locale={locale} messages={t}>
          {children}
        </I18nProvider>
        <HydrationMarker />
      </body>
    </html>
  );
}
