"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/loading";

/** Shown inside a link while the page it leads to is loading. */
function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? <Spinner className="ms-1.5 size-3 border-slate-500 border-t-white" /> : null;
}

/** A header link that shows when the current page lies under it, and while its page loads. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "inline-flex h-8 items-center rounded-md px-2.5 text-sm font-medium transition-colors",
        active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800/60 hover:text-white",
      )}
    >
      {children}
      <PendingMark />
    </Link>
  );
}
