import { detectLanguage, languageOf, searchConfigFor } from './languages';

describe('languages', () => {
  it('detects the language of a sentence, and leaves short texts undecided', () => {
    expect(detectLanguage('Il pagamento non è andato a buon fine')).toBe('it');
    expect(detectLanguage('Η παραγγελία μου δεν έφτασε')).toBe('el');
    expect(detectLanguage('Khách hàng không thể đăng nhập vào tài khoản')).toBe('vi');
    expect(detectLanguage('ลืมรหัสผ่านเข้าสู่ระบบไม่ได้')).toBe('th');
    expect(detectLanguage('The export fails with error 500 since Monday')).toBe('en');
    expect(detectLanguage('The invoices I exported yesterday are missing several payments')).toBe(
      'en',
    );
    expect(detectLanguage('Password reset')).toBeNull();
    expect(detectLanguage('Help\nok')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('reads the language of a locale', () => {
    expect(languageOf('it-IT')).toBe('it');
    expect(languageOf('el')).toBe('el');
    expect(languageOf('pt_BR')).toBe('pt');
    expect(languageOf('not a locale')).toBeNull();
    expect(languageOf(null)).toBeNull();
  });

  it('maps languages to accent-folding search configurations', () => {
    expect(searchConfigFor('it')).toBe('kb_italian');
    expect(searchConfigFor('el-GR')).toBe('kb_greek');
    expect(searchConfigFor('vi')).toBe('kb_simple');
  });
});
