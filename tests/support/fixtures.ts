import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '../fixtures');

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function fixtureJson<T = unknown>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}

export interface MountRows {
  /** id of the <template> that holds the rows the app mounts late. */
  template: string;
  /** id of the <table> they are mounted into (in a new tbody). */
  table: string;
}

/**
 * A replica as a Document. Scripts do not run here, so a replica whose app mounts its rows
 * late from a <template> (as the real orders app does) is mounted by hand when asked. The
 * template wraps its rows in a table because happy-dom drops bare <tr> inside a <template>.
 */
export function loadFixture(path: string, mount?: MountRows): Document {
  const doc = new DOMParser().parseFromString(fixtureText(path), 'text/html');
  if (mount) {
    const template = doc.getElementById(mount.template) as HTMLTemplateElement | null;
    const table = doc.getElementById(mount.table);
    const rows = template?.content.querySelectorAll('tbody > tr');
    if (!table || !rows?.length) throw new Error(`fixture ${path}: cannot mount #${mount.template}`);
    const body = doc.createElement('tbody');
    body.append(...Array.from(rows, (row) => doc.importNode(row, true)));
    table.append(body);
  }
  return doc;
}
