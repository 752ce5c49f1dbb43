/** The user a domain function acts for: resolved from a session cookie or an API token. */
export type ActingUser = {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  locale: string;
};

export const actingUserSelect = { id: true, email: true, name: true, isAdmin: true, locale: true } as const;
