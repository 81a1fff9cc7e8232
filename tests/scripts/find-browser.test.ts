import { describe, expect, it } from 'vitest';
import {
  DEBIAN_NOT_ROOT_MESSAGE,
  type EnsureBrowserOptions,
  ensureBrowser,
  GENERIC_MISSING_MESSAGE,
  INSTALL_NOTICE,
  type RunCommand,
} from '../../scripts/browser/ensure-browser';
import { CANDIDATE_PATHS, findBrowser } from '../../scripts/browser/find-browser';

const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const WIN_CHROME = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';

function existing(...paths: string[]): (p: string) => boolean {
  const set = new Set(paths);
  return (p) => set.has(p);
}

describe('findBrowser', () => {
  it('prefers CHROME_PATH when it exists', () => {
    const exists = existing('/custom/chrome', '/usr/bin/chromium');
    expect(findBrowser({ CHROME_PATH: '/custom/chrome' }, exists)).toEqual({
      kind: 'found',
      path: '/custom/chrome',
    });
  });

  it('reports a CHROME_PATH that points nowhere instead of falling through', () => {
    const result = findBrowser({ CHROME_PATH: '/nope/chrome' }, existing('/usr/bin/chromium'));
    expect(result.kind).toBe('bad-chrome-path');
    if (result.kind !== 'bad-chrome-path') return;
    expect(result.error).toContain('CHROME_PATH');
    expect(result.error).toContain('/nope/chrome');
  });

  it('treats an empty CHROME_PATH as unset', () => {
    expect(findBrowser({ CHROME_PATH: '' }, existing('/usr/bin/chromium'))).toEqual({
      kind: 'found',
      path: '/usr/bin/chromium',
    });
  });

  it('picks /usr/bin/chromium before any Chrome path', () => {
    const exists = existing(...CANDIDATE_PATHS);
    expect(findBrowser({}, exists)).toEqual({ kind: 'found', path: '/usr/bin/chromium' });
  });

  it('falls back to Linux Chrome paths in order', () => {
    const exists = existing('/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome');
    expect(findBrowser({}, exists)).toEqual({
      kind: 'found',
      path: '/usr/bin/google-chrome-stable',
    });
  });

  it('finds Chrome on macOS', () => {
    expect(findBrowser({}, existing(MAC_CHROME))).toEqual({ kind: 'found', path: MAC_CHROME });
  });

  it('finds Chrome on Windows', () => {
    expect(findBrowser({}, existing(WIN_CHROME))).toEqual({ kind: 'found', path: WIN_CHROME });
  });

  it('returns none when nothing exists', () => {
    expect(findBrowser({}, existing())).toEqual({ kind: 'none' });
  });
});

interface Harness {
  options: EnsureBrowserOptions;
  commands: RunCommand[];
  lines: string[];
  log: (line: string) => void;
}

function harness(overrides: EnsureBrowserOptions & { installs?: boolean; exitCode?: number }): Harness {
  const files = new Set<string>();
  const commands: RunCommand[] = [];
  const lines: string[] = [];
  const { installs = true, exitCode = 0, ...options } = overrides;
  return {
    commands,
    lines,
    log: (line) => lines.push(line),
    options: {
      env: {},
      exists: (p) => files.has(p),
      isDebian: () => true,
      isRoot: () => true,
      // Simulates apt-get: the install step makes /usr/bin/chromium appear.
      run: (cmd) => {
        commands.push(cmd);
        if (installs && cmd.args.includes('install')) files.add('/usr/bin/chromium');
        return exitCode;
      },
      ...options,
    },
  };
}

describe('ensureBrowser', () => {
  it('returns a found browser without installing anything', async () => {
    const h = harness({ exists: existing(MAC_CHROME) });
    await expect(ensureBrowser(h.log, h.options)).resolves.toBe(MAC_CHROME);
    expect(h.commands).toEqual([]);
    expect(h.lines).toEqual([]);
  });

  it('throws the CHROME_PATH message rather than installing', async () => {
    const h = harness({ env: { CHROME_PATH: '/nope/chrome' } });
    await expect(ensureBrowser(h.log, h.options)).rejects.toThrow('/nope/chrome');
    expect(h.commands).toEqual([]);
  });

  it('installs Debian chromium when root on Debian', async () => {
    const h = harness({});
    await expect(ensureBrowser(h.log, h.options)).resolves.toBe('/usr/bin/chromium');
    expect(h.lines).toEqual([INSTALL_NOTICE]);
    expect(h.commands).toEqual([
      { command: 'apt-get', args: ['update'] },
      {
        command: 'apt-get',
        args: ['install', '-y', 'chromium', 'fonts-noto-cjk'],
        env: { DEBIAN_FRONTEND: 'noninteractive' },
      },
    ]);
  });

  it('stops and explains when apt-get fails', async () => {
    const h = harness({ exitCode: 100 });
    await expect(ensureBrowser(h.log, h.options)).rejects.toThrow('`apt-get update` failed (exit 100)');
    expect(h.commands).toHaveLength(1);
  });

  it('throws when the install leaves no browser behind', async () => {
    const h = harness({ installs: false });
    await expect(ensureBrowser(h.log, h.options)).rejects.toThrow('still found no browser');
  });

  it('tells a non-root Debian user to apt-get install chromium', async () => {
    const h = harness({ isRoot: () => false });
    const error = await ensureBrowser(h.log, h.options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(DEBIAN_NOT_ROOT_MESSAGE);
    expect((error as Error).message).toContain('apt-get install chromium');
    expect(h.commands).toEqual([]);
  });

  it('throws the generic message when not on Debian', async () => {
    const h = harness({ isDebian: () => false });
    await expect(ensureBrowser(h.log, h.options)).rejects.toThrow(GENERIC_MISSING_MESSAGE);
    expect(GENERIC_MISSING_MESSAGE).toContain('CHROME_PATH');
    expect(GENERIC_MISSING_MESSAGE).toContain('macOS');
    expect(h.commands).toEqual([]);
  });
});
