import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * One choice of a radio group drawn as a bordered card, highlighted when chosen and outlined when
 * its radio has keyboard focus. `className` sets the card's layout and spacing; the content
 * (badges, help, shortcuts) follows the radio.
 */
export function RadioCard({
  name,
  value,
  checked,
  onChange,
  title,
  className,
  checkedClassName,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  title?: string;
  className: string;
  /** Extra classes while chosen (the unchosen look is the plain card). */
  checkedClassName?: string;
  children: ReactNode;
}) {
  return (
    <label
      title={title}
      className={cn(
        "cursor-pointer items-center rounded-md border text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600",
        className,
        checked ? cn("border-blue-600 bg-blue-50", checkedClassName) : "border-slate-300 bg-white",
      )}
    >
      <input type="radio" name={name} value={value} className="accent-blue-700" checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}
