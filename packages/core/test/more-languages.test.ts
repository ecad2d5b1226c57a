import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Each line's role and the quotes' speakers of a page. */
function read(lines: string[]) {
  const article = parseArticle(lines.join('\n'));
  const roles = Object.fromEntries(article.segments.map((segment) => [article.text.slice(segment.start, segment.end).trim(), segment.role]));
  return { article, roles, speakers: article.quotes.map((quote) => quote.speaker?.name ?? null) };
}

describe('page vocabulary of Indonesian, Italian, Portuguese and Turkish (page.json)', () => {
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
});
