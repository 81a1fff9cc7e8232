import { describe, expect, it } from 'vitest';
import {
  byActivity,
  isOrderIdQuery,
  matchNames,
  nameIndexOf,
  normaliseForSearch,
} from '@/lib/store/name-search';
import { aStoredCustomer } from '../../support/customers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23);

const customers = [
  aStoredCustomer({ key: 'jane', displayName: 'Jane  DOE', lastActivityAt: NOW - DAY }),
  aStoredCustomer({ key: 'janet', displayName: 'Janet Roe', lastActivityAt: NOW }),
  aStoredCustomer({ key: 'erased', displayName: undefined, lastActivityAt: NOW }),
  aStoredCustomer({ key: 'hanako', displayName: '山田 花子', lastActivityAt: NOW - 2 * DAY }),
  aStoredCustomer({ key: 'b-same-day', displayName: 'Jan Berg', lastActivityAt: NOW - DAY }),
];
const index = nameIndexOf(customers);
const keys = (query: string, limit = 10) => matchNames(index, query, limit).map((c) => c.key);

describe('name search', () => {
  it.each<[string, string, string[]]>([
    ['a part of a name, latest activity first', 'jane', ['janet', 'jane']],
    ['case and spacing ignored', 'JANE   doe', ['jane']],
    ['full-width letters as their ASCII forms', 'ＪＡＮＥ  Ｄ', ['jane']],
    ['same day: ties by key descending, as the index walk gave', 'jan', ['janet', 'jane', 'b-same-day']],
    ['CJK names', '花子', ['hanako']],
    ['nothing for blank queries', '   ', []],
    ['nothing for a name nobody has', 'zoe', []],
  ])('%s', (_name, query, expected) => {
    expect(keys(query)).toEqual(expected);
  });

  it('stops at the limit, keeping the most recent', () => {
    expect(keys('jan', 2)).toEqual(['janet', 'jane']);
  });

  it('never indexes a customer whose name was erased', () => {
    expect(index.entries.map((e) => e.customer.key)).not.toContain('erased');
    expect(nameIndexOf([]).entries).toEqual([]);
  });

  it('does not reorder the records it was given', () => {
    const given = [...customers];
    nameIndexOf(given);
    expect(given.map((c) => c.key)).toEqual(customers.map((c) => c.key));
  });

  it.each<[string, boolean]>([
    ['114-1234567-7654321', true],
    ['114-12', true],
    [' 114 ', true],
    ['11', false],
    ['jane', false],
    ['114-1234567-7654321-1', false],
  ])('treats %j as an order id: %s', (query, expected) => {
    expect(isOrderIdQuery(query)).toBe(expected);
  });

  it('compares names as customer keys normalise them', () => {
    expect(normaliseForSearch('  Ｊａｎｅ\u3000DOE ')).toBe('jane doe');
    expect(
      customers
        .slice(0, 2)
        .sort(byActivity)
        .map((c) => c.key),
    ).toEqual(['janet', 'jane']);
  });
});
