import { createHash } from 'node:crypto';
import { FeedbackKind, scoresOf } from './satisfaction';
import { SURVEY_PAGE_TEXT, SurveyPageErrorKind, SurveyPageText } from './survey-page.i18n';

/**
 * The survey page: plain HTML forms that work without JavaScript, one inline stylesheet (its
 * hash is the only thing the Content-Security-Policy allows), no third-party assets.
 */
const CSS = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#555;--accent:#0b57d0;--on-accent:#fff;--line:#8a8a8a;--note:#e8f0fe}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#151515;--muted:#b5b5b5;--accent:#8ab4f8;--on-accent:#111;--line:#8a8a8a;--note:#1f2a3d}}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Thai",sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:36rem;margin:0 auto;padding:2rem 1.25rem 3rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 1rem}
p{margin:0 0 1rem}
.note{padding:.75rem 1rem;border-left:4px solid var(--accent);background:var(--note);border-radius:.25rem}
fieldset{border:0;padding:0;margin:1.5rem 0}
legend{font-weight:600;padding:0;margin-bottom:.5rem}
.scale{display:flex;flex-wrap:wrap;gap:.5rem}
.scale button{flex:1 1 2.75rem;min-width:2.75rem;min-height:2.75rem}
.scale .label{display:block;font-size:.8rem;line-height:1.2}
.ends{display:flex;justify-content:space-between;gap:1rem;color:var(--muted);font-size:.875rem;margin:.375rem 0 0}
button{font:inherit;cursor:pointer;border:2px solid var(--line);border-radius:.5rem;background:var(--bg);color:var(--fg);padding:.5rem .625rem}
button[aria-pressed=true],.send{background:var(--accent);border-color:var(--accent);color:var(--on-accent);font-weight:700}
button:focus-visible,textarea:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
label{display:block;font-weight:600;margin-bottom:.5rem}
textarea{display:block;width:100%;min-height:7rem;font:inherit;padding:.5rem;border:2px solid var(--line);border-radius:.5rem;background:var(--bg);color:var(--fg)}
.send{margin-top:.75rem;min-height:2.75rem;padding:.5rem 1.25rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`.trim();

/** Every response of the page carries these: nothing runs, loads or frames it but itself. */
export const SURVEY_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': [
    "default-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; '),
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'X-Robots-Tag': 'noindex, nofollow',
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function layout(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The label of a score: "4 – Satisfied" for CSAT, the number for NPS. */
function scoreLabel(t: SurveyPageText, kind: FeedbackKind, score: number): string {
  return kind === 'csat' ? `${score} – ${t.csatLabels[score - 1]}` : String(score);
}

function scoreButtons(
  t: SurveyPageText,
  kind: FeedbackKind,
  chosen: number | null,
  legend: string,
): string {
  const buttons = scoresOf(kind).map((s) => {
    const label =
      kind === 'csat'
        ? `${s}<span class="label">${esc(t.csatLabels[s - 1])}</span>`
        : `${s}${s === 0 ? `<span class="vh"> – ${esc(t.npsLow)}</span>` : ''}${s === 10 ? `<span class="vh"> – ${esc(t.npsHigh)}</span>` : ''}`;
    const pressed = s === chosen;
    return `<button type="submit" name="score" value="${s}" aria-pressed="${pressed}">${label}${pressed ? `<span class="vh"> ${esc(t.selected)}</span>` : ''}</button>`;
  });
  const ends =
    kind === 'nps'
      ? `\n<p class="ends" aria-hidden="true"><span>0 = ${esc(t.npsLow)}</span><span>10 = ${esc(t.npsHigh)}</span></p>`
      : '';
  return `<fieldset>
<legend>${esc(legend)}</legend>
<div class="scale">
${buttons.join('\n')}
</div>${ends}
</fieldset>`;
}

export interface SurveyPageView {
  lang: string;
  kind: FeedbackKind;
  /** The token of the link opened: the forms post back to it. */
  token: string;
  /** The answer on record; null when nothing was recorded yet (a prefetched link). */
  score: number | null;
  comment: string | null;
  /** What the page confirms: the score just recorded or changed, or a comment saved. */
  notice?: 'score' | 'comment';
}

/** The thank-you page (or, when nothing is recorded yet, the question with its scores). */
export function renderSurveyPage(v: SurveyPageView): string {
  const t = SURVEY_PAGE_TEXT[v.lang];
  const action = `./${encodeURIComponent(v.token)}`;
  const question = v.kind === 'csat' ? t.askCsat : t.askNps;
  if (v.score === null) {
    return layout(
      v.lang,
      question,
      `<h1>${esc(question)}</h1>
<form method="post" action="${action}">
${scoreButtons(t, v.kind, null, t.askHint)}
</form>`,
    );
  }
  const notice =
    v.notice === 'comment' ? t.commentSaved : v.notice === 'score' ? t.scoreSaved : null;
  return layout(
    v.lang,
    t.thanks,
    `<h1>${esc(t.thanks)}</h1>
${notice ? `<p class="note" role="status">${esc(notice)}</p>\n` : ''}<p>${esc(question)}</p>
<p>${esc(t.yourAnswer)} <strong id="answer">${esc(scoreLabel(t, v.kind, v.score))}</strong></p>
<form method="post" action="${action}">
${scoreButtons(t, v.kind, v.score, t.change)}
</form>
<form method="post" action="${action}">
<input type="hidden" name="score" value="${v.score}">
<label for="comment">${esc(t.commentLabel)}</label>
<textarea id="comment" name="comment" maxlength="5000" rows="5">${esc(v.comment ?? '')}</textarea>
<button type="submit" class="send">${esc(t.commentSend)}</button>
</form>`,
  );
}

export function renderSurveyError(lang: string, kind: SurveyPageErrorKind): string {
  const { title, detail } = SURVEY_PAGE_TEXT[lang].errors[kind];
  return layout(lang, title, `<h1>${esc(title)}</h1>\n<p>${esc(detail)}</p>`);
}
