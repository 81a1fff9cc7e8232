import { describe, expect, it } from 'vitest';
import { detectLanguages, languageOf } from '@/lib/wording/language';
import { normalise } from '@/lib/wording/normalise';

describe('normalise', () => {
  it('lower-cases plain ASCII without moving anything', () => {
    const { text, map } = normalise('Call ME');
    expect(text).toBe('call me');
    expect([map.toOriginalStart(5), map.toOriginalEnd(7)]).toEqual([5, 7]);
  });

  it('folds full-width letters, digits and punctuation one to one', () => {
    expect(normalise('ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ ０９０－１２３４').text).toBe(
      'www.example.com 090-1234',
    );
    expect(normalise('ＡＢ＠ｃ').text).toBe('ab@c');
  });

  it('strips accents and expands ß, æ, œ, keeping a map to the original', () => {
    const original = 'Grüße, Æsop, cœur, reseña';
    const { text, map } = normalise(original);
    expect(text).toBe('grusse, aesop, coeur, resena');
    const at = text.indexOf('aesop');
    expect(original.slice(map.toOriginalStart(at), map.toOriginalEnd(at + 5))).toBe('Æsop');
    const s = text.indexOf('resena');
    expect(original.slice(map.toOriginalStart(s), map.toOriginalEnd(s + 6))).toBe('reseña');
  });

  it('removes zero-width characters and maps around them', () => {
    const original = 'wh\u200bats\u200dapp';
    const { text, map } = normalise(original);
    expect(text).toBe('whatsapp');
    expect([map.toOriginalStart(0), map.toOriginalEnd(8)]).toEqual([0, original.length]);
  });

  it('turns mathematical letters (two UTF-16 units) into one ASCII letter each', () => {
    const original = '𝐰𝐡𝐚𝐭𝐬𝐚𝐩𝐩';
    const { text, map } = normalise(original);
    expect(text).toBe('whatsapp');
    expect(map.toOriginalEnd(8)).toBe(16);
    expect(map.toOriginalStart(1)).toBe(2);
  });

  it('folds curly quotes, dashes and the ideographic full stop', () => {
    expect(normalise('don’t – example。com').text).toBe("don't - example.com");
  });

  it('leaves Chinese and Japanese as they are', () => {
    expect(normalise('加我微信、ありがとう').text).toBe('加我微信、ありがとう');
  });
});

describe('language', () => {
  it('reads BCP 47 tags', () => {
    expect(languageOf('de-DE')).toBe('de');
    expect(languageOf('zh_CN')).toBe('zh');
    expect(languageOf('pt-BR')).toBeUndefined();
    expect(languageOf(undefined)).toBeUndefined();
  });

  it.each([
    ['thank you for your order, we will send it today', ['en']],
    ['vielen dank für ihre bestellung, wir senden sie heute', ['de']],
    ['merci pour votre commande, nous vous envoyons le colis', ['fr']],
    ['gracias por su pedido, le enviamos el paquete hoy', ['es']],
    ['grazie per il suo ordine, le spediamo il pacco oggi', ['it']],
    ['ご注文ありがとうございます', ['ja']],
    ['感谢您的购买', ['zh']],
  ])('%s → %j', (text, expected) => {
    expect([...detectLanguages(normalise(text).text)]).toEqual(expected);
  });

  it('adds English to a message that mixes it in, and the hinted language', () => {
    expect(detectLanguages('vielen dank für ihre bestellung, please reply here').has('en')).toBe(true);
    expect(detectLanguages('ok', { language: 'fr' }).has('fr')).toBe(true);
  });

  it('tries every European language on a text with no function word and no hint', () => {
    expect([...detectLanguages('letzte warnung')].sort()).toEqual(['de', 'en', 'es', 'fr', 'it']);
  });

  it('trusts the marketplace, with English, on a text with no function word', () => {
    expect([...detectLanguages('letzte warnung', { marketplace: 'DE' })].sort()).toEqual(['de', 'en']);
  });

  it('reads Han without kana as Japanese too on the Japanese marketplace', () => {
    expect([...detectLanguages('高評価', { marketplace: 'JP' })].sort()).toEqual(['ja', 'zh']);
  });
});
