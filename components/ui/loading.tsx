import { cn } from "./cn";

export function Spinner({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-block size-4 animate-spin rounded-full border-2 border-slate-300 border-t-blue-700",
        className,
      )}
    />
  );
}

/** A Suspense fallback for a section whose data is still on its way. */
export function LoadingBlock({ label }: { label: string }) {
  return (
    <div
      role="status"
      className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-4 py-10 text-sm text-slate-500 shadow-sm"
    >
      <Spinner />
      {label}
    </div>
  );
}
