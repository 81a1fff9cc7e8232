/**
 * The blind replicas (tests/fixtures/blind/pages) and the halves they were assigned to
 * (tests/fixtures/blind/split.json). Shared by `npm run blind` and the end-to-end test that
 * holds the readers to their score.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BLIND_ROOT = resolve(import.meta.dirname, '../../tests/fixtures/blind');

export type Half = 'dev' | 'heldout';

export interface BlindReplica {
  /** '<kind>/<name>' */
  id: string;
  kind: string;
  html: string;
  url: string;
  now: string;
  expected: unknown;
  half: Half;
}

interface Split {
  pages: Record<string, Half>;
  messages: Record<string, Half>;
}

export function readSplit(): Split {
  return JSON.parse(readFileSync(join(BLIND_ROOT, 'split.json'), 'utf8')) as Split;
}

export function blindReplicas(): BlindReplica[] {
  const split = readSplit();
  const root = join(BLIND_ROOT, 'pages');
  const out: BlindReplica[] = [];
  for (const kind of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, kind)).sort()) {
      if (!file.endsWith('.expected.json')) continue;
      const name = file.slice(0, -'.expected.json'.length);
      const id = `${kind}/${name}`;
      const half = split.pages[id];
      if (!half) throw new Error(`${id} has no half in split.json: run \`npm run blind -- split\``);
      const spec = JSON.parse(readFileSync(join(root, kind, file), 'utf8')) as {
        url: string;
        now: string;
        reading: unknown;
      };
      out.push({
        id,
        kind,
        html: readFileSync(join(root, kind, `${name}.html`), 'utf8'),
        url: spec.url,
        now: spec.now,
        expected: spec.reading,
        half,
      });
    }
  }
  return out;
}
