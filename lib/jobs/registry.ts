/**
 * Every kind of background job, imported here so that a worker knows them all before it starts.
 * Add new kinds (URL fetches, machine translation, re-anchoring, …) with `defineJob` in their own
 * module and import it below.
 */
import { startJobWorkers } from "./queue";
import "../suggestions/suggestion-runs";
import "../translations/translation-runs";
import "../import-runs/import-runs";

export { startJobWorkers };
export { stopJobWorkers } from "./queue";
