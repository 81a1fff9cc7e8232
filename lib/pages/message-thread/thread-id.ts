/** An open thread's case id, from its URL alone (a pure function: no page is read). */

/** The case id the URL opens: `?fi=caseId&ss=<id>`, or `/messaging/thread/<id>`. */
export function threadIdFromUrl(url: string | URL): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const ss = parsed.searchParams.get('fi') === 'caseId' ? parsed.searchParams.get('ss') : null;
  const fromPath = /^\/messaging\/(?:thread|case)\/([^/]+)$/.exec(parsed.pathname)?.[1];
  const id = ss ?? (fromPath ? decodeURIComponent(fromPath) : undefined);
  return id?.trim().slice(0, 200) || undefined;
}
