/**
 * Field-by-field comparison of a reading with the reading a blind replica expects
 * (tests/fixtures/blind/README.md). Every leaf of the expected reading is one field; records
 * are matched by what identifies them, not by position, so a reader that finds the same orders
 * in another order is not punished, and one that invents a record is: every leaf the reader
 * gives that the expected reading does not have counts as a wrong field too.
 */

export interface FieldScore {
  /** Leaves of the expected reading. */
  expected: number;
  /** Of those, read right. */
  right: number;
  /** Leaves the reader gave that the expected reading does not have. */
  spurious: number;
  /** Paths of the fields read wrong, missed or invented (the first 40). */
  wrong: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Fields whose value is free text for a person, not data: only their presence counts. */
const FREE_TEXT = new Set(['reason']);
/** What a reading says about itself, not about the page: never judged. */
const META = new Set(['skipped']);

/** How records in a list are matched: the first key a record has, else its position. */
const RECORD_KEYS: Readonly<Record<string, readonly string[]>> = {
  orders: ['orderId'],
  threads: ['threadId', 'orderId', 'buyerName'],
};

const isObject = (v: unknown): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function leaves(value: Json | undefined): number {
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + leaves(v), 0);
  if (isObject(value)) return Object.values(value).reduce<number>((n, v) => n + leaves(v), 0);
  return value === undefined ? 0 : 1;
}

function recordKey(list: string, record: Json, index: number): string {
  const keys = RECORD_KEYS[list];
  if (keys && isObject(record)) {
    for (const key of keys) {
      const v = record[key];
      if (typeof v === 'string') return `${key}=${v}`;
    }
  }
  return `#${index}`;
}

export function compareReading(expectedReading: unknown, actualReading: unknown): FieldScore {
  const expected = expectedReading as Json;
  const actual = actualReading as Json;
  const score: FieldScore = { expected: 0, right: 0, spurious: 0, wrong: [] };
  const miss = (path: string, n: number) => {
    score.expected += n;
    if (n > 0 && score.wrong.length < 40) score.wrong.push(`missed ${path}`);
  };
  const invent = (path: string, n: number) => {
    score.spurious += n;
    if (n > 0 && score.wrong.length < 40) score.wrong.push(`invented ${path}`);
  };

  const walk = (exp: Json | undefined, act: Json | undefined, path: string, name: string): void => {
    if (exp === undefined) {
      invent(path, leaves(act));
      return;
    }
    if (Array.isArray(exp)) {
      if (!Array.isArray(act)) {
        miss(path, leaves(exp));
        return;
      }
      const byKey = new Map<string, Json>();
      act.forEach((record, i) => {
        const key = recordKey(name, record, i);
        if (!byKey.has(key)) byKey.set(key, record);
      });
      const seen = new Set<string>();
      exp.forEach((record, i) => {
        const key = recordKey(name, record, i);
        seen.add(key);
        walk(record, byKey.get(key), `${path}[${key}]`, name);
      });
      for (const [key, record] of byKey) if (!seen.has(key)) invent(`${path}[${key}]`, leaves(record));
      return;
    }
    if (isObject(exp)) {
      if (!isObject(act)) {
        miss(path, leaves(exp));
        return;
      }
      for (const key of Object.keys(exp)) walk(exp[key], act[key], `${path}.${key}`, key);
      for (const key of Object.keys(act))
        if (!(key in exp) && !META.has(key)) invent(`${path}.${key}`, leaves(act[key]));
      return;
    }
    score.expected += 1;
    const same = FREE_TEXT.has(name) ? typeof act === 'string' && act.length > 0 : exp === act;
    if (same) score.right += 1;
    else if (score.wrong.length < 40)
      score.wrong.push(`${path}: expected ${JSON.stringify(exp)}, read ${JSON.stringify(act)}`);
  };

  if (isObject(expected) && isObject(actual) && expected.kind !== actual.kind) {
    // Another kind altogether: nothing on the page was read as it is.
    score.expected = leaves(expected);
    score.wrong.push(`kind: expected ${JSON.stringify(expected.kind)}, read ${JSON.stringify(actual.kind)}`);
    // What it read instead of an unrecognised page is invented, but for the page's context.
    if (expected.kind === 'unknown') {
      const { kind: _k, marketplace: _m, language: _l, ...data } = actual;
      score.spurious = leaves(data);
    }
    return score;
  }
  walk(expected, actual, '', '');
  return score;
}

/** Right fields over all fields judged (expected ones and invented ones). */
export function fieldShare(score: Pick<FieldScore, 'expected' | 'right' | 'spurious'>): number {
  const judged = score.expected + score.spurious;
  return judged === 0 ? 1 : score.right / judged;
}

export function addScores(scores: readonly FieldScore[]): FieldScore {
  return scores.reduce<FieldScore>(
    (sum, s) => ({
      expected: sum.expected + s.expected,
      right: sum.right + s.right,
      spurious: sum.spurious + s.spurious,
      wrong: [],
    }),
    { expected: 0, right: 0, spurious: 0, wrong: [] },
  );
}
