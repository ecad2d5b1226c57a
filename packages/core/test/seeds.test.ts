import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseArticle } from '../src/index.js';
import { citationTuples, linesWithRole, parseSeed, roleOf } from './helpers.js';

describe('seed 000 (Vietnamese, Thanh Niên house style)', () => {
  const article = parseSeed('000_7d0d01de241d3518.txt');

  it('is a valid article with the headline, language and dateline', () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.title).toBe('Mali được Nga cam kết ủng hộ khi LHQ rút lực lượng gìn giữ hòa bình');
    expect(article.language).toBe('vi');
    expect(article.published).toEqual({ value: '2023-07-01T09:05:00+07:00', precision: 'minute', source: 'dateline', evidence: '01/07/2023 09:05 GMT+7' });
  });

  it('guesses the outlet from house style, below certainty', () => {
    expect(article.outlet?.name).toBe('Thanh Niên');
    expect(article.outlet?.domain).toBe('thanhnien.vn');
    expect(article.outlet!.confidence).toBeGreaterThan(0.5);
    expect(article.outlet!.confidence).toBeLessThan(1);
    expect(article.outlet!.evidence.join(' ')).toContain('GMT+7');
  });

  it('names no outlet from one weak pattern that many sites share (a GMT+7 dateline alone)', () => {
    const page = 'Công nhân cảng kết thúc đình công\n\n04/07/2023 09:05 GMT+7\n\nCông nhân bốc xếp tại cảng đã kết thúc cuộc đình công kéo dài một tuần, ban quản lý cảng cho biết.';
    const alone = parseArticle(page);
    expect(alone.published?.value).toBe('2023-07-04T09:05:00+07:00');
    expect(alone.outlet).toBeNull();
    const withCaption = parseArticle(`${page}\n\nTàu chờ ngoài khơi trong thời gian đình công - Ảnh 1.`);
    expect(withCaption.outlet).toMatchObject({ name: 'Thanh Niên', source: 'fingerprint', confidence: 0.7 });
  });

  it('cites TASS and AFP as attributions and Reuters as a photo credit', () => {
    expect(citationTuples(article)).toEqual([
      ['TASS', 'attribution'],
      ['AFP', 'attribution'],
      ['Reuters', 'credit'],
    ]);
    expect(article.citations[0]!.evidence).toBe('theo Hãng tin TASS');
    expect(article.text.slice(article.citations[0]!.start, article.citations[0]!.end)).toBe('TASS');
  });

  it('labels captions, credit, teaser, navigation and comment notice', () => {
    expect(roleOf(article, '01/07/2023')).toBe('dateline');
    expect(roleOf(article, 'Bộ Ngoại giao Nga ngày 30.6')).toBe('lead');
    expect(roleOf(article, 'Nga ra tuyên bố sau khi LHQ')).toBe('caption');
    expect(roleOf(article, 'Lực lượng gìn giữ hòa bình LHQ tuần tra')).toBe('caption');
    expect(roleOf(article, 'Reuters')).toBe('credit');
    expect(roleOf(article, 'Nghị sĩ Nga nói gì')).toBe('related');
    expect(roleOf(article, 'Top')).toBe('navigation');
    expect(linesWithRole(article, 'comments')).toEqual(['Bạn không thể gửi bình luận liên tục. Xin hãy đợi', '60 giây nữa.']);
    expect(linesWithRole(article, 'body')).toHaveLength(11);
  });
});

describe('seed 001 (Vietnamese, Báo Quốc tế roundup)', () => {
  const article = parseSeed('001_d728a159c3b1bbfd.txt');

  it('has no headline and no publication date', () => {
    expect(article.title).toBeNull();
    expect(article.published).toBeNull();
    expect(article.language).toBe('vi');
  });

  it('reads TASS from the caption source and labels the teasers', () => {
    expect(citationTuples(article)).toEqual([['TASS', 'source-line']]);
    expect(article.citations[0]!.evidence).toBe('(Nguồn: TASS)');
    expect(roleOf(article, 'Ngoại trưởng Nga Lavrov (trái)')).toBe('caption');
    expect(roleOf(article, '| Tin thế giới 10/11')).toBe('related');
    expect(roleOf(article, '| Đức vội lên tiếng')).toBe('related');
    expect(roleOf(article, 'Ngoại trưởng Diop nói')).toBe('lead');
  });

  it('guesses Báo Quốc tế from the roundup teasers', () => {
    expect(article.outlet?.name).toBe('Báo Quốc tế');
    expect(article.outlet!.confidence).toBeLessThan(0.9);
  });
});

describe('seed 002 (Polish machine translation of RT)', () => {
  const article = parseSeed('002_1304d1d541c6c9d0.txt');

  it('is Polish, without headline or date', () => {
    expect(article.language).toBe('pl');
    expect(article.title).toBeNull();
    expect(article.published).toBeNull();
  });

  it('records the translation, its tool and the original', () => {
    const url = 'https://www.rt.com/africa/602036-lavrov-mali-security-support-pledge/';
    expect(article.sourceUrl).toBe(url);
    expect(article.translation).toEqual({
      isTranslation: true,
      tool: 'Google Translate',
      evidence: 'Przetlumaczono przez translator Google',
      originalUrl: url,
      originalOutlet: 'RT',
      originalLanguage: 'en',
    });
    expect(article.outlet).toMatchObject({ name: 'RT', confidence: 0.6 });
  });

  it('credits Sputnik in the file-photo caption', () => {
    expect(citationTuples(article)).toEqual([['Sputnik', 'credit']]);
    expect(roleOf(article, 'ZDJĘCIE PLIKU:')).toBe('caption');
    expect(roleOf(article, 'Przetlumaczono')).toBe('translation-note');
    expect(roleOf(article, 'zrodlo:')).toBe('source');
    expect(linesWithRole(article, 'body')).toHaveLength(12);
  });
});

describe('seed 003 (Arabic, RT Arabic page)', () => {
  const article = parseSeed('003_5454df684d767278.txt');

  it('finds the headline after the site navigation', () => {
    expect(article.title).toBe('مالي تشيد بالتقدم الأمني الذي حققته بمساعدة روسيا');
    expect(article.language).toBe('ar');
    expect(article.published).toBeNull();
  });

  it('labels navigation, the repeated headline as caption, the credit, comments and trending list', () => {
    for (const line of ['مباشر', 'أين يمكنك متابعتنا', 'أقسام مهمة', 'Stories', '34 خبر', '• خطة أمريكية للتسوية في أوكرانيا', '90 دقيقة']) {
      expect(roleOf(article, line)).toBe('navigation');
    }
    const captions = linesWithRole(article, 'caption');
    expect(captions).toEqual(['مالي تشيد بالتقدم الأمني الذي حققته بمساعدة روسيا']);
    expect(roleOf(article, 'Legion-Media')).toBe('credit');
    expect(roleOf(article, 'المصدر: AFP')).toBe('source');
    expect(roleOf(article, 'التعليقات')).toBe('comments');
    expect(roleOf(article, 'إعلام عبري')).toBe('promo');
    expect(linesWithRole(article, 'promo')).toHaveLength(10);
    expect(linesWithRole(article, 'body').join(' ')).not.toContain('نتنياهو');
  });

  it('cites AFP in the source line and Legion-Media as credit; guesses RT Arabic', () => {
    expect(citationTuples(article)).toEqual([
      ['Legion-Media', 'credit'],
      ['AFP', 'source-line'],
    ]);
    expect(article.outlet?.name).toBe('RT Arabic');
    expect(article.outlet!.confidence).toBeLessThan(0.9);
  });

  it('gives the English navigation word no Arabic label', () => {
    const stories = article.segments.find((s) => article.text.slice(s.start, s.end).trim() === 'Stories')!;
    expect(stories.language).toBeUndefined();
  });
});

describe('seed 004 (Arabic, Al Mayadeen)', () => {
  const article = parseSeed('004_b8090609d7bbf526.txt');

  it('reads the headline, language and the outlet from its own source line', () => {
    expect(article.title).toBe('مجلس مالي العسكري يشكر بوتين لدعم موسكو جهود مواجهة الإرهاب');
    expect(article.language).toBe('ar');
    expect(article.outlet).toMatchObject({ name: 'Al Mayadeen', domain: 'almayadeen.net', confidence: 0.9 });
    expect(article.published).toBeNull();
  });

  it('labels standfirst, archive caption, read-also teaser, English embed error and source line', () => {
    expect(roleOf(article, 'الرئيسان ركّزا')).toBe('lead');
    expect(roleOf(article, '• رئيس المجلس العسكري')).toBe('caption');
    expect(roleOf(article, 'اقرأ أيضاً:')).toBe('related');
    expect(roleOf(article, 'An error occurred')).toBe('embed');
    expect(roleOf(article, 'المصدر: الميادين نت')).toBe('source');
    const embed = article.segments.find((s) => s.role === 'embed')!;
    expect(embed.language).toBe('en');
  });

  it('names no specific agency ("وكالات" is generic)', () => {
    expect(article.citations).toEqual([]);
  });
});
