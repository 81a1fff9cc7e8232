// Resolves a browser for scripts that drive Chromium, installing Debian's
// chromium when we are root on Debian/Ubuntu (fresh containers, CI) so
// `npm test` works out of the box there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type BrowserEnv, findBrowser } from './find-browser';

export interface RunCommand {
  command: string;
  args: readonly string[];
  env?: Readonly<Record<string, string>>;
}

export interface EnsureBrowserOptions {
  env?: BrowserEnv;
  exists?: (p: string) => boolean;
  isDebian?: () => boolean;
  isRoot?: () => boolean;
  /** Runs a command with inherited stdio; returns its exit status (null if it could not start). */
  run?: (cmd: RunCommand) => number | null;
}

export const INSTALL_NOTICE =
  "SellerLens: no Chromium found; installing Debian's chromium package (about a minute)…";

export const DEBIAN_NOT_ROOT_MESSAGE =
  'SellerLens: no Chromium or Google Chrome found. Install it with `sudo apt-get install chromium fonts-noto-cjk`, or set CHROME_PATH to a Chromium-based browser, then run again.';

export const GENERIC_MISSING_MESSAGE =
  'SellerLens: no Chromium or Google Chrome found. Install Chromium or Google Chrome, or set CHROME_PATH to a Chromium-based browser: on Debian/Ubuntu `sudo apt-get install chromium`, on macOS `brew install --cask google-chrome` (or download it from https://www.google.com/chrome/), on Windows install Google Chrome from https://www.google.com/chrome/.';

export const INSTALL_COMMANDS: readonly RunCommand[] = [
  { command: 'apt-get', args: ['update'] },
  {
    command: 'apt-get',
    args: ['install', '-y', 'chromium', 'fonts-noto-cjk'],
    env: { DEBIAN_FRONTEND: 'noninteractive' },
  },
];

function runInherited(cmd: RunCommand): number | null {
  const result = spawnSync(cmd.command, [...cmd.args], {
    stdio: 'inherit',
    env: { ...process.env, ...cmd.env },
  });
  return result.status;
}

const defaults: Required<EnsureBrowserOptions> = {
  env: process.env,
  exists: existsSync,
  isDebian: () => existsSync('/etc/debian_version'),
  isRoot: () => process.getuid?.() === 0,
  run: runInherited,
};

export async function ensureBrowser(
  log: (line: string) => void,
  options: EnsureBrowserOptions = {},
): Promise<string> {
  // `??` per field, not a spread, so an explicit `undefined` still gets the default.
  const env = options.env ?? defaults.env;
  const exists = options.exists ?? defaults.exists;
  const isDebian = options.isDebian ?? defaults.isDebian;
  const isRoot = options.isRoot ?? defaults.isRoot;
  const run = options.run ?? defaults.run;

  const lookup = findBrowser(env, exists);
  if (lookup.kind === 'found') return lookup.path;
  if (lookup.kind === 'bad-chrome-path') throw new Error(lookup.error);

  if (!isDebian()) throw new Error(GENERIC_MISSING_MESSAGE);
  if (!isRoot()) throw new Error(DEBIAN_NOT_ROOT_MESSAGE);

  log(INSTALL_NOTICE);
  for (const cmd of INSTALL_COMMANDS) {
    const status = run(cmd);
    if (status !== 0) {
      const line = `${cmd.command} ${cmd.args.join(' ')}`;
      throw new Error(
        `SellerLens: \`${line}\` failed (exit ${status ?? 'none: could not start'}). ${GENERIC_MISSING_MESSAGE}`,
      );
    }
  }

  // Re-check rather than assume: on Ubuntu the package is a snap shim that may
  // not produce a usable /usr/bin/chromium inside a container.
  const after = findBrowser(env, exists);
  if (after.kind === 'found') return after.path;
  throw new Error(
    `SellerLens: installed the chromium package but still found no browser. ${GENERIC_MISSING_MESSAGE}`,
  );
}
