"use client";

import { useRef, useState } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { Button } from "./button";

/** A read-only value with a Copy button; if the clipboard is unavailable the value is selected for Ctrl+C. */
export function CopyBox({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. plain http): select the text so the user can copy it by hand.
      input.current?.select();
    }
  }

  return (
    <div className="flex items-stretch gap-2">
      <input
        ref={input}
        readOnly
        value={value}
        aria-label={label}
        dir="ltr"
        onFocus={(event) => event.currentTarget.select()}
        className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2.5 font-mono text-xs text-slate-900"
        data-testid="copy-box-value"
      />
      <Button onClick={copy}>{copied ? t.common.copied : t.common.copy}</Button>
    </div>
  );
}
