import { existsSync } from 'node:fs';
import { join } from 'node:path';

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

interface Eld {
  detect(text: string): { language: string; getScores(): Record<string, number> };
}

let eld: Eld | null = null;

/**
 * eld (Efficient Language Detector), its 'small' database. It is an ES module whose exports only
 * answer `import`, so its entry is required by path (Node ≥ 20.19 requires ES modules).
 */
function detector(): Eld {
  if (eld) return eld;
  for (const dir of require.resolve.paths('eld') ?? []) {
    const entry = join(dir, 'eld', 'src', 'entries', 'static.small.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (existsSync(entry)) return (eld = (require(entry) as { eld: Eld }).eld);
  }
  throw new Error('The eld package is not installed (npm ci)');
}

/** The best language must score this much, and this much more than the runner-up. */
const MIN_SCORE = 0.7;
const MIN_MARGIN = 0.05;

/**
 * The language a text is written in (ISO 639-1), or null when the text is too short or too
 * ambiguous to tell ("Password reset" could be several). Scripts used by one language (Greek,
 * Thai) are recognised from a few words.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 2000);
  if (sample.replace(/[\s\d\p{P}]/gu, '').length < 3) return null;
  const result = detector().detect(sample);
  const [best, second] = Object.values(result.getScores()).sort((x, y) => y - x);
  if (!result.language || best === undefined || best < MIN_SCORE) return null;
  return second === undefined || best - second >= MIN_MARGIN ? result.language : null;
}
