import { cn } from "@/components/ui/cn";
import type { Locale } from "@/lib/i18n/config";
import type { ReviewMessages } from "@/components/review/messages";

/**
 * An event's title in the interface language first and the other language under it, each with
 * its own direction; "Untitled event" when neither is set.
 */
export function EventTitle({
  event,
  locale,
  m,
  className,
}: {
  event: { titleAr: string; titleEn: string };
  locale: Locale;
  m: ReviewMessages;
  className?: string;
}) {
  const ar = event.titleAr ? (
    <span key="ar" lang="ar" dir="rtl" className="text-arabic">
      {event.titleAr}
    </span>
  ) : null;
  const en = event.titleEn ? (
    <span key="en" lang="en" dir="ltr">
      {event.titleEn}
    </span>
  ) : null;
  const [first, second] = locale === "ar" ? [ar ?? en, ar ? en : null] : [en ?? ar, en ? ar : null];
  return (
    <span className={cn("inline-flex flex-col", className)}>
      <span className="font-semibold">
        {first ?? <span className="italic text-slate-500">{m.events.untitled}</span>}
      </span>
      {second ? <span className="text-[0.85em] font-normal text-slate-600">{second}</span> : null}
    </span>
  );
}
