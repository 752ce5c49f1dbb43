import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import { catalogueSlice } from "@/lib/i18n/catalogue";
import { directionOf } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t.app.name, template: `%s · ${t.app.name}` }, description: t.app.tagline };
}

/**
 * Sets the document's language and direction; everything below mirrors through logical CSS. The
 * provider hands client components the app's dictionary of the request's catalogue, in that
 * language only (lib/i18n/request.ts); each page adds the feature dictionaries its own client
 * components read (components/i18n/feature-messages.tsx).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale }, messages] = await Promise.all([getI18n(), getMessages()]);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={catalogueSlice(messages, [])}>{children}</NextIntlClientProvider>
        <HydrationMarker />
      </body>
    </html>
  );
}
