/**
 * The one mapping between text offsets and editor positions is lib/anchoring's; the annotator
 * only names it here so its components share a type.
 */
export { createOffsetMapper as createMapper, type OffsetMapper as TOffsetMapper } from "@/lib/anchoring/offset-mapper";
