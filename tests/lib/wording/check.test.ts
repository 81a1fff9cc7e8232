import { describe, expect, it } from 'vitest';
import { checkWordingWith, execNear } from '@/lib/wording/check';
import { compileRules } from '@/lib/wording/compile';
import { checkWording, prepareWording, type WordingFinding } from '@/lib/wording/index';
import { normalise } from '@/lib/wording/normalise';
import { RULES } from '@/lib/wording/rules';
import { LANGUAGES } from '@/lib/wording/types';
import { CORPUS } from '../../fixtures/wording/corpus';
import { seededRandom } from '../../support/seeded-random';

/** Offsets of `part` in `text` (first occurrence). */
function span(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in "${text}"`);
  return { start, end: start + part.length };
}
const brief = (f: WordingFinding) => ({
  ruleId: f.ruleId,
  category: f.category,
  severity: f.severity,
  start: f.start,
  end: f.end,
});
const categories = (text: string, context?: Parameters<typeof checkWording>[1]) =>
  checkWording(text, context).map((f) => f.category);
const ruleIds = (text: string, context?: Parameters<typeof checkWording>[1]) =>
  checkWording(text, context).map((f) => f.ruleId);

describe('checkWording', () => {
  it('finds nothing in an empty or plainly helpful message', () => {
    expect(checkWording('')).toEqual([]);
    expect(
      checkWording(
        'Hi Anna, your order 112-1234567-1234567 shipped on 2026-11-21. Please reply to this message if anything is missing.',
      ),
    ).toEqual([]);
  });

  it('reports rule, category, severity and offsets into the original text, sorted by start', () => {
    const text = 'Please leave us a 5-star review! Mail me at john.doe@gmail.com or call +1 (555) 123-4567.';
    expect(checkWording(text).map(brief)).toEqual([
      {
        ruleId: 'positive-review-request',
        category: 'review-manipulation',
        severity: 'block',
        ...span(text, 'leave us a 5-star review'),
      },
      {
        ruleId: 'email-address',
        category: 'off-platform-contact',
        severity: 'block',
        ...span(text, 'john.doe@gmail.com'),
      },
      {
        ruleId: 'phone-number',
        category: 'off-platform-contact',
        severity: 'block',
        ...span(text, '+1 (555) 123-4567'),
      },
    ]);
  });

  it('maps offsets back through full-width characters, zero-width spaces, ß and emoji', () => {
    const wide = 'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ ０９０-１２３４-５６７８';
    expect(checkWording(wide).map(brief)).toEqual([
      {
        ruleId: 'link-other-site',
        category: 'external-link',
        severity: 'block',
        ...span(wide, 'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ'),
      },
      {
        ruleId: 'phone-number',
        category: 'off-platform-contact',
        severity: 'block',
        ...span(wide, '０９０-１２３４-５６７８'),
      },
    ]);

    const hidden = 'Grüße aus Berlin 😊 — schreiben Sie an ser\u200bvice@bei\u200bspiel.de';
    const email = checkWording(hidden).find((f) => f.ruleId === 'email-address');
    expect(email && hidden.slice(email.start, email.end)).toBe('ser\u200bvice@bei\u200bspiel.de');
    const emoji = checkWording(hidden).find((f) => f.ruleId === 'emoji');
    expect(emoji && { start: emoji.start, end: emoji.end }).toEqual(span(hidden, '😊'));
  });

  it('merges overlapping findings of one category into one, keeping the strongest rule', () => {
    // "leave us a 5-star review" (positive-review-request) overlaps "5-star" and the
    // review-only-happy phrase; one review-manipulation finding covers them all.
    const text = 'If you are happy, please leave us a 5-star review.';
    const found = checkWording(text).filter((f) => f.category === 'review-manipulation');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'block',
      start: text.indexOf('happy'),
      end: text.indexOf('.'),
    });
  });

  it('keeps overlapping findings of different categories apart', () => {
    const text = 'Get a $10 gift card after you leave a 5-star review!';
    expect(categories(text).sort()).toEqual(['incentive', 'review-manipulation']);
  });

  it('drops a caution that lies inside a stronger finding, keeps it alone', () => {
    expect(ruleIds('Please leave us a 5-star review.')).not.toContain('trigger-review-feedback');
    const thanks = 'Thank you for your feedback.';
    expect(checkWording(thanks).map(brief)).toEqual([
      {
        ruleId: 'trigger-review-feedback',
        category: 'trigger-word',
        severity: 'info',
        ...span(thanks, 'feedback'),
      },
    ]);
  });

  it('never blocks on a trigger word', () => {
    for (const text of ['free gift prize review feedback', '免费 奖品 好评', '無料 プレゼント レビュー']) {
      for (const f of checkWording(text).filter((x) => x.category === 'trigger-word'))
        expect(f.severity).toBe('info');
    }
  });

  it('suggests removing contact details and collapsing empty lines', () => {
    const [email] = checkWording('Write to help@shop.example');
    expect(email?.suggestion?.replacement).toBe('');
    const [breaks] = checkWording('Hello,\n\n\n\nyour order has shipped.');
    expect(breaks).toMatchObject({ ruleId: 'excess-line-breaks', start: 6, end: 10 });
    expect(breaks?.suggestion?.replacement).toBe('\n\n');
  });

  it('compiles its rules when asked, ahead of the first check', () => {
    expect(() => prepareWording()).not.toThrow();
    expect(ruleIds('Write to help@shop.example')).toEqual(['email-address']);
  });

  it('returns fresh findings: changing one changes no later call', () => {
    const first = checkWording('Write to help@shop.example');
    const f = first[0];
    if (f) f.start = 999;
    expect(checkWording('Write to help@shop.example')[0]?.start).toBe(9);
  });
});

describe('contact details, however they are written', () => {
  it.each([
    ['name [at] domain dot com', 'email-address'],
    ['name(at)domain(dot)com', 'email-address'],
    ['anna.lee [at] gmail [dot] com', 'email-address'],
    ['write to shop＠example．com', 'email-address'],
    ['w h a t s a p p', 'messenger-mention'],
    ['wechat: abc123', 'messenger-handle'],
    ['加我微信', 'messenger-invite'],
    ['LINE ID: homeglow_jp', 'messenger-handle'],
    ['call 0 9 0 1 2 3 4 5 6 7 8', 'phone-number'],
    ['tel. 030.1234.5678', 'phone-number'],
    ['０９０-１２３４-５６７８', 'phone-number'],
    ['+44 7700 900123', 'phone-number'],
    ['06 12 34 56 78', 'phone-number'],
  ])('%s → %s', (text, ruleId) => {
    expect(ruleIds(text)).toContain(ruleId);
  });

  it.each([
    ['Amazon order id', 'Order 112-1234567-1234567 is on its way.'],
    ['Amazon order id with spaces', 'Order 112 1234567 1234567 is on its way.'],
    ['UPS tracking', 'Tracking 1Z999AA10123456784.'],
    ['USPS tracking introduced', 'USPS tracking number 9400 1118 9922 3197 4284 90'],
    ['12-digit carrier number introduced', 'Tracking number: 1234 5678 9012'],
    ['Japanese tracking number', '追跡番号：1234-5678-9012'],
    ['price', 'The refund of $1,234.56 was issued.'],
    ['euro price', 'Wir haben 1.234,56 € erstattet.'],
    ['large price with spaces', 'Montant : 1 234 567,89 €'],
    ['ISO date', 'Delivered 2026-11-21.'],
    ['European date', 'Zugestellt am 21.11.2026 um 14:30.'],
    ['ASIN', 'ASIN B0C1234567'],
    ['ISBN-style ASIN introduced', 'ASIN 0123456789'],
    ['EAN introduced', 'EAN 4006381333931'],
    ['Japanese postcode', '〒150-0001 東京都'],
    ['US ZIP+4', 'Seattle, WA 98109-5210'],
    ['sizes', 'Sizes 36 38 40 42 44 are in stock.'],
  ])('never takes a %s for a phone number', (_what, text) => {
    expect(ruleIds(text)).not.toContain('phone-number');
  });
});

describe('links', () => {
  it.each([
    ['example.com/shop', 'link-other-site', 'block'],
    ['see homeglow dot com', 'link-other-site', 'block'],
    ['https://homeglow.example/manual', 'link-other-site', 'block'],
    ['bit.ly/x', 'link-short', 'block'],
    ['https://amzn.to/3abcDEF', 'link-short', 'block'],
    ['https://www.amazon.com/dp/B0C1234567', 'link-amazon-product-or-store', 'warn'],
    ['amazon.de/gp/product/B0C1234567', 'link-amazon-product-or-store', 'warn'],
    ['https://www.amazon.com/stores/HomeGlow/page/1', 'link-amazon-product-or-store', 'warn'],
    ['https://www.amazon.co.jp/shops/HomeGlow', 'link-amazon-product-or-store', 'warn'],
    ['https://sellercentral.amazon.com/orders-v3', 'link-seller-central', 'warn'],
  ])('%s → %s (%s)', (text, ruleId, severity) => {
    expect(checkWording(text).map((f) => [f.ruleId, f.category, f.severity])).toContainEqual([
      ruleId,
      'external-link',
      severity,
    ]);
  });

  it.each([
    'https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567',
    'https://www.amazon.de/your-orders',
    'https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=1234',
    'https://www.amazon.fr/hz/contact-us',
    'Bought on Amazon.co.jp.',
    'It arrived.It works now.',
    'See the manual.pdf attached.',
  ])('lets %s through', (text) => {
    expect(categories(text)).not.toContain('external-link');
  });

  it('does not report an address twice as a link', () => {
    expect(categories('anna [at] homeglow [dot] com')).toEqual(['off-platform-contact']);
  });
});

describe('purpose', () => {
  const honest = 'We would appreciate your honest feedback.';

  it('lets a neutral review request pass as a review request', () => {
    expect(checkWording(honest, { purpose: 'review-request' })).toEqual([]);
  });

  it('flags positive, happy-only and repeated requests in a review request', () => {
    expect(ruleIds('Please leave a 5-star review.', { purpose: 'review-request' })).toContain(
      'positive-review-request',
    );
    expect(
      ruleIds('If you are happy with it, please leave a review.', { purpose: 'review-request' }),
    ).toContain('review-only-happy');
    const twice = 'Please leave a review of the lamp. Your opinion matters, so please leave a review soon.';
    expect(checkWording(twice, { purpose: 'review-request' }).map(brief)).toContainEqual({
      ruleId: 'review-request-twice',
      category: 'review-manipulation',
      severity: 'warn',
      start: twice.lastIndexOf('leave a review'),
      end: twice.lastIndexOf('leave a review') + 'leave a review'.length,
    });
    expect(ruleIds(twice, { purpose: 'reply' })).not.toContain('review-request-twice');
  });

  it('adds proactive-only-thanks for proactive messages only', () => {
    const text =
      'Hi Anna,\nThank you for your order! Your package has shipped. If you have any questions, contact us.\nBest regards';
    expect(checkWording(text, { purpose: 'proactive' }).map(brief)).toContainEqual({
      ruleId: 'proactive-only-thanks',
      category: 'proactive-only-thanks',
      severity: 'warn',
      start: 0,
      end: text.length,
    });
    expect(categories(text, { purpose: 'reply' })).not.toContain('proactive-only-thanks');
    expect(categories(text)).not.toContain('proactive-only-thanks');
  });

  it('lets a proactive message with a real reason pass', () => {
    const text =
      'Hi Anna, thank you for your order. The lamp needs the USB-C cable in the box; do not use a charger above 20 W.';
    expect(categories(text, { purpose: 'proactive' })).not.toContain('proactive-only-thanks');
  });
});

describe('languages', () => {
  it.each([
    ['de', 'Bitte stornieren Sie die Bestellung.', 'ask-buyer-to-cancel'],
    ['fr', 'Veuillez annuler votre commande.', 'ask-buyer-to-cancel'],
    ['es', 'Por favor, cancele su pedido.', 'ask-buyer-to-cancel'],
    ['it', "Per favore annulli l'ordine.", 'ask-buyer-to-cancel'],
    ['ja', 'お客様の方でキャンセルしていただけますか。', 'ask-buyer-to-cancel'],
    ['zh', '麻烦您取消一下订单', 'ask-buyer-to-cancel'],
    ['en', 'Could you cancel the order?', 'ask-buyer-to-cancel'],
  ])('detects %s from the text', (_lang, text, ruleId) => {
    expect(ruleIds(text)).toContain(ruleId);
  });

  it('uses context.language for a text too short to tell', () => {
    expect(ruleIds('Letzte Warnung', { language: 'de-DE' })).toContain('buyer-ultimatum');
    expect(ruleIds('Bewertung ändern', { language: 'de' })).toContain('review-change-request');
  });

  it('reads English phrases inside a message in another language', () => {
    expect(ruleIds('Vielen Dank! Please leave us a 5-star review.')).toContain('positive-review-request');
    expect(ruleIds('感谢购买！please leave us a 5-star review')).toContain('positive-review-request');
  });

  it('keeps accents and case from hiding words', () => {
    expect(ruleIds('DÉJENOS UNA RESEÑA DE CINCO ESTRELLAS')).toContain('positive-review-request');
    expect(ruleIds('Über eine FÜNF-Sterne-Bewertung freuen wir uns')).toContain('positive-review-request');
  });
});

describe('the anchored scan', () => {
  // The fast path tries each branch of a pattern where its anchor word starts; the reference
  // runs every pattern as written over the whole text. They may cut a phrase differently
  // (a branch can match longer than the first alternative), never find different things.
  it('finds what scanning every pattern as written over the whole text finds', () => {
    const overlaps = (a: WordingFinding, b: WordingFinding) =>
      a.category === b.category && a.severity === b.severity && a.start < b.end && b.start < a.end;
    const texts = [...CORPUS.map((m) => m.text), CORPUS.map((m) => m.text).join('\n')];
    for (const text of texts) {
      for (const purpose of ['reply', 'proactive', 'review-request'] as const) {
        const fast = checkWordingWith(text, { purpose });
        const whole = checkWordingWith(text, { purpose }, { wholeScan: true });
        for (const f of fast)
          expect(
            whole.some((w) => overlaps(f, w)),
            `${text.slice(0, 60)} ${f.ruleId}`,
          ).toBe(true);
        for (const w of whole)
          expect(
            fast.some((f) => overlaps(f, w)),
            `${text.slice(0, 60)} ${w.ruleId}`,
          ).toBe(true);
      }
    }
  });

  it('runs each branch on the text around its anchor with the result it has on the whole text', () => {
    const compiled = compileRules(RULES);
    // Every corpus message in one long text, and once more without line breaks: matches
    // near every edge of the window, at the start and at the end of the text.
    const texts = [CORPUS.map((m) => m.text).join('\n'), CORPUS.map((m) => m.text).join(' ')].map(
      (t) => normalise(t).text,
    );
    let tried = 0;
    for (const text of texts) {
      for (const language of LANGUAGES) {
        const index = compiled.indexFor(new Set([language]));
        index.regex.lastIndex = 0;
        for (let m = index.regex.exec(text); m; m = index.regex.exec(text)) {
          const at = m.index;
          index.regex.lastIndex = at + 1;
          for (const branch of index.branchesOf.get(m[0]) ?? []) {
            branch.regex.lastIndex = at;
            const whole = branch.regex.exec(text);
            const near = execNear(branch.regex, text, at, branch.moved);
            expect(near ? [...near] : null, `${branch.rule.id} at ${at}`).toEqual(whole ? [...whole] : null);
            tried += 1;
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(1_000);
  });

  it('finds what a check from scratch finds after every edit of a long message', () => {
    const random = seededRandom(20261123);
    const phrases = CORPUS.map((m) => m.text);
    const pick = () => phrases[Math.floor(random() * phrases.length)] ?? '';
    let text = '';
    while (text.length < 3_000) text += `${pick()}${random() < 0.2 ? '\n\n' : ' '}`;
    // Half the edits land just before a word some rule anchors on, where a lookbehind or the
    // words before decide: "please cancel", "remove your feedback", "5-star review".
    const anchors = /cancel|feedback|review|contact|whatsapp|refund|stars?/g;
    text += ' Could you please cancel the order? You must remove your feedback. Leave a 5-star review.';
    for (let edit = 0; edit < 120; edit++) {
      const near = [...text.matchAll(anchors)].map((m) => m.index);
      const target = near[Math.floor(random() * near.length)] ?? 0;
      const at =
        random() < 0.5
          ? Math.max(0, target - 1 - Math.floor(random() * 30))
          : Math.floor(random() * text.length);
      const kind = random();
      // Typing a letter, deleting a stretch, pasting a corpus phrase.
      if (kind < 0.5) text = `${text.slice(0, at)}${'ea .'[Math.floor(random() * 4)]}${text.slice(at)}`;
      else if (kind < 0.75) text = `${text.slice(0, at)}${text.slice(at + Math.floor(random() * 40))}`;
      else text = `${text.slice(0, at)} ${pick()} ${text.slice(at)}`;
      for (const purpose of ['reply', 'proactive'] as const) {
        expect(checkWording(text, { purpose }), `edit ${edit}`).toEqual(
          checkWordingWith(text, { purpose }, { anchorMemo: false }),
        );
      }
    }
  }, 30_000);

  it('sees a change in the words after an anchor, within its reach', () => {
    const benign = CORPUS.filter((m) => m.expect.length === 0).map((m) => m.text);
    let filler = '';
    for (let i = 0; filler.length < 700; i++) filler += `${benign[i % benign.length]} `;
    const asked = `${filler}Maybe it is easier to cancel the order from your side, thanks. ${filler}`;
    const told = asked.replace('from your side', 'from my side');
    for (const text of [asked, told, asked, told]) {
      expect(checkWording(text, { purpose: 'reply' })).toEqual(
        checkWordingWith(text, { purpose: 'reply' }, { anchorMemo: false }),
      );
    }
    expect(checkWording(asked, { purpose: 'reply' }).map((f) => f.ruleId)).toContain('ask-buyer-to-cancel');
    expect(checkWording(told, { purpose: 'reply' }).map((f) => f.ruleId)).not.toContain(
      'ask-buyer-to-cancel',
    );
  });

  it('sees a change in the words before an anchor, far from the words after it', () => {
    const benign = CORPUS.filter((m) => m.expect.length === 0).map((m) => m.text);
    let filler = '';
    for (let i = 0; filler.length < 700; i++) filler += `${benign[i % benign.length]} `;
    const asked = `${filler}Could you please cancel the order? ${filler}`;
    const told = asked.replace('Could you please cancel', 'Yes, we can cancel');
    for (const text of [asked, told, asked]) {
      expect(checkWording(text, { purpose: 'reply' })).toEqual(
        checkWordingWith(text, { purpose: 'reply' }, { anchorMemo: false }),
      );
    }
    expect(checkWording(asked, { purpose: 'reply' }).map((f) => f.ruleId)).toContain('ask-buyer-to-cancel');
    expect(checkWording(told, { purpose: 'reply' }).map((f) => f.ruleId)).not.toContain(
      'ask-buyer-to-cancel',
    );
  });
});
