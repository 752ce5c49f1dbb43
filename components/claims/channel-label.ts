import type { ClaimsMessages } from "./messages";

/** The label of a stored channel: one of the known ones in the interface language, or the text as typed. */
export function channelLabel(channel: string, m: ClaimsMessages): string {
  const known = m.channel as Record<string, string>;
  return channel in known && channel !== "none" && channel !== "other" ? (known[channel] ?? channel) : channel;
}
