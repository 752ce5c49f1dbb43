/**
 * The public URL the app is reached at: NEXTAUTH_URL when one is given (an https URL behind a
 * proxy makes session cookies `Secure`), else http://localhost:PORT (or the host it listens on).
 */
export function publicAppUrl(given: string | undefined, host: string, port: number): string {
  if (given && given.trim() !== "") return given.trim();
  return `http://${["0.0.0.0", "::", "127.0.0.1"].includes(host) ? "localhost" : host}:${port}`;
}
