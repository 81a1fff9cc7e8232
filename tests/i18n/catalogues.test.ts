import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../support/i18n';

const en = loadCatalogue('en');
const zh = loadCatalogue('zh_CN');
const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('i18n catalogues', () => {
  it('have the same keys in en and zh_CN', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('translate every message (no English left in zh_CN but the product name)', () => {
    const untranslated = Object.keys(en).filter(
      (k) => k !== 'popupTitle' && zh[k]?.message === en[k]?.message,
    );
    expect(untranslated).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      const names = (m: string | undefined) =>
        [...(m ?? '').matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]).sort();
      expect(names(zh[key]?.message), key).toEqual(names(en[key]?.message));
      expect(Object.keys(zh[key]?.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(en[key]?.placeholders ?? {}).sort(),
      );
    }
  });

  it('hold every key the code asks for, and every __MSG_ of the manifest', () => {
    const code = [
      ...sources(join(root, 'components')),
      ...sources(join(root, 'entrypoints')),
      join(root, 'wxt.config.ts'),
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const asked = new Set([
      ...[...code.matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1]),
      ...[...code.matchAll(/__MSG_([A-Za-z_]+)__/g)].map((m) => m[1]),
    ]);
    expect(asked.size).toBeGreaterThan(10);
    for (const key of asked) expect(en, `missing key ${key}`).toHaveProperty(key as string);
  });
});
