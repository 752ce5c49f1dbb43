import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type TabItem = { id: string; href: string; label: ReactNode; active: boolean };

/** Link-based tabs: each section has its own URL, so reloads and shared links keep the section. */
export function Tabs({ items, label }: { items: TabItem[]; label: string }) {
  return (
    <nav aria-label={label} className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.id}>
            <Link
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={cn(
                "inline-flex h-9 items-center border-b-2 px-3 text-sm font-medium",
                item.active
                  ? "border-blue-700 text-blue-800"
                  : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
