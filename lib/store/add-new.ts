/**
 * Writes records that are probably new with `add`: one request each, where reading first
 * and then writing costs two (each IndexedDB request is a round trip to the browser, about
 * 0.05–0.1 ms in Chromium, which is most of an ingest). `add` never overwrites, so a wrong
 * guess costs a retry, never a record: the positions that already existed come back for the
 * caller to read, merge and put. Any other failure (a full disk) is thrown, and the
 * transaction it runs in is aborted by it.
 */
import Dexie, { type Table } from 'dexie';

export async function addNew<T, K>(table: Table<T, K>, records: readonly T[]): Promise<number[]> {
  if (records.length === 0) return [];
  try {
    await table.bulkAdd(records as T[]);
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const taken: number[] = [];
    for (const [pos, failure] of Object.entries(error.failuresByPos)) {
      if (failure.name !== 'ConstraintError') throw failure;
      taken.push(Number(pos));
    }
    return taken.sort((a, b) => a - b);
  }
}
