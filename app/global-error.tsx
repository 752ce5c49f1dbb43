"use client";

import "./globals.css";

/**
 * Replaces the root layout when the layout itself fails, so it cannot rely on the language
 * chosen there: it speaks both.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-screen bg-slate-50 p-10 font-sans text-sm text-slate-900">
        <title>Workbench</title>
        <div className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold">Something went wrong</h1>
          <p lang="ar" dir="rtl" className="mt-1 text-lg font-semibold">
            حدث خطأ
          </p>
          {digest ? <p className="mt-3 font-mono text-xs text-slate-600">{digest}</p> : null}
          <button
            type="button"
            onClick={() => retry()}
            className="mt-5 h-9 rounded-md bg-blue-700 px-3.5 font-medium text-white hover:bg-blue-800"
          >
            Try again · حاول مرة أخرى
          </button>
        </div>
      </body>
    </html>
  );
}
