/** The survey page's words, per language. Add a language by adding an entry. */
export interface SurveyPageText {
  thanks: string;
  yourAnswer: string;
  change: string;
  askCsat: string;
  askNps: string;
  askHint: string;
  csatLabels: [string, string, string, string, string];
  npsLow: string;
  npsHigh: string;
  commentLabel: string;
  commentSend: string;
  commentSaved: string;
  scoreSaved: string;
  selected: string;
  errors: Record<SurveyPageErrorKind, { title: string; detail: string }>;
}

export type SurveyPageErrorKind =
  'forged' | 'expired' | 'revoked' | 'closed' | 'invalid' | 'rateLimited' | 'failed';

const en: SurveyPageText = {
  thanks: 'Thank you for your feedback',
  yourAnswer: 'Your answer:',
  change: 'Changed your mind? Choose another score:',
  askCsat: 'How satisfied are you with the support you received?',
  askNps: 'How likely are you to recommend us to a friend or colleague?',
  askHint: 'Choose a score to send your answer.',
  csatLabels: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  commentLabel: 'Anything you would like to add? (optional)',
  commentSend: 'Send comment',
  commentSaved: 'Thank you, your comment has been saved.',
  scoreSaved: 'Your answer has been saved.',
  selected: '(your answer)',
  errors: {
    forged: {
      title: 'This link is not valid',
      detail: 'Please use the link from your email exactly as it was sent.',
    },
    expired: { title: 'This survey has closed', detail: 'The link has expired. Thank you anyway!' },
    revoked: { title: 'This survey is no longer available', detail: 'This link was withdrawn.' },
    closed: { title: 'This survey is no longer available', detail: 'It no longer takes answers.' },
    invalid: { title: 'Something in the form was not right', detail: 'Please try again.' },
    rateLimited: { title: 'Too many requests', detail: 'Please try again in a minute.' },
    failed: {
      title: 'Something went wrong',
      detail: 'There was a problem on our side. Please try again later.',
    },
  },
};

const vi: SurveyPageText = {
  thanks: 'Cảm ơn bạn đã góp ý',
  yourAnswer: 'Câu trả lời của bạn:',
  change: 'Bạn đổi ý? Hãy chọn điểm khác:',
  askCsat: 'Bạn hài lòng thế nào với sự hỗ trợ bạn nhận được?',
  askNps: 'Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè hoặc đồng nghiệp không?',
  askHint: 'Chọn một điểm để gửi câu trả lời.',
  csatLabels: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  npsLow: 'Hoàn toàn không',
  npsHigh: 'Chắc chắn có',
  commentLabel: 'Bạn có muốn nói thêm điều gì không? (không bắt buộc)',
  commentSend: 'Gửi nhận xét',
  commentSaved: 'Cảm ơn bạn, nhận xét của bạn đã được lưu.',
  scoreSaved: 'Câu trả lời của bạn đã được lưu.',
  selected: '(câu trả lời của bạn)',
  errors: {
    forged: {
      title: 'Liên kết này không hợp lệ',
      detail: 'Vui lòng dùng đúng liên kết trong email bạn nhận được.',
    },
    expired: {
      title: 'Khảo sát này đã kết thúc',
      detail: 'Liên kết đã hết hạn. Dù sao cũng cảm ơn bạn!',
    },
    revoked: { title: 'Khảo sát này không còn khả dụng', detail: 'Liên kết này đã bị thu hồi.' },
    closed: {
      title: 'Khảo sát này không còn khả dụng',
      detail: 'Khảo sát không còn nhận câu trả lời.',
    },
    invalid: { title: 'Biểu mẫu chưa hợp lệ', detail: 'Vui lòng thử lại.' },
    rateLimited: { title: 'Quá nhiều yêu cầu', detail: 'Vui lòng thử lại sau một phút.' },
    failed: {
      title: 'Đã xảy ra lỗi',
      detail: 'Có sự cố từ phía chúng tôi. Vui lòng thử lại sau.',
    },
  },
};

const el: SurveyPageText = {
  thanks: 'Ευχαριστούμε για τα σχόλιά σας',
  yourAnswer: 'Η απάντησή σας:',
  change: 'Αλλάξατε γνώμη; Επιλέξτε άλλη βαθμολογία:',
  askCsat: 'Πόσο ικανοποιημένοι είστε με την υποστήριξη που λάβατε;',
  askNps: 'Πόσο πιθανό είναι να μας προτείνετε σε έναν φίλο ή συνάδελφο;',
  askHint: 'Επιλέξτε βαθμολογία για να στείλετε την απάντησή σας.',
  csatLabels: [
    'Πολύ δυσαρεστημένος/η',
    'Δυσαρεστημένος/η',
    'Ουδέτερος/η',
    'Ικανοποιημένος/η',
    'Πολύ ικανοποιημένος/η',
  ],
  npsLow: 'Καθόλου πιθανό',
  npsHigh: 'Εξαιρετικά πιθανό',
  commentLabel: 'Θέλετε να προσθέσετε κάτι; (προαιρετικό)',
  commentSend: 'Αποστολή σχολίου',
  commentSaved: 'Ευχαριστούμε, το σχόλιό σας αποθηκεύτηκε.',
  scoreSaved: 'Η απάντησή σας αποθηκεύτηκε.',
  selected: '(η απάντησή σας)',
  errors: {
    forged: {
      title: 'Αυτός ο σύνδεσμος δεν είναι έγκυρος',
      detail: 'Χρησιμοποιήστε τον σύνδεσμο από το email σας ακριβώς όπως στάλθηκε.',
    },
    expired: {
      title: 'Η έρευνα έχει λήξει',
      detail: 'Ο σύνδεσμος έχει λήξει. Σας ευχαριστούμε πάντως!',
    },
    revoked: {
      title: 'Η έρευνα δεν είναι πλέον διαθέσιμη',
      detail: 'Αυτός ο σύνδεσμος έχει ανακληθεί.',
    },
    closed: {
      title: 'Η έρευνα δεν είναι πλέον διαθέσιμη',
      detail: 'Δεν δέχεται πλέον απαντήσεις.',
    },
    invalid: { title: 'Κάτι δεν ήταν σωστό στη φόρμα', detail: 'Παρακαλούμε δοκιμάστε ξανά.' },
    rateLimited: { title: 'Πάρα πολλά αιτήματα', detail: 'Δοκιμάστε ξανά σε ένα λεπτό.' },
    failed: {
      title: 'Κάτι πήγε στραβά',
      detail: 'Παρουσιάστηκε πρόβλημα από την πλευρά μας. Δοκιμάστε ξανά αργότερα.',
    },
  },
};

const th: SurveyPageText = {
  thanks: 'ขอบคุณสำหรับความคิดเห็นของคุณ',
  yourAnswer: 'คำตอบของคุณ:',
  change: 'เปลี่ยนใจใช่ไหม? เลือกคะแนนอื่น:',
  askCsat: 'คุณพึงพอใจกับความช่วยเหลือที่ได้รับมากน้อยเพียงใด?',
  askNps: 'คุณมีแนวโน้มที่จะแนะนำเราให้เพื่อนหรือเพื่อนร่วมงานมากน้อยเพียงใด?',
  askHint: 'เลือกคะแนนเพื่อส่งคำตอบของคุณ',
  csatLabels: ['ไม่พึงพอใจมาก', 'ไม่พึงพอใจ', 'เฉยๆ', 'พึงพอใจ', 'พึงพอใจมาก'],
  npsLow: 'ไม่แนะนำเลย',
  npsHigh: 'แนะนำอย่างแน่นอน',
  commentLabel: 'มีอะไรอยากเพิ่มเติมไหม? (ไม่บังคับ)',
  commentSend: 'ส่งความคิดเห็น',
  commentSaved: 'ขอบคุณ เราได้บันทึกความคิดเห็นของคุณแล้ว',
  scoreSaved: 'บันทึกคำตอบของคุณแล้ว',
  selected: '(คำตอบของคุณ)',
  errors: {
    forged: {
      title: 'ลิงก์นี้ไม่ถูกต้อง',
      detail: 'โปรดใช้ลิงก์จากอีเมลของคุณตามที่ได้รับ',
    },
    expired: { title: 'แบบสำรวจนี้ปิดแล้ว', detail: 'ลิงก์หมดอายุแล้ว ขอบคุณที่สนใจ!' },
    revoked: { title: 'แบบสำรวจนี้ไม่สามารถใช้งานได้แล้ว', detail: 'ลิงก์นี้ถูกยกเลิกแล้ว' },
    closed: { title: 'แบบสำรวจนี้ไม่สามารถใช้งานได้แล้ว', detail: 'แบบสำรวจนี้ไม่รับคำตอบแล้ว' },
    invalid: { title: 'ข้อมูลในแบบฟอร์มไม่ถูกต้อง', detail: 'โปรดลองอีกครั้ง' },
    rateLimited: { title: 'มีคำขอมากเกินไป', detail: 'โปรดลองอีกครั้งในอีกหนึ่งนาที' },
    failed: { title: 'เกิดข้อผิดพลาด', detail: 'เกิดปัญหาจากฝั่งเรา โปรดลองอีกครั้งภายหลัง' },
  },
};

const it: SurveyPageText = {
  thanks: 'Grazie per il tuo feedback',
  yourAnswer: 'La tua risposta:',
  change: 'Hai cambiato idea? Scegli un altro punteggio:',
  askCsat: "Quanto sei soddisfatto dell'assistenza ricevuta?",
  askNps: 'Quanto è probabile che ci consiglieresti a un amico o a un collega?',
  askHint: 'Scegli un punteggio per inviare la tua risposta.',
  csatLabels: [
    'Per niente soddisfatto',
    'Insoddisfatto',
    'Neutrale',
    'Soddisfatto',
    'Molto soddisfatto',
  ],
  npsLow: 'Per niente probabile',
  npsHigh: 'Estremamente probabile',
  commentLabel: 'Vuoi aggiungere qualcosa? (facoltativo)',
  commentSend: 'Invia commento',
  commentSaved: 'Grazie, il tuo commento è stato salvato.',
  scoreSaved: 'La tua risposta è stata salvata.',
  selected: '(la tua risposta)',
  errors: {
    forged: {
      title: 'Questo link non è valido',
      detail: "Usa il link dell'email esattamente come ti è stato inviato.",
    },
    expired: { title: 'Questo sondaggio è chiuso', detail: 'Il link è scaduto. Grazie comunque!' },
    revoked: {
      title: 'Questo sondaggio non è più disponibile',
      detail: 'Questo link è stato revocato.',
    },
    closed: {
      title: 'Questo sondaggio non è più disponibile',
      detail: 'Non accetta più risposte.',
    },
    invalid: { title: 'Qualcosa nel modulo non va', detail: 'Riprova.' },
    rateLimited: { title: 'Troppe richieste', detail: 'Riprova tra un minuto.' },
    failed: {
      title: 'Qualcosa è andato storto',
      detail: 'Si è verificato un problema da parte nostra. Riprova più tardi.',
    },
  },
};

export const SURVEY_PAGE_TEXT: Readonly<Record<string, SurveyPageText>> = { en, vi, el, th, it };

/**
 * The page's language: the customer's locale when the survey has one we speak, else the
 * browser's `Accept-Language` (by preference), else English.
 */
export function pageLanguage(customerLocale: string | null, acceptLanguage?: string): string {
  const primary = (tag: string) => tag.trim().split(/[-_]/)[0].toLowerCase();
  const speaks = (lang: string) => Object.hasOwn(SURVEY_PAGE_TEXT, lang);
  if (customerLocale && speaks(primary(customerLocale))) return primary(customerLocale);
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: primary(tag), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return wanted.find((w) => speaks(w.lang))?.lang ?? 'en';
}
