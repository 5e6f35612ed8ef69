import { detectAll } from 'tinyld';

/** Thai, Lao, Myanmar, Khmer, Chinese and Japanese: words are not separated by spaces. */
export const UNSPACED_SCRIPT =
  /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

/** Languages PostgreSQL ships a stemmer for, by ISO 639-1 code → its text search configuration. */
const STEMMED: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  et: 'estonian',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

/**
 * The knowledge-base text search configuration for a locale (`kb_<language>`, accents folded),
 * or `kb_simple` (no stemming, accents folded) for languages without a stemmer: Vietnamese,
 * Thai, Chinese, ….
 */
export function searchConfigFor(locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return `kb_${STEMMED[language] ?? 'simple'}`;
}

/** The language part of a locale: `it-IT` → `it`; null for anything that is not one. */
export function languageOf(locale: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(locale?.trim() ?? '');
  return match ? match[1].toLowerCase() : null;
}

/** How sure the detector must be: short texts ("Help", "Password reset") are left undecided. */
const MIN_ACCURACY = 0.5;

/**
 * The language a text is written in (ISO 639-1), or null when the text is too short or mixed to
 * tell. Scripts used by one language (Greek, Thai) are recognised from a few words.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 2000);
  if (sample.trim().length < 3) return null;
  const [best] = detectAll(sample);
  return best && best.accuracy >= MIN_ACCURACY ? best.lang : null;
}
