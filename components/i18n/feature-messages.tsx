import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { catalogueSlice, type Feature } from "@/lib/i18n/catalogue";

/**
 * Hands a page's client components the feature dictionaries they read (useFeatureI18n), in the
 * request's language, beside the app's dictionary the root layout sends everywhere: each page
 * names its own, so the article page does not carry the settings' or the incidents' strings.
 * components/i18n/feature-messages.test.ts checks every page against the hooks its imports call.
 */
export async function FeatureMessages({ features, children }: { features: readonly Feature[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={catalogueSlice(messages, features)}>{children}</NextIntlClientProvider>;
}
