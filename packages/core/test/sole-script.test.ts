import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { languageOfSoleScript } from '../src/detector/language-script.js';

describe('a script only one language is written in', () => {
  it('names the language from a sample of the longest line, and none for scripts languages share', () => {
    expect(languageOfSoleScript(['ข่าว', 'รัฐบาลประกาศแผนพัฒนาระบบรถไฟในภาคเหนือเมื่อวันจันทร์'])).toBe('th');
    expect(languageOfSoleScript(['정부는 월요일 새 철도 계획을 발표했다'])).toBe('ko');
    expect(languageOfSoleScript(['政府は月曜日、新しい鉄道計画を発表した'])).toBe('ja');
    expect(languageOfSoleScript(['政府周一公布了新的铁路计划'])).toBeNull();
    expect(languageOfSoleScript(['Правительство объявило новый план'])).toBeNull();
  });

  it('lets the classifier read a Thai dateline with its month abbreviation and Buddhist year, and so find the headline under a menu', () => {
    const page = [
      'หน้าแรก',
      'ข่าว',
      'ภูมิภาค',
      '',
      'รถไฟสายใหม่เริ่มเปิดให้บริการในภาคเหนือ',
      '',
      'เผยแพร่ 8 มี.ค. 2567 เวลา 09.15 น.',
      '',
      'การรถไฟเปิดเส้นทางใหม่ระหว่างสองจังหวัดทางภาคเหนืออย่างเป็นทางการเมื่อวันศุกร์ หลังจากการก่อสร้างที่ใช้เวลานานกว่าสามปี ผู้โดยสารจำนวนมากมาร่วมเดินทางในเที่ยวแรก',
      '',
    ].join('\n');
    const article = parseArticle(page);
    expect(article.title).toBe('รถไฟสายใหม่เริ่มเปิดให้บริการในภาคเหนือ');
    expect(article.published?.value).toBe('2024-03-08T09:15:00');
    const dateline = article.segments.find((segment) => segment.role === 'dateline');
    expect(dateline && article.text.slice(dateline.start, dateline.end).trim()).toBe('เผยแพร่ 8 มี.ค. 2567 เวลา 09.15 น.');
  });

  it('keeps a header line with a number (an article id) with the headline before it', () => {
    const page = ['صفحه اصلی', 'ورزشی', '', 'تیم ملی والیبال به مرحله نهایی رسید', '', 'کد خبر: ۹۱۳۵۲', 'تاریخ انتشار: ۱۸ اسفند ۱۴۰۲ - ۲۱:۱۰', '', 'تیم ملی والیبال ایران شامگاه جمعه با پیروزی در دیداری نفس‌گیر به مرحله نهایی مسابقات قهرمانی آسیا راه یافت و برای کسب مدال طلا بازی خواهد کرد.', ''].join('\n');
    expect(parseArticle(page).title).toBe('تیم ملی والیبال به مرحله نهایی رسید');
  });
});
