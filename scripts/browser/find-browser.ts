// Locates a Chromium-based browser for Playwright (e2e, demo, bench). Pure:
// the caller injects env and a file-existence check so every branch is testable.

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

// Debian's chromium comes first because that is what CI and our install
// fallback provide; the rest are the stock locations of Chrome/Chromium.
export const CANDIDATE_PATHS: readonly string[] = [
  DEBIAN_CHROMIUM,
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export type BrowserLookup =
  | { kind: 'found'; path: string }
  // An explicit CHROME_PATH that is wrong is a user mistake worth reporting,
  // not something to paper over by launching a different browser.
  | { kind: 'bad-chrome-path'; error: string }
  | { kind: 'none' };

export interface BrowserEnv {
  CHROME_PATH?: string;
}

export function findBrowser(env: BrowserEnv, exists: (p: string) => boolean): BrowserLookup {
  const chromePath = env.CHROME_PATH;
  // An empty CHROME_PATH (e.g. `CHROME_PATH= npm test`) means "unset".
  if (chromePath) {
    if (exists(chromePath)) return { kind: 'found', path: chromePath };
    return {
      kind: 'bad-chrome-path',
      error: `SellerLens: CHROME_PATH is set to "${chromePath}", but no file exists there. Point it at a Chromium or Google Chrome executable, or unset it to auto-detect.`,
    };
  }
  const path = CANDIDATE_PATHS.find((p) => exists(p));
  return path === undefined ? { kind: 'none' } : { kind: 'found', path };
}
