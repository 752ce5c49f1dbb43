"use client";

import { useLayoutEffect, useRef, useState, type HTMLAttributes, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { cn } from "@/components/ui/cn";

const MARGIN = 8;
/** The app's sticky header covers the top of the viewport; never place a box under it. */
const TOP_CLEARANCE = 56;

/**
 * A box floating over the page next to a point of the text (page coordinates, so it scrolls
 * with the text it belongs to). It prefers the given side, flips when there is no room, and
 * stays inside the viewport horizontally.
 */
export function FloatingBox({
  x,
  top,
  bottom,
  prefer = "below",
  className,
  children,
  ...rest
}: {
  x: number;
  top: number;
  bottom: number;
  prefer?: "above" | "below";
  children: ReactNode;
} & HTMLAttributes<HTMLDivElement>) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const { width, height } = box.getBoundingClientRect();
    const viewTop = window.scrollY + TOP_CLEARANCE;
    const viewBottom = window.scrollY + window.innerHeight - MARGIN;
    const below = bottom + MARGIN;
    const above = top - height - MARGIN;
    let y = prefer === "below" ? below : above;
    if (prefer === "below" && below + height > viewBottom && above >= viewTop) y = above;
    if (prefer === "above" && above < viewTop) y = below;
    const maxLeft = window.scrollX + document.documentElement.clientWidth - width - MARGIN;
    const left = Math.max(window.scrollX + MARGIN, Math.min(x - width / 2, maxLeft));
    setPosition((old) => (old && old.left === left && old.top === y ? old : { left, top: y }));
  }, [x, top, bottom, prefer, children]);

  return createPortal(
    <div
      ref={ref}
      {...rest}
      className={cn("absolute z-50", className)}
      // Transparent (not hidden) until measured, so what it holds can take focus at once.
      style={{ left: position?.left ?? x, top: position?.top ?? bottom + MARGIN, opacity: position ? 1 : 0 }}
    >
      {children}
    </div>,
    document.body,
  );
}
