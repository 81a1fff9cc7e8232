import { describe, expect, it } from 'vitest';
import { shownTexts } from '@/lib/pages/content/deep';
import { firstValues, labelledIn } from '@/lib/pages/content/labelled';

/** Labelled values as a reader takes them: the texts shown, in order. */
const labelledValues = <K extends string>(root: Element, sets: Readonly<Record<K, readonly string[]>>) =>
  firstValues(
    labelledIn(
      shownTexts(root).map((t) => t.text),
      sets,
    ),
  );

import { ITEM_LABELS, normaliseStatus, SHIPPING_LABELS } from '@/lib/pages/labels';

const el = (html: string): Element => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('order statuses, normalised across UI languages', () => {
  it.each([
    ['Unshipped', 'unshipped'],
    ['Nicht versandt', 'unshipped'],
    ['Non expédiée', 'unshipped'],
    ['Non spedito', 'unshipped'],
    ['Sin enviar', 'unshipped'],
    ['未出荷', 'unshipped'],
    ['未发货', 'unshipped'],
    ['Dispatched', 'shipped'],
    ['Expédiée', 'shipped'],
    ['Spedito', 'shipped'],
    ['Enviado', 'shipped'],
    ['出荷済み', 'shipped'],
    ['已发货', 'shipped'],
    ['Livrée', 'delivered'],
    ['Consegnato', 'delivered'],
    ['Entregado', 'delivered'],
    ['配達済み', 'delivered'],
    ['已送达', 'delivered'],
    ['En attente', 'pending'],
    ['In sospeso', 'pending'],
    ['Pendiente', 'pending'],
    ['保留中', 'pending'],
    ['等待中', 'pending'],
    ['Annulée', 'cancelled'],
    ['Annullato', 'cancelled'],
    ['Cancelado', 'cancelled'],
    ['キャンセル済み', 'cancelled'],
    ['已取消', 'cancelled'],
  ])('%s → %s', (word, status) => {
    expect(normaliseStatus(`  ${word} `)).toBe(status);
  });

  it('knows no status it was not told about', () => {
    expect(normaliseStatus('Teleported')).toBeUndefined();
    expect(normaliseStatus('Sin')).toBeUndefined();
  });
});

describe('shipping and item labels in every UI language', () => {
  it('reads the British "Dispatch by date" as the ship-by date', () => {
    const root = el('<div><span>Dispatch by date</span>: <span>23 Nov 2026</span></div>');
    expect(labelledValues(root, SHIPPING_LABELS)).toEqual({ shipBy: '23 Nov 2026' });
  });

  it('reads labels followed by a French no-break space and colon, or a full-width colon', () => {
    const fr = el(
      '<div><span>Quantité</span>\u00a0: <b>2</b></div><div>Livrer avant le\u00a0: 1 déc. 2026</div>',
    );
    expect(labelledValues(fr, { ...ITEM_LABELS, ...SHIPPING_LABELS })).toEqual({
      quantity: '2',
      deliverBy: '1 déc. 2026',
    });
    const zh = el('<div><span>数量</span>：<b>3</b></div><div>发货截止日期：2026年11月23日</div>');
    expect(labelledValues(zh, { ...ITEM_LABELS, ...SHIPPING_LABELS })).toEqual({
      quantity: '3',
      shipBy: '2026年11月23日',
    });
  });
});
