import { Fragment, type ReactNode } from "react";

/**
 * Bidirectional isolation where user data meets interface text. Inside an Arabic sentence a Latin
 * name, a handle or a date is a run of the other direction: without isolation its neutral
 * characters (the "@" of a handle, the comma and "UTC" of a date) take the sentence's direction
 * and the run is shown scrambled, "(@omartvsd)" as "(omartvsd@)".
 */

/** The template with each `{name}` filled in as an isolated run (`<bdi>`), in the sentence's own order. */
export function formatIsolated(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    if (key === undefined || !(key in values)) return part;
    return <bdi key={i}>{values[key]}</bdi>;
  });
}

/** A Latin run with what belongs to it: a leading @ or #, and the words, dots and digits that follow. */
const LATIN_RUN = /[@#]?[A-Za-z][\w.'’-]*(?:[ ]+[@#]?[A-Za-z0-9][\w.'’-]*)*/g;

/**
 * Text that mixes Arabic with Latin words (handles, names, URLs): each Latin run is isolated left
 * to right, so it reads as written whatever the surrounding direction. Text with no Arabic is left
 * as it is.
 */
export function isolateLatin(text: string): ReactNode {
  if (!/[\u0600-\u06FF]/.test(text)) return text;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <bdi key={start} dir="ltr">
        {match[0]}
      </bdi>,
    );
    last = start + match[0].length;
  }
  if (last === 0) return text;
  if (last < text.length) parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}
