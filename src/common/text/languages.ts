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
