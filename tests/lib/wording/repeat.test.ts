import { describe, expect, it } from 'vitest';
import { normaliseForRepeat, REPEAT_WARN_FROM, repeatHash, repeatWarning } from '@/lib/wording/repeat';
import { REPEAT_RULE_ID } from './support';

const template = (name: string, order: string, amount: string) =>
  `Hi ${name},\n\nyour order ${order} has shipped.   We refunded ${amount} to anna.k@example.com.`;

describe('normaliseForRepeat', () => {
  it('masks buyer names, order ids, numbers and emails, lower-cases and collapses spaces', () => {
    expect(
      normaliseForRepeat(template('Anna', '112-1234567-1234567', '$8.50'), { buyerNames: ['Anna'] }),
    ).toBe('hi <buyer>, your order <order> has shipped. we refunded $<n> to <email>.');
  });

  it('masks each part of a full name and Chinese names wherever they stand', () => {
    expect(normaliseForRepeat('Dear Ms Schmidt, Anna', { buyerNames: ['Anna Schmidt'] })).toBe(
      'dear ms <buyer>, <buyer>',
    );
    expect(normaliseForRepeat('王先生您好', { buyerNames: ['王'] })).toBe('王先生您好');
    expect(normaliseForRepeat('王伟先生您好', { buyerNames: ['王伟'] })).toBe('<buyer>先生您好');
  });

  it('does not mask a name inside another word', () => {
    expect(normaliseForRepeat('Annabel and Ann', { buyerNames: ['Ann'] })).toBe('annabel and <buyer>');
  });

  it('folds full-width digits before masking', () => {
    expect(normaliseForRepeat('注文番号１１２-１２３４５６７-１２３４５６７')).toBe('注文番号<order>');
  });
});

describe('repeatHash', () => {
  it('gives one template sent to different buyers one hash', async () => {
    const a = await repeatHash(template('Anna', '112-1234567-1234567', '$8.50'), { buyerNames: ['Anna'] });
    const b = await repeatHash(template('Tom', '113-7654321-7654321', '$12.00'), { buyerNames: ['Tom'] });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tells different texts apart', async () => {
    expect(await repeatHash('Your order has shipped.')).not.toBe(await repeatHash('Your order is delayed.'));
  });

  it('is SHA-256 of the normalised text', async () => {
    expect(await repeatHash('ABC')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('repeatWarning', () => {
  it('stays quiet below 40 sends a day', () => {
    expect(repeatWarning(REPEAT_WARN_FROM - 1, 'text')).toBeUndefined();
    expect(repeatWarning(0)).toBeUndefined();
    expect(repeatWarning(Number.NaN)).toBeUndefined();
  });

  it('warns from 40 sends, over the whole text', () => {
    const text = 'Your order has shipped.';
    expect(REPEAT_WARN_FROM).toBe(40);
    expect(repeatWarning(40, text)).toMatchObject({
      ruleId: REPEAT_RULE_ID,
      category: 'trigger-word',
      severity: 'warn',
      start: 0,
      end: text.length,
    });
    expect(repeatWarning(51, text)?.message.en).toContain('51');
  });
});
