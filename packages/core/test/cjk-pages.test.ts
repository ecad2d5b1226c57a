import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../src/index.js';
import { measureWords } from '../src/speed/word-measure.js';
import { scriptOfLanguage } from '../src/detector/language-script.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const lines = (article: Article, role: string) => article.segments.filter((segment) => segment.role === role).map((segment) => article.text.slice(segment.start, segment.end).trim());
const quotes = (article: Article) => article.quotes.map((quote) => [quote.text, quote.scare]);

const simplified = `首页
要闻
国际

东港新建集装箱码头投入使用

2024-03-12 10:15

3月12日上午，东港新建的集装箱码头正式投入使用，设计年吞吐能力为二百万标准箱。

港口集团负责人在仪式上说：“新码头将使港口的集装箱处理能力提高三分之一。”

据介绍，码头建设历时三年，总投资约四十亿元。`;

const traditional = `首頁
要聞
國際

港務局宣布擴建北岸貨櫃碼頭

2024-03-12 10:15

港務局十二日宣布，北岸貨櫃碼頭將於明年動工擴建，預計三年內完成。

局長在記者會上表示：「擴建完成後，『北岸』將成為全島最大的轉運中心。」

擴建工程預算約新台幣一百二十億元。`;

const japanese = `ホーム
ニュース
地域

旧駅舎、図書館として再出発

2024年4月2日 9時00分

廃線で使われなくなった旧駅舎が改修され、2日、町立図書館として開館した。

町の担当者は「駅の面影を残しつつ、誰もが集える場所にしたい」と話した。

開館式では、地元の中学生が『ふるさとの駅を未来へつなぐ』と書いた寄せ書きを贈った。

蔵書は約三万冊で、旧待合室は読書スペースとして使われる。`;

const korean = `홈
뉴스
경제

항만 재개발 사업 첫 삽

입력 2024.03.12 10:15

구항만 일대를 주거와 상업 지구로 바꾸는 재개발 사업이 12일 착공식을 열고 본격적인 공사에 들어갔다.

시 관계자는 "원도심 활성화의 출발점이 될 것"이라고 말했다.

사업비는 약 1조 원으로, 2028년 완공을 목표로 한다.`;

describe('pages in scripts without spaces', () => {
  it('measure words with Intl.Segmenter, so a Chinese headline is not "one word"', () => {
    expect(measureWords('东港新建集装箱码头投入使用')).toBeGreaterThanOrEqual(6);
    expect(measureWords('Mali tightens ties with Moscow')).toBe(5);
  });

  it('Chinese (Simplified): title found, body kept, the “…” quote is a quote', () => {
    const article = parseArticle(simplified);
    expect(article.title).toBe('东港新建集装箱码头投入使用');
    expect(lines(article, 'navigation')).toEqual(['首页', '要闻', '国际']);
    expect([...lines(article, 'lead'), ...lines(article, 'body')]).toHaveLength(3);
    expect(quotes(article)).toEqual([['新码头将使港口的集装箱处理能力提高三分之一。', false]]);
    expect([article.language, article.script]).toEqual(['zh', 'Hans']);
  });

  it('Chinese (Traditional): title found, body kept, 「…」 with 『…』 inside is one quote, not a scare quote', () => {
    const article = parseArticle(traditional);
    expect(article.title).toBe('港務局宣布擴建北岸貨櫃碼頭');
    expect([...lines(article, 'lead'), ...lines(article, 'body')]).toHaveLength(3);
    expect(quotes(article)).toEqual([['擴建完成後，『北岸』將成為全島最大的轉運中心。', false]]);
    expect([article.language, article.script]).toEqual(['zh', 'Hant']);
  });

  it('Japanese: title found, body kept, 「…」 and 『…』 quotes found and not scare quotes', () => {
    const article = parseArticle(japanese);
    expect(article.title).toBe('旧駅舎、図書館として再出発');
    expect([...lines(article, 'lead'), ...lines(article, 'body')]).toHaveLength(4);
    expect(quotes(article)).toEqual([
      ['駅の面影を残しつつ、誰もが集える場所にしたい', false],
      ['ふるさとの駅を未来へつなぐ', false],
    ]);
  });

  it('Japanese: a one-line article is the article, not a related teaser', () => {
    const article = parseArticle('廃線で使われなくなった旧駅舎が改修され、2日、町立図書館として開館した。町の担当者は「駅の面影を残しつつ、誰もが集える場所にしたい」と話した。');
    expect(article.segments.map((segment) => segment.role)).toEqual(['lead']);
    expect(quotes(article)).toEqual([['駅の面影を残しつつ、誰もが集える場所にしたい', false]]);
  });

  it('Korean: title found, body kept, the quote found', () => {
    const article = parseArticle(korean);
    expect(article.title).toBe('항만 재개발 사업 첫 삽');
    expect(article.published?.value).toBe('2024-03-12T10:15:00');
    expect([...lines(article, 'lead'), ...lines(article, 'body')]).toHaveLength(3);
    expect(quotes(article)).toEqual([['원도심 활성화의 출발점이 될 것', false]]);
  });
});

describe('the script of a language written in several', () => {
  it('is given from CLDR\'s list, by the letters of the text, and null for a language written in one', () => {
    expect(scriptOfLanguage('sr', 'Влада је усвојила буџет за следећу годину')).toBe('Cyrl');
    expect(scriptOfLanguage('sr', 'Vlada je usvojila budžet za sledeću godinu')).toBe('Latn');
    expect(scriptOfLanguage('zh', '们发展经济')).toBe('Hans');
    expect(scriptOfLanguage('zh', '們發展經濟')).toBe('Hant');
    expect(scriptOfLanguage('zh', '中文')).toBeNull();
    expect(scriptOfLanguage('en', 'Council approves new bridge')).toBeNull();
  });

  it('comes from CLDR: data/language-scripts.json is what generators/cldr/generate-language-scripts.mjs makes of it', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'generators/cldr/generate-language-scripts.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('quotation marks', () => {
  it('come from CLDR: data/quote-marks.json is what generators/cldr/generate-quote-marks.mjs makes of it', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'generators/cldr/generate-quote-marks.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
