/**
 * Which languages' rules to run on a message. Small and fast on purpose: scripts decide
 * Japanese (kana) and Chinese (Han without kana); common function words decide between the
 * European languages. Running a language too many costs a little time; missing one lets a
 * breach through, so the choice leans towards including.
 */
import type { Language, WordingContext } from './types';
import { LANGUAGES } from './types';

/** Function words, accent-stripped and lower-case like the normalised text. */
const FUNCTION_WORDS: Record<Exclude<Language, 'ja' | 'zh'>, string> = {
  en: 'the and you your we our is are for to of with this that please have has will be can thank thanks us if would any from was been hello dear hi regards sorry my',
  de: 'der die das und sie ihre ihr ihnen ist wir uns unser unsere nicht mit fur bitte ein eine einen haben vielen dank danke ich auf zu den dem des wird werden sehr geehrte geehrter hallo bestellung gerne auch noch konnen oder sind',
  fr: 'en le la les et vous votre vos nous notre est pour avec pas une des du merci bonjour commande je il ce cette dans que qui sur sont avons etes cordialement madame monsieur au aux ne tres',
  es: 'en el la los las y usted su sus es para con una gracias pedido hola por que del lo estimado estimada hemos muy esta este le se saludos cliente pero como nuestro nuestra',
  it: 'su il lo gli la le e per con non una grazie ordine ciao suo sua siamo che di del della abbiamo gentile cordiali saluti sono ha questo questa nel alla al vostro vostra',
};

type Latin = keyof typeof FUNCTION_WORDS;

const LATIN: Latin[] = ['en', 'de', 'fr', 'es', 'it'];

const WORD_LANGS = new Map<string, Latin[]>();
for (const lang of LATIN) {
  for (const word of FUNCTION_WORDS[lang].split(' ')) {
    const langs = WORD_LANGS.get(word) ?? [];
    langs.push(lang);
    WORD_LANGS.set(word, langs);
  }
}

/** Whether `word` is one of the common function words above (in any language). */
export const isFunctionWord = (word: string): boolean => WORD_LANGS.has(word);

/** The language a marketplace's buyers mostly read. */
const MARKETPLACE_LANGUAGE: Record<string, Language> = {
  US: 'en',
  UK: 'en',
  GB: 'en',
  CA: 'en',
  AU: 'en',
  IN: 'en',
  SG: 'en',
  AE: 'en',
  SA: 'en',
  EG: 'en',
  DE: 'de',
  FR: 'fr',
  BE: 'fr',
  IT: 'it',
  ES: 'es',
  MX: 'es',
  JP: 'ja',
};

/** 'de-DE' → 'de', 'zh-Hans-CN' → 'zh', 'ja_JP' → 'ja'; unsupported → undefined. */
export function languageOf(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const code = tag.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(code ?? '') ? (code as Language) : undefined;
}

/** Enough of a long message to tell its language; the rules still read all of it. */
const SAMPLE = 400;
/** Function words are short; longer words are not looked up. */
const MAX_WORD = 12;

export function detectLanguages(text: string, context?: WordingContext): Set<Language> {
  const langs = new Set<Language>();
  const hint = languageOf(context?.language);
  if (hint) langs.add(hint);

  const end = Math.min(text.length, SAMPLE);
  let kana = 0;
  let han = 0;
  let latin = 0;
  const scores: Record<Latin, number> = { en: 0, de: 0, fr: 0, es: 0, it: 0 };
  let wordStart = -1;
  // One pass: count scripts and look up each short Latin word as it ends.
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    if (c >= 0x61 && c <= 0x7a) {
      latin++;
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      if (i - wordStart <= MAX_WORD) {
        const hits = WORD_LANGS.get(text.slice(wordStart, i));
        if (hits) for (const lang of hits) scores[lang]++;
      }
      wordStart = -1;
    }
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  if (kana > 0) langs.add('ja');
  else if (han >= 2) langs.add('zh');
  // Han alone is ambiguous in a short text; a Japanese marketplace settles it.
  if (han >= 2 && kana === 0 && context?.marketplace?.toUpperCase() === 'JP') langs.add('ja');

  if (latin >= 4) {
    let best = 0;
    for (const lang of LATIN) best = Math.max(best, scores[lang]);
    for (const lang of LATIN) {
      if (scores[lang] > 0 && scores[lang] >= best * 0.6) langs.add(lang);
    }
    // English is the lingua franca of cross-border sellers: English phrases inside a
    // German or Chinese message are common.
    if (scores.en > 0) langs.add('en');
    // Too few function words to be sure: the marketplace's language is the best guess.
    const market = MARKETPLACE_LANGUAGE[context?.marketplace?.toUpperCase() ?? ''];
    if (market && best < 3 && market !== 'ja') langs.add(market);
    // No function word at all (a short "Letzte Warnung!"): the hinted languages and English
    // when there are hints, every European language when there are none.
    if (best === 0) {
      langs.add('en');
      if (!hint && !market) for (const lang of LATIN) langs.add(lang);
    }
  }
  return langs;
}
