import { cn } from "@/components/ui/cn";
import { withAlpha } from "./label-style";

/** A label as a small coloured chip: swatch, name, and optionally its hotkey. */
export function LabelChip({
  name,
  color,
  hotkey,
  className,
}: {
  name: string;
  color: string;
  hotkey?: number | null;
  className?: string;
}) {
  return (
    <span
      className={cn(
        "inline-flex max-w-full items-center gap-1.5 rounded px-1.5 py-0.5 text-xs font-medium text-slate-800",
        className,
      )}
      style={{ backgroundColor: withAlpha(color, 0.14), boxShadow: `inset 0 -2px 0 ${color}` }}
    >
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ backgroundColor: color }} />
      <span className="truncate" dir="auto">
        {name}
      </span>
      {hotkey ? (
        <kbd className="rounded border border-slate-300 bg-white px-1 font-mono text-[10px] leading-4 text-slate-600">
          {hotkey}
        </kbd>
      ) : null}
    </span>
  );
}
