/**
 * One pass that turns a message into the text the rules are written against, keeping a map
 * back to the original so that findings point at what the seller typed.
 *
 * Why each folding: sellers (and people dodging Amazon's filter) write "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ",
 * "０９０-１２３４-５６７８", "𝐰𝐡𝐚𝐭𝐬𝐚𝐩𝐩", zero-width spaces inside words and curly quotes from
 * word processors; and patterns are simpler and safer written once without accents
 * ("resena" finds both "reseña" and the accent-less "resena" buyers type).
 */
import type { OffsetMap } from './types';

export interface NormalisedText {
  text: string;
  map: OffsetMap;
}

/** Latin-1 Supplement and Latin Extended-A/B: the base letter(s) of each accented letter. */
const LATIN_FOLD: (string | undefined)[] = [];
const SPECIAL_FOLD: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
};
for (let c = 0xc0; c <= 0x24f; c++) {
  const ch = String.fromCharCode(c);
  const special = SPECIAL_FOLD[ch];
  if (special) {
    LATIN_FOLD[c] = special;
    continue;
  }
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  if (base >= 'a' && base <= 'z') LATIN_FOLD[c] = base;
}
LATIN_FOLD[0x1e9e] = 'ss';

/** Characters folded to one ASCII stand-in (punctuation that hides in look-alikes). */
const PUNCT_FOLD: Record<number, string> = {
  12288: ' ', // ideographic space
  160: ' ',
  8239: ' ',
  8287: ' ',
  8216: "'",
  8217: "'",
  8218: "'",
  8219: "'",
  8242: "'",
  180: "'",
  8220: '"',
  8221: '"',
  8222: '"',
  8243: '"',
  8208: '-',
  8209: '-',
  8210: '-',
  8211: '-',
  8212: '-',
  8213: '-',
  8722: '-',
  65123: '-',
  12290: '.', // ideographic full stop, used to dodge "example.com" filters
  65377: '.',
  65106: '.',
  65131: '@',
  9450: '0', // ⓪
};

/** Removed entirely: invisible characters used to split words. */
const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad || c === 0x180e;

/** Mathematical alphanumeric symbols (𝐚, 𝒂, 𝟗…) → ASCII; holes in the block map sensibly. */
function mathAlnum(cp: number): string | undefined {
  if (cp >= 0x1d400 && cp <= 0x1d6a3) {
    const i = (cp - 0x1d400) % 52;
    return String.fromCharCode(i < 26 ? 0x61 + i : 0x61 + i - 26);
  }
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return String.fromCharCode(0x30 + ((cp - 0x1d7ce) % 10));
  return undefined;
}

/** The folded form of one BMP character, or undefined when it stays as it is. */
function foldChar(c: number): string | undefined {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : undefined;
  if (c <= 0x24f) {
    const latin = LATIN_FOLD[c];
    if (latin !== undefined) return latin;
  }
  const punct = PUNCT_FOLD[c];
  if (punct !== undefined) return punct;
  // Full-width ASCII (ｗｗｗ．…, ０９０…, ＠).
  if (c >= 0xff01 && c <= 0xff5e) {
    const ascii = c - 0xfee0;
    return String.fromCharCode(ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii);
  }
  if (c >= 0x2000 && c <= 0x200a) return ' ';
  if (c >= 0x2460 && c <= 0x2468) return String.fromCharCode(0x31 + c - 0x2460); // ①…⑨
  if (c >= 0x24b6 && c <= 0x24cf) return String.fromCharCode(0x61 + c - 0x24b6); // Ⓐ…Ⓩ
  if (c >= 0x24d0 && c <= 0x24e9) return String.fromCharCode(0x61 + c - 0x24d0); // ⓐ…ⓩ
  if (c >= 0x1e00 && c <= 0x1eff) {
    const base = String.fromCharCode(c).normalize('NFD').charAt(0).toLowerCase();
    return base >= 'a' && base <= 'z' ? base : undefined;
  }
  // Other cased scripts (Greek, Cyrillic): lower-case when it keeps the length.
  if (c < 0x2e80) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1 && lower.charCodeAt(0) !== c) return lower;
  }
  return undefined;
}

const IDENTITY: OffsetMap = {
  toOriginalStart: (i) => i,
  toOriginalEnd: (i) => i,
};

class ArrayOffsetMap implements OffsetMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly length: number,
    private readonly originalLength: number,
  ) {}
  toOriginalStart(index: number): number {
    if (index >= this.length) return this.originalLength;
    return this.starts[Math.max(0, index)] ?? this.originalLength;
  }
  /** `index` is an exclusive end: the original end of the character before it. */
  toOriginalEnd(index: number): number {
    if (index <= 0) return 0;
    return this.ends[Math.min(index, this.length) - 1] ?? this.originalLength;
  }
}

const NON_ASCII = /[^\u0020-\u007e\t\n\r]/;

export function normalise(original: string): NormalisedText {
  // Most English messages: plain ASCII, lower-casing keeps every offset.
  if (!NON_ASCII.test(original)) return { text: original.toLowerCase(), map: IDENTITY };
  const n = original.length;
  let out = '';
  // Lazily allocated: most messages map 1:1 and need no arrays.
  let starts: Int32Array | undefined;
  let ends: Int32Array | undefined;
  let outLen = 0;
  let runStart = 0; // start of the pending unchanged run in `original`

  const ensureArrays = (): void => {
    if (starts) return;
    starts = new Int32Array(n * 2 + 2);
    ends = new Int32Array(n * 2 + 2);
    for (let k = 0; k < outLen; k++) {
      starts[k] = k;
      ends[k] = k + 1;
    }
  };
  const flushRun = (to: number): void => {
    if (to <= runStart) return;
    out += original.slice(runStart, to);
    if (starts && ends) {
      for (let k = runStart; k < to; k++) {
        starts[outLen] = k;
        ends[outLen] = k + 1;
        outLen++;
      }
    } else outLen += to - runStart;
  };
  const emit = (s: string, from: number, to: number, oneToOne: boolean): void => {
    if (!oneToOne) ensureArrays();
    out += s;
    if (starts && ends) {
      for (let k = 0; k < s.length; k++) {
        starts[outLen] = from;
        ends[outLen] = to;
        outLen++;
      }
    } else outLen += s.length;
  };

  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80 && (c < 0x41 || c > 0x5a)) continue; // plain ASCII: stays in the run
    if (c >= 0x3040 && c < 0xd800) continue; // kana, CJK: unchanged, the common case there
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const cp = original.codePointAt(i) ?? c;
      const folded = mathAlnum(cp);
      if (folded !== undefined) {
        flushRun(i);
        emit(folded, i, i + 2, false);
        runStart = i + 2;
      }
      i++;
      continue;
    }
    if (c >= 0xdc00 && c < 0xfe00) continue; // stray surrogates, private use, CJK compatibility
    if (isInvisible(c)) {
      flushRun(i);
      ensureArrays();
      runStart = i + 1;
      continue;
    }
    const folded = foldChar(c);
    if (folded === undefined) continue;
    flushRun(i);
    emit(folded, i, i + 1, folded.length === 1);
    runStart = i + 1;
  }
  flushRun(n);

  return {
    text: out,
    map: starts && ends ? new ArrayOffsetMap(starts, ends, outLen, n) : IDENTITY,
  };
}
