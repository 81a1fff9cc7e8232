/**
 * The page is observed once per tab: only the page session (lib/inline/page-session.ts) may
 * create a MutationObserver in the Seller Central content script and what it runs; features
 * render from the session. (The wording guard on messaging pages is its own script.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('one observer per tab', () => {
  it('only the page session creates a MutationObserver in the Seller Central content script', () => {
    const scanned = [
      ...files(join(ROOT, 'entrypoints/seller-central.content')),
      ...files(join(ROOT, 'lib/inline')).filter((f) => !f.includes('/compose/')),
      ...files(join(ROOT, 'lib/pages')),
    ];
    const observers = scanned
      .filter((file) => /new\s+\w*MutationObserver\w*\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(observers).toEqual(['lib/inline/page-session.ts']);
  });
});
