import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Each line's role and the quotes' speakers of a page. */
function read(lines: string[]) {
  const article = parseArticle(lines.join('\n'));
  const roles = Object.fromEntries(article.segments.map((segment) => [article.text.slice(segment.start, segment.end).trim(), segment.role]));
  return { article, roles, speakers: article.quotes.map((quote) => quote.speaker?.name ?? null) };
}

describe('page vocabulary of languages added to the data (page.json)', () => {
  it('Indonesian: a "Baca juga" teaser is related, reporter and editor lines are credits, `kata` names the speaker', () => {
    const { article, roles, speakers } = read(['Pelabuhan baru resmi dibuka di pesisir utara', '', 'Pelabuhan ikan baru di pesisir utara mulai beroperasi pada Selasa setelah dua tahun pembangunan yang tertunda karena cuaca buruk.', '', '"Nelayan kini bisa membongkar hasil tangkapan lebih cepat," kata Budi Santoso, kepala dinas kelautan setempat.', '', 'Baca juga: Harga ikan turun menjelang musim hujan', '', 'Pewarta: Siti Rahma', 'Editor: Agus Salim', '']);
    expect(article.language).toBe('id');
    expect(roles['Baca juga: Harga ikan turun menjelang musim hujan']).toBe('related');
    expect(roles['Pewarta: Siti Rahma']).toBe('credit');
    expect(speakers[0]).toMatch(/^Budi Santoso/u);
  });

  it('Italian: "Leggi anche" is related, the rights line a credit, `ha detto` names the speaker', () => {
    const { roles, speakers } = read(['Chiude per lavori la strada del passo', '', 'La strada provinciale che sale al passo resterà chiusa per tre settimane per consolidare un muro di sostegno danneggiato dalle piogge.', '', '"Non c\'erano alternative sicure", ha detto Marco Bianchi, presidente della Provincia.', '', 'Leggi anche: Frana sulla statale, traffico deviato', '', 'Riproduzione riservata © Copyright Gazzetta', '']);
    expect(roles['Leggi anche: Frana sulla statale, traffico deviato']).toBe('related');
    expect(roles['Riproduzione riservata © Copyright Gazzetta']).toBe('credit');
    expect(speakers[0]).toMatch(/^Marco Bianchi/u);
  });

  it('Portuguese: "Leia também" is related, the comments heading comments, `afirmou` names the speaker', () => {
    const { roles, speakers } = read(['Greve no porto termina após acordo', '', 'Os estivadores encerraram na terça-feira uma greve de uma semana depois que o sindicato aceitou a nova proposta salarial.', '', '"Foi uma negociação difícil, mas justa", afirmou João Pereira, presidente do sindicato.', '', 'Leia também: Exportações crescem no trimestre', '', 'Comentários', '']);
    expect(roles['Leia também: Exportações crescem no trimestre']).toBe('related');
    expect(roles['Comentários']).toBe('comments');
    expect(speakers[0]).toMatch(/^João Pereira/u);
  });

  it('Turkish: related and comment headings keep out of the article', () => {
    const { roles } = read(['Limanda yeni rıhtım hizmete açıldı', '', 'Limanın kuzey ucunda inşa edilen yeni rıhtım salı günü düzenlenen törenle hizmete açıldı ve ilk gemi yanaştı.', '', 'İlgili Haberler', 'Yorumlar', '']);
    expect(roles['İlgili Haberler']).toBe('related');
    expect(roles['Yorumlar']).toBe('comments');
  });

  // Dutch, Ukrainian, Czech, Romanian, Hungarian, Greek, Hebrew, Hindi, Urdu, Bengali and Malay: the read-also teaser and the comments heading, and the speaker's name.
  const pages: [string, string[], string, string, string][] = [
    ['nl', ['Haven breidt containerterminal uit', '', 'Het havenbedrijf heeft dinsdag besloten de containerterminal aan de noordkant uit te breiden, na maanden van overleg met de gemeente.', '', '"Dit is goed nieuws voor de werkgelegenheid in de regio," zei wethouder Jan de Vries na afloop van de vergadering.', '', 'Lees ook: Scheepvaart kampt met vertragingen', 'Reacties', ''], 'Lees ook: Scheepvaart kampt met vertragingen', 'Reacties', 'Jan de Vries'],
    ['uk', ['У місті відкрили новий міст через річку', '', 'Будівництво нового мосту через річку завершилося у вівторок, повідомили в міській адміністрації після урочистого відкриття.', '', '«Міст розвантажить центр від вантажівок», – сказав міський голова Сергій Коваленко журналістам.', '', 'Читайте також: Ремонт доріг триватиме до осені', 'Коментарі', ''], 'Читайте також: Ремонт доріг триватиме до осені', 'Коментарі', 'Сергій Коваленко'],
    ['cs', ['Město otevřelo nový most přes řeku', '', 'Stavba nového mostu přes řeku skončila v úterý, uvedla radnice po slavnostním otevření za účasti stovek lidí.', '', '„Most uleví centru od nákladních aut,“ řekl starosta Petr Novák novinářům.', '', 'Čtěte také: Oprava silnic potrvá do podzimu', 'Diskuse', ''], 'Čtěte také: Oprava silnic potrvá do podzimu', 'Diskuse', 'Petr Novák'],
    ['ro', ['Primăria a inaugurat un pod nou peste râu', '', 'Construcția noului pod peste râu s-a încheiat marți, a anunțat primăria după ceremonia de inaugurare la care au participat sute de oameni.', '', '„Podul va elibera centrul de camioane”, a declarat primarul Ion Popescu jurnaliștilor.', '', 'Citește și: Lucrările la drumuri continuă până în toamnă', 'Comentarii', ''], 'Citește și: Lucrările la drumuri continuă până în toamnă', 'Comentarii', 'Ion Popescu'],
    ['hu', ['Új hidat adtak át a folyón', '', 'Kedden befejeződött az új folyami híd építése, közölte a városháza az ünnepélyes átadás után, amelyen több száz ember vett részt.', '', '„A híd tehermentesíti a belvárost a teherautóktól” – mondta Kovács Péter polgármester az újságíróknak.', '', 'Kapcsolódó cikkek', 'Hozzászólások', ''], 'Kapcsolódó cikkek', 'Hozzászólások', 'Kovács Péter'],
    ['el', ['Νέα γέφυρα εγκαινιάστηκε στον ποταμό', '', 'Η κατασκευή της νέας γέφυρας στον ποταμό ολοκληρώθηκε την Τρίτη, ανακοίνωσε ο δήμος μετά την τελετή εγκαινίων με τη συμμετοχή εκατοντάδων πολιτών.', '', '«Η γέφυρα θα αποσυμφορήσει το κέντρο από τα φορτηγά», είπε ο δήμαρχος Γιώργος Παπαδόπουλος στους δημοσιογράφους.', '', 'Διαβάστε επίσης: Τα έργα στους δρόμους συνεχίζονται ως το φθινόπωρο', 'Σχόλια', ''], 'Διαβάστε επίσης: Τα έργα στους δρόμους συνεχίζονται ως το φθινόπωρο', 'Σχόλια', 'Γιώργος Παπαδόπουλος'],
    ['he', ['גשר חדש נחנך מעל הנהר', '', 'בניית הגשר החדש מעל הנהר הסתיימה ביום שלישי, כך מסרה העירייה לאחר טקס החנוכה שבו השתתפו מאות תושבים.', '', '"הגשר יפנה את המרכז ממשאיות", אמר ראש העיר יוסי כהן לעיתונאים.', '', 'קראו גם: עבודות הכבישים יימשכו עד הסתיו', 'תגובות', ''], 'קראו גם: עבודות הכבישים יימשכו עד הסתיו', 'תגובות', 'יוסי כהן'],
    // A paragraph that ends with the danda (।) or the Urdu full stop (۔) is a paragraph, not a teaser headline.
    ['hi', ['नदी पर नया पुल खोला गया', '', 'नदी पर नए पुल का निर्माण मंगलवार को पूरा हो गया, नगर निगम ने उद्घाटन समारोह के बाद यह जानकारी दी जिसमें सैकड़ों लोग शामिल हुए।', '', '"पुल से शहर के केंद्र में ट्रकों का बोझ कम होगा," महापौर राजेश शर्मा ने कहा।', '', 'यह भी पढ़ें: सड़कों की मरम्मत सर्दियों तक चलेगी', 'टिप्पणियां', ''], 'यह भी पढ़ें: सड़कों की मरम्मत सर्दियों तक चलेगी', 'टिप्पणियां', 'राजेश शर्मा'],
    ['ur', ['دریا پر نیا پل کھول دیا گیا', '', 'دریا پر نئے پل کی تعمیر منگل کو مکمل ہو گئی، میونسپل کارپوریشن نے افتتاحی تقریب کے بعد بتایا جس میں سینکڑوں افراد شریک ہوئے۔', '', '"پل شہر کے مرکز سے ٹرکوں کا بوجھ کم کرے گا،" میئر احمد خان نے کہا۔', '', 'یہ بھی پڑھیں: سڑکوں کی مرمت سردیوں تک جاری رہے گی', 'تبصرے', ''], 'یہ بھی پڑھیں: سڑکوں کی مرمت سردیوں تک جاری رہے گی', 'تبصرے', 'احمد خان'],
    ['bn', ['নদীর ওপর নতুন সেতু উদ্বোধন', '', 'নদীর ওপর নতুন সেতুর নির্মাণকাজ মঙ্গলবার শেষ হয়েছে, উদ্বোধন অনুষ্ঠানের পর পৌরসভা এ কথা জানায়, যেখানে শত শত মানুষ উপস্থিত ছিলেন।', '', '"সেতুটি শহরের কেন্দ্র থেকে ট্রাকের চাপ কমাবে," বলেন মেয়র রফিকুল ইসলাম।', '', 'আরও পড়ুন: সড়ক সংস্কার চলবে শীত পর্যন্ত', 'মন্তব্য', ''], 'আরও পড়ুন: সড়ক সংস্কার চলবে শীত পর্যন্ত', 'মন্তব্য', 'রফিকুল ইসলাম'],
    ['ms', ['Jambatan baharu dirasmikan di seberang sungai', '', 'Pembinaan jambatan baharu merentasi sungai siap pada hari Selasa, kata majlis perbandaran selepas majlis perasmian yang dihadiri ratusan penduduk.', '', '"Jambatan ini akan mengurangkan lori di pusat bandar," kata Datuk Bandar Ahmad Rahman kepada pemberita.', '', 'Artikel berkaitan: Kerja membaiki jalan diteruskan hingga hujung tahun', 'Komen', ''], 'Artikel berkaitan: Kerja membaiki jalan diteruskan hingga hujung tahun', 'Komen', 'Ahmad Rahman'],
  ];
  for (const [language, lines, related, comments, speaker] of pages) {
    it(`${language}: the read-also teaser is related, the comments heading comments, the speech verb names ${speaker}`, () => {
      const { article, roles, speakers } = read(lines);
      expect(article.language).toBe(language);
      expect(roles[related]).toBe('related');
      expect(roles[comments]).toBe('comments');
      expect(speakers[0]).toContain(speaker);
    });
  }
});
