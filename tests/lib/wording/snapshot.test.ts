import { describe, expect, it } from 'vitest';
import { parseDraftSnapshot } from '@/lib/wording/snapshot';

const good = {
  ruleId: 'email-address',
  category: 'off-platform-contact',
  severity: 'block',
  excerpt: 'a@b.example',
  message: { en: 'No email addresses.', zh_CN: '不能包含电子邮件地址。' },
  start: 3,
  end: 14,
};

describe('the draft snapshot from the page', () => {
  it('keeps well-formed findings, only the fields the popup shows', () => {
    expect(parseDraftSnapshot({ ok: true, length: 20, findings: [good] })).toEqual({
      length: 20,
      findings: [
        {
          ruleId: 'email-address',
          category: 'off-platform-contact',
          severity: 'block',
          excerpt: 'a@b.example',
          message: good.message,
        },
      ],
    });
    expect(parseDraftSnapshot({ ok: true, length: 0, findings: [] })).toEqual({ length: 0, findings: [] });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'findings'],
    ['no ok', { length: 1, findings: [] }],
    ['a negative length', { ok: true, length: -1, findings: [] }],
    ['findings not a list', { ok: true, length: 1, findings: {} }],
    ['an unknown severity', { ok: true, length: 1, findings: [{ ...good, severity: 'fatal' }] }],
    ['an unknown category', { ok: true, length: 1, findings: [{ ...good, category: 'spam' }] }],
    ['a message without Chinese', { ok: true, length: 1, findings: [{ ...good, message: { en: 'x' } }] }],
    ['too many findings', { ok: true, length: 1, findings: Array.from({ length: 201 }, () => good) }],
  ])('drops %s whole', (_, value) => {
    expect(parseDraftSnapshot(value)).toBeUndefined();
  });
});
