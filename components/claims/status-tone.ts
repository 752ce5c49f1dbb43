import type { BadgeTone } from "@/components/ui/badge";
import type { TClaimStatus } from "./types";

/** The badge colour of a claim status, the same in the panel and on entity pages. */
export const STATUS_TONE: Record<TClaimStatus, BadgeTone> = { DRAFT: "neutral", READY: "blue", REVIEWED: "green" };
