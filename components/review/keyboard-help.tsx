import type { ReviewMessages } from "./messages";

function Key({ children }: { children: string }) {
  return (
    <kbd
      dir="ltr"
      className="rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs text-slate-700 shadow-sm"
    >
      {children}
    </kbd>
  );
}

/** The line that tells a reviewer which keys do what (analysts only get the moving keys). */
export function KeyboardHelp({ canDecide, m }: { canDecide: boolean; m: ReviewMessages }) {
  const items: [string[], string][] = [[["j", "k"], m.queue.helpMove]];
  if (canDecide) {
    items.push(
      [["c"], m.queue.helpConfirm],
      [["d"], m.queue.helpDismiss],
      [["r"], m.queue.helpRelation],
      [["v"], m.queue.helpVerdict],
      [["o"], m.queue.helpReopen],
      [["Esc"], m.queue.helpCancel],
    );
  }
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600" data-testid="keyboard-help">
      <span className="font-semibold text-slate-700">{m.queue.help}:</span>
      {items.map(([keys, label]) => (
        <span key={label} className="inline-flex items-center gap-1">
          {keys.map((k, i) => (
            <span key={k} className="inline-flex items-center gap-0.5">
              {i > 0 ? <span aria-hidden="true">/</span> : null}
              <Key>{k}</Key>
            </span>
          ))}
          <span>{label}</span>
        </span>
      ))}
    </p>
  );
}
