/** Addresses one background import run takes (the page's list and the API's). */
export const MAX_URLS_PER_JOB = 500;
