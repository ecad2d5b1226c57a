import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { isBylineLine } from '../src/classify/byline.js';
import { getResources } from '../src/resources/resources.js';
import { asciiDigits } from '../src/text/ascii-digits.js';
import { compileDateForm, sampleOfForm } from '../src/resources/written-date-forms.js';

const roleOf = (article: ReturnType<typeof parseArticle>, line: string) =>
  article.segments.find((segment) => article.text.slice(segment.start, segment.end).trim() === line)?.role;
const speakerOf = (text: string) => parseArticle(text).quotes.find((quote) => !quote.scare)?.speaker?.name ?? null;

describe('bylines', () => {
  it('knows a byline by a word of any language before or after a name, and not a headline opening with the same word', () => {
    const resources = getResources();
    const byline = (line: string) => isBylineLine(line, resources, line.split(/\s+/u).length);
    expect(byline('By Dana Whitfield')).toBe(true);
    expect(byline('Von Jana Krüger · 07.05.2024, 06:30 Uhr')).toBe(true);
    expect(byline('Daga Musa Abdullahi, Kano')).toBe(true);
    expect(byline('Door Jan de Vries')).toBe(true);
    expect(byline('מאת דנה לוי')).toBe(true);
    expect(byline('홍길동 기자')).toBe(true);
    expect(byline('নিজস্ব প্রতিবেদক')).toBe(true);
    expect(byline('By the end of the year')).toBe(false);
    expect(byline('Di Maio resigns')).toBe(false);
    expect(byline('Byron Smith wins the final')).toBe(false);
  });

  it('gives a byline the dateline role, keeps it out of the article and out of the title', () => {
    const article = parseArticle(['Gazeti la Pwani | Nyumbani', '', 'Serikali yazindua mradi wa maji safi', '', 'Na Amina Salim', '', 'Serikali imezindua mradi wa maji safi utakaowanufaisha zaidi ya wakazi elfu hamsini wa vijiji vya pwani, baada ya miaka mitatu ya ujenzi.', ''].join('\n'));
    expect(article.title).toBe('Serikali yazindua mradi wa maji safi');
    expect(roleOf(article, 'Na Amina Salim')).toBe('dateline');
  });
});

describe('copyright lines', () => {
  it('takes the last paragraph before a site copyright line for body, not for a caption', () => {
    const article = parseArticle(['Council votes to reopen the ferry crossing', '', 'Councillors voted nine to three on Tuesday to reopen the ferry crossing between the two banks of the river.', '', 'The first boats should run in June.', '', '© 2024 Riverside Tribune. All rights reserved.', ''].join('\n'));
    expect(roleOf(article, 'The first boats should run in June.')).toBe('body');
    expect(roleOf(article, '© 2024 Riverside Tribune. All rights reserved.')).toBe('credit');
  });
});

describe('digits of any script', () => {
  it('reads every script’s decimal digits as ASCII, offsets unchanged', () => {
    expect(asciiDigits('১০ জানুয়ারি ২০২৪')).toBe('10 জানুয়ারি 2024');
    expect(asciiDigits('१५ मार्च ๒๕๖๗ ２０２４ ۱۴۰۲')).toBe('15 मार्च 2567 2024 1402');
  });

  it('dates a Bengali page from its dateline in Bengali digits', () => {
    const article = parseArticle(['নদীভাঙন রোধে নতুন বাঁধ নির্মাণ শুরু', '', 'প্রকাশ: ১০ জানুয়ারি ২০২৪, ১০:৩০', '', 'নদীভাঙন থেকে তিনটি গ্রাম রক্ষায় নতুন বাঁধ নির্মাণের কাজ বুধবার শুরু হয়েছে, জানিয়েছে পানি উন্নয়ন বোর্ড।', ''].join('\n'));
    expect(article.title).toBe('নদীভাঙন রোধে নতুন বাঁধ নির্মাণ শুরু');
    expect(article.published?.value).toBe('2024-01-10T10:30:00');
  });
});

describe('speakers the text names without a known name', () => {
  it('takes the part of an apposition that holds the name', () => {
    expect(speakerOf('Mradi wa maji\n\n"Sasa wananchi hawatalazimika kununua maji kutoka kwa wachuuzi," alisema Waziri wa Maji, Juma Hamisi, wakati wa uzinduzi.\n')).toBe('Juma Hamisi');
    expect(speakerOf('Jambatan baharu\n\n"Perjalanan yang dahulu mengambil masa sejam kini hanya sepuluh minit," kata Menteri Besar, Datuk Kamal Hassan, ketika merasmikan jambatan itu.\n')).toBe('Kamal Hassan');
    expect(speakerOf('Chiude la strada\n\n"Non c\'erano alternative sicure per gli automobilisti", ha detto Marco Bianchi, presidente della Provincia.\n')).toBe('Marco Bianchi');
  });

  it('takes the name a description leads to, particles included, not the description', () => {
    expect(speakerOf('Електричка\n\n«Потяги ходитимуть щогодини з шостої ранку до опівночі», – сказав директор залізничного вокзалу Олег Бондар.\n')).toBe('Олег Бондар');
    expect(speakerOf('Haven\n\n"Dit is goed nieuws voor de werkgelegenheid in de regio," zei wethouder Jan de Vries na afloop.\n')).toBe('Jan de Vries');
  });

  it('prefers the side of the verb that names someone (`X told reporters`)', () => {
    expect(speakerOf('Marina\n\n"We listened to every objection and changed the plan three times," board chair Lucia Ferreira told reporters after the meeting.\n')).toBe('Lucia Ferreira');
  });

  it('finds the speaker a subject marker sets before the quote', () => {
    expect(speakerOf('수산시장\n\n상인회장은 "손님들이 더 쾌적하게 장을 볼 수 있게 됐다"고 말했다.\n')).toBe('상인회장');
    expect(speakerOf('遊歩道\n\n市長は式典で「市民が湖に親しむきっかけにしてほしい」とあいさつした。\n')).toBe('市長');
    expect(speakerOf('کرکٹ\n\nکپتان نے میچ کے بعد کہا کہ "نوجوان کھلاڑیوں نے ذمہ داری سے کھیل پیش کیا"۔\n')).toBe('کپتان');
  });

  it('reads the speaker after a verb that opens its clause before the quote', () => {
    expect(speakerOf('محطة تحلية\n\nوقال وزير المياه في حفل الافتتاح إن "المحطة ستغطي حاجة نصف سكان المدينة".\n')).toBe('وزير المياه');
  });
});

describe('each language’s written date forms, from CLDR', () => {
  it('compiles a CLDR pattern into an expression: year first with dots, a month with a prefix letter, quoted words', () => {
    const form = compileDateForm('y. MMMM d.', 'május|június');
    expect(form?.startsWith).toBe('digit');
    expect(new RegExp(form!.source, 'u').exec('Megjelent: 2024. május 6. 10:15')?.groups).toMatchObject({ y: '2024', mon: 'május', d: '6' });
    expect(new RegExp(compileDateForm('d בMMMM y', 'בנובמבר|נובמבר')!.source, 'u').exec('7 בנובמבר 2024')?.groups).toMatchObject({ d: '7', y: '2024' });
    expect(new RegExp(compileDateForm("EEEE, d 'de' MMMM 'de' y", 'julio')!.source, 'u').exec('1 de julio de 2023')?.[0]).toBe('1 de julio de 2023');
    expect(compileDateForm('d MMMM G y', 'มกราคม')).toBeNull();
    expect(sampleOfForm('EEEE, d MMMM y', 'May')).toBe('6 May 2024');
  });

  it('dates a Hungarian page from its year-first dateline, and reads the same form in its text', () => {
    const article = parseArticle(['Új kerékpárút épül a tó körül', '', '2024. május 6. 10:15', '', 'Hétfőn megkezdődött a tó körüli új kerékpárút építése, amelyet a város a 2024. április 26. óta tartó tervezés után indított el.', ''].join('\n'));
    expect(article.language).toBe('hu');
    expect(article.published?.value).toBe('2024-05-06T10:15:00');
    expect(article.dates.map((date) => [date.surface, date.value])).toEqual(expect.arrayContaining([['Hétfőn', '2024-05-06'], ['2024. április 26.', '2024-04-26']]));
  });

  it('does not read another language’s order in running text', () => {
    const article = parseArticle(['Firms grow', '', 'In 2024 May 6 firms opened offices in the old town, the council said on Tuesday in its yearly report on the economy.', ''].join('\n'));
    expect(article.dates.some((date) => date.value === '2024-05-06')).toBe(false);
  });
});

describe('speakers in scripts without spaces and verb-final sentences', () => {
  it('splits a run without spaces into words to find the verb and the speaker before it', () => {
    expect(speakerOf('快递\n\n该负责人说：“下一步将继续推进快递进村。”\n')).toBe('该负责人');
    expect(speakerOf('ฝนตกหนัก\n\nอธิบดีกรมอุตุนิยมวิทยากล่าวว่า "ประชาชนที่อยู่ริมน้ำควรเตรียมพร้อมอพยพหากระดับน้ำสูงขึ้น"\n')).toBe('อธิบดีกรมอุตุนิยมวิทยา');
  });

  it('takes the subject opening the sentence when the verb follows the quote (`Kaya, "…" dedi.`), the title holder of a title inside it', () => {
    expect(speakerOf('Fındık\n\nZiraat Odası Başkanı Ahmet Kaya, "Rekolte geçen yıla göre biraz düşük ama kalite çok iyi" dedi.\n')).toBe('Ahmet Kaya');
  });

  it('reads the verb nearest the quote, not an earlier one', () => {
    expect(speakerOf('Cầu mới\n\nPhát biểu tại buổi lễ, ông Trần Văn Hải, Chủ tịch UBND tỉnh, cho biết cây cầu "sẽ mở ra cơ hội phát triển cho cả vùng".\n')).toBe('Trần Văn Hải');
  });
});

describe('pages that end no paragraph with a mark', () => {
  it('keeps a Thai page’s last short paragraph in the body: its missing full stop marks no teaser', () => {
    const article = parseArticle(['กรมอุตุฯ เตือนฝนตกหนักภาคใต้', '', 'กรมอุตุนิยมวิทยาประกาศเตือนประชาชนในภาคใต้ให้ระวังฝนตกหนักถึงหนักมากในช่วงสุดสัปดาห์นี้และขอให้ติดตามประกาศอย่างใกล้ชิด', '', 'ชาวประมงควรงดออกเรือในช่วงดังกล่าว', ''].join('\n'));
    expect(roleOf(article, 'ชาวประมงควรงดออกเรือในช่วงดังกล่าว')).toBe('body');
  });

  it('reads a numeric dateline whose time a short word joins (`às`, `um`)', () => {
    const article = parseArticle(['Prefeitura anuncia nova linha de ônibus elétricos', '', '10/04/2024 às 14h20', '', 'A prefeitura anunciou nesta quarta-feira a compra de trinta ônibus elétricos que vão operar na linha entre o centro e a zona norte.', ''].join('\n'));
    expect(article.published?.value).toBe('2024-04-10T14:20:00');
  });
});

describe('months the language marks with a word after them', () => {
  it('reads a month standing alone before a postposition or a word of time (`जून के मध्य`, `eylül ortasına`)', () => {
    const hindi = parseArticle(['मानसून केरल पहुंचा', '', 'मौसम विभाग ने बताया कि मानसून के जून के मध्य तक मध्य भारत पहुंचने की उम्मीद है और बारिश सामान्य रहेगी।', ''].join('\n'), { metadata: { language: 'hi', published: '2024-05-30' } });
    expect(hindi.dates.map((date) => date.value)).toContain('2024-06');
    const turkish = parseArticle(['Fındık hasadı başladı', '', 'Hasadın eylül ortasına kadar sürmesi bekleniyor, üreticiler bu yıl rekoltenin biraz düşük olacağını söylüyor.', ''].join('\n'), { metadata: { language: 'tr', published: '2024-08-12' } });
    expect(turkish.dates.map((date) => date.value)).toContain('2024-09');
  });
});
