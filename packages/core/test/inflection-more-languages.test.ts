import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Moscow's names in these languages come from CLDR's gazetteer (its time-zone city names).

/** The surfaces under which Moscow is found in a one-paragraph page of a language. */
function surfaces(language: string, title: string, paragraph: string): string[] {
  const article = parseArticle(`${title}\n\n${paragraph}\n`, { metadata: { language } });
  return article.mentions.filter((mention) => mention.entityId === 'moscow').map((mention) => mention.surface);
}

describe('inflection and particle rules of more languages (inflection.json)', () => {
  it('Turkish: endings after an apostrophe', () => {
    expect(surfaces('tr', 'Heyet yola çıktı', "Heyet salı günü Moskova'da temaslarda bulundu ve Moskova’nın tutumunu değerlendirdi.")).toEqual(["Moskova'da", 'Moskova’nın']);
  });

  it('Korean: particles written onto the name', () => {
    expect(surfaces('ko', '대표단 출국', '대표단은 화요일 모스크바에서 회담을 열고 모스크바의 입장을 확인했다.')).toEqual(['모스크바에서', '모스크바의']);
  });

  it('Hungarian: case endings, with the hyphen a foreign name takes', () => {
    expect(surfaces('hu', 'Tárgyalások kezdődtek', 'A küldöttség kedden Moszkvában tárgyalt, majd Moszkvából hazautazott a fővárosba.')).toEqual(['Moszkvában', 'Moszkvából']);
  });

  it('Hebrew: prefixed prepositions', () => {
    expect(surfaces('he', 'המשלחת יצאה', 'המשלחת נפגשה במוסקבה ביום שלישי וחזרה ממוסקבה אתמול בערב.')).toEqual(['במוסקבה', 'ממוסקבה']);
  });

  it('Bengali, Greek, Romanian: case endings; Persian: a clitic after a zero-width non-joiner is a word of its own', () => {
    expect(surfaces('bn', 'প্রতিনিধিদল রওনা', 'প্রতিনিধিদল মঙ্গলবার মস্কোতে বৈঠক করেছে এবং মস্কোর অবস্থান জেনেছে।')).toEqual(['মস্কোতে', 'মস্কোর']);
    expect(surfaces('el', 'Αναχώρησε η αντιπροσωπεία', 'Η αντιπροσωπεία συναντήθηκε με αξιωματούχους της Μόσχας την Τρίτη.')).toEqual(['Μόσχας']);
    expect(surfaces('ro', 'Delegația a plecat', 'Delegația a discutat marți cu reprezentanții Moscovei despre comerț.')).toEqual(['Moscovei']);
    expect(surfaces('fa', 'هیئت اعزام شد', 'هیئت روز سه‌شنبه با مقام‌های مسکو‌ی جدید دیدار کرد.')).toEqual(['مسکو']);
  });
});
