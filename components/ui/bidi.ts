const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Whether a user-entered string contains Arabic script (to pick the Arabic font for it). */
export function hasArabic(text: string | null | undefined): boolean {
  return !!text && ARABIC_SCRIPT.test(text);
}
