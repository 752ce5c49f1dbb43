type TRange = { start: number; end: number };

const SPACE = /\s/;

/**
 * The range grown or shrunk by one word at one end (words are what lies between white space), never
 * empty and never past the text: how a suggestion's words are changed without offsets.
 */
export function stepWord(text: string, range: TRange, end: "start" | "end", grow: boolean): TRange {
  let { start, end: stop } = range;
  if (end === "start") {
    if (grow) {
      let i = start;
      while (i > 0 && SPACE.test(text[i - 1]!)) i--;
      while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
      start = i;
    } else {
      let i = start;
      while (i < stop && !SPACE.test(text[i]!)) i++;
      while (i < stop && SPACE.test(text[i]!)) i++;
      if (i < stop) start = i;
    }
  } else if (grow) {
    let i = stop;
    while (i < text.length && SPACE.test(text[i]!)) i++;
    while (i < text.length && !SPACE.test(text[i]!)) i++;
    stop = i;
  } else {
    let i = stop;
    while (i > start && !SPACE.test(text[i - 1]!)) i--;
    while (i > start && SPACE.test(text[i - 1]!)) i--;
    if (i > start) stop = i;
  }
  return { start, end: stop };
}
