/**
 * Redraws of the reader asked for while a mouse button is held in it. Redrawing decorations
 * rebuilds the text nodes under the pointer while the browser is extending its selection there
 * (and ProseMirror, which may not have read the latest move yet, puts back the selection it
 * knows): the analyst's selection would be cut short or lost. So a redraw asked for during a
 * press is kept, only the latest of each kind, and made on release; outside a press, at once.
 */
export class RedrawHold<TKind extends string = string> {
  private pressed = false;
  private readonly held = new Map<TKind, () => void>();

  get isPressed(): boolean {
    return this.pressed;
  }

  press(): void {
    this.pressed = true;
  }

  /** Runs `redraw` now, or on release while pressed (replacing a held redraw of the same kind). */
  run(kind: TKind, redraw: () => void): void {
    if (this.pressed) {
      this.held.set(kind, redraw);
      return;
    }
    this.held.delete(kind);
    redraw();
  }

  /** The button is up: the held redraws run, in the order they were first asked for. */
  release(): void {
    this.pressed = false;
    const held = [...this.held.values()];
    this.held.clear();
    for (const redraw of held) redraw();
  }
}
