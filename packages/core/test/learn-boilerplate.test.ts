import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoilerplateLearner, parseCorpus, type Article, type LearnedBoilerplate } from '../src/index.js';
import { UnitOutlets } from '../src/corpus/unit-outlets.js';

const FOOTER = 'Theo dõi chúng tôi trên Zalo để nhận tin tức mới nhất mỗi ngày từ tòa soạn.';
const WIRE = 'Hội đồng Bảo an Liên Hiệp Quốc ngày 30.6 đã bỏ phiếu chấm dứt sứ mệnh gìn giữ hòa bình tại Mali sau mười năm hoạt động.';
const TOPICS = ['giá lúa gạo', 'giao thông đô thị', 'thời tiết miền Bắc', 'du lịch biển', 'giáo dục đại học'];

/** A page of one outlet: headline, own paragraphs, optionally the wire paragraph, the outlet's footer, and a source URL naming the outlet. */
function page(topic: string, host: string, options: { wire: boolean; footer: boolean }): string {
  return [
    `Tin mới về ${topic} trong tuần này`,
    '',
    `Các chuyên gia cho biết tình hình ${topic} đã có nhiều thay đổi đáng chú ý trong những ngày qua, theo số liệu mới công bố.`,
    '',
    ...(options.wire ? [WIRE, ''] : []),
    `Người dân hy vọng rằng ${topic} sẽ tiếp tục được cải thiện trong thời gian tới nhờ các chính sách mới của chính phủ.`,
    '',
    ...(options.footer ? [FOOTER, ''] : []),
    `Nguồn: https://${host}/tin-tuc/${encodeURIComponent(topic.replace(/ /g, '-'))}.html`,
    '',
  ].join('\n');
}

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polynews-learn-'));
  // Four Thanh Niên pages share a footer and three of them carry the wire paragraph; one VnExpress page carries it too.
  TOPICS.slice(0, 4).forEach((topic, i) => writeFileSync(join(dir, `a${i}.txt`), page(topic, 'thanhnien.vn', { wire: i < 3, footer: true })));
  writeFileSync(join(dir, 'b0.txt'), page(TOPICS[4]!, 'vnexpress.net', { wire: true, footer: false }));
  return dir;
}

const roleOfLine = (article: Article, line: string) => article.segments.find((s) => article.text.slice(s.start, s.end).trim() === line)?.role;

describe('learning boilerplate from the corpus', () => {
  it('labels a line repeated across one outlet, and keeps wire copy shared with another outlet as body', async () => {
    const dir = corpus();
    let learned: LearnedBoilerplate | undefined;
    const { articles, failures } = await parseCorpus([dir], { learnBoilerplate: true, onLearned: (result) => (learned = result) });
    expect(failures).toEqual([]);
    expect(articles.map((a) => a.outlet?.id)).toEqual(['thanh-nien', 'thanh-nien', 'thanh-nien', 'thanh-nien', 'vnexpress']);
    expect([...learned!.byOutlet.keys()]).toEqual(['thanh-nien']);
    expect(learned!.files).toBe(5);
    expect(articles.slice(0, 4).map((a) => roleOfLine(a, FOOTER))).toEqual(['promo', 'promo', 'promo', 'promo']);
    expect(articles.slice(0, 3).map((a) => roleOfLine(a, WIRE))).toEqual(['body', 'body', 'body']);
    expect(roleOfLine(articles[4]!, WIRE)).toBe('body');
  });

  it('leaves the footer as body without the option (the learner is what labels it)', async () => {
    const { articles } = await parseCorpus([corpus()]);
    expect(roleOfLine(articles[0]!, FOOTER)).toBe('body');
  });

  it('needs the line in enough files of the outlet', () => {
    const learner = new BoilerplateLearner({ minFiles: 3 });
    const article = (line: string, outlet: string | null) => ({
      outlet: outlet ? { key: outlet, id: outlet, name: outlet, confidence: 0.8, evidence: ['test'] } : null,
      text: `${line}\n`,
      segments: [{ role: 'body' as const, start: 0, end: line.length + 1 }],
    });
    learner.add(article('Subscribe to our channel', 'x'));
    learner.add(article('Subscribe to our channel', 'x'));
    learner.add(article('Subscribe to our channel', null));
    expect(learner.result().byOutlet.size).toBe(0);
    learner.add(article('Subscribe to our channel', 'x'));
    expect([...learner.result().byOutlet.get('x')!]).toEqual(['subscribe to our channel']);
    expect(learner.result()).toMatchObject({ files: 4, filesWithOutlet: 3 });
  });

  it("labels alike on every shard: the second pass finds each unit's outlet by its position in the whole corpus", async () => {
    const dir = corpus();
    const whole = await parseCorpus([dir], { learnBoilerplate: true });
    const shards = await Promise.all([1, 2].map((index) => parseCorpus([dir], { learnBoilerplate: true, shard: { index, count: 2 } })));
    const sharded = shards.flatMap((shard) => shard.articles).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''));
    expect(shards.every((shard) => shard.articles.length > 0)).toBe(true);
    expect(sharded.map((a) => [a.file, roleOfLine(a, FOOTER)])).toEqual(whole.articles.map((a) => [a.file, roleOfLine(a, FOOTER)]));
    expect(sharded.filter((a) => a.outlet?.id === 'thanh-nien').map((a) => roleOfLine(a, FOOTER))).toEqual(['promo', 'promo', 'promo', 'promo']);
  });
});

/** A page of outlet `outlet` with the given lines, as the learner sees it. */
function sampled(outlet: string, lines: string[]): Pick<Article, 'outlet' | 'segments' | 'text'> {
  const text = lines.map((line) => `${line}\n`).join('');
  let start = 0;
  const segments = lines.map((line) => {
    const segment = { role: 'body' as const, start, end: start + line.length + 1 };
    start = segment.end;
    return segment;
  });
  return { outlet: { key: outlet, id: outlet, name: outlet, confidence: 0.8, evidence: ['test'] }, text, segments };
}

describe('the learner on a large outlet', () => {
  /** 3,000 pages of one outlet: a footer on every second page, a teaser on every tenth, and a line of its own on each. */
  const feed = (learner: BoilerplateLearner) => {
    for (let i = 0; i < 3000; i++) {
      const lines = [`Paragraph number ${i} of the outlet's own reporting`];
      if (i % 2 === 0) lines.push('Follow us on Telegram for the latest news');
      if (i % 10 === 0) lines.push('Read also: the week in pictures');
      learner.add(sampled('big', lines));
    }
    learner.add(sampled('other', ['Read also: something else entirely', 'Paragraph number 7 of the outlet\'s own reporting']));
  };

  it('measures shares on a bounded sample and learns the same lines as counting every page', () => {
    const sampledLearner = new BoilerplateLearner({ samplePerOutlet: 400 });
    const exact = new BoilerplateLearner({ samplePerOutlet: 10_000 });
    feed(sampledLearner);
    feed(exact);
    // 50 % of pages: learned; 10 %: under the 30 % share; a page's own line: once.
    expect([...sampledLearner.result().byOutlet.get('big')!]).toEqual(['follow us on telegram for the latest news']);
    expect(sampledLearner.result().byOutlet.get('big')).toEqual(exact.result().byOutlet.get('big'));
    expect(sampledLearner.result()).toMatchObject({ files: 3001, filesWithOutlet: 3001 });
  });

  it('samples deterministically: the same corpus learns the same lines', () => {
    const a = new BoilerplateLearner({ samplePerOutlet: 50, minShare: 0.45 });
    const b = new BoilerplateLearner({ samplePerOutlet: 50, minShare: 0.45 });
    feed(a);
    feed(b);
    expect(a.result()).toEqual(b.result());
  });

  it("keeps a line that appears in another outlet's sample as article text", () => {
    const learner = new BoilerplateLearner({ minFiles: 2 });
    for (let i = 0; i < 4; i++) learner.add(sampled('x', ['Shared wire paragraph about the vote', `Own line ${i}`, 'Subscribe to our channel']));
    learner.add(sampled('y', ['Shared wire paragraph about the vote']));
    expect([...learner.result().byOutlet.get('x')!]).toEqual(['subscribe to our channel']);
  });
});

describe('the learner with minFiles 1', () => {
  it('learns a line of a single page when one file is enough', () => {
    const learner = new BoilerplateLearner({ minFiles: 1, minShare: 0.5 });
    learner.add(sampled('solo', ['Subscribe to our channel']));
    expect([...learner.result().byOutlet.get('solo')!]).toEqual(['subscribe to our channel']);
  });
});

describe("each unit's outlet between the passes", () => {
  it('is found by position and name, and not for another unit at that position', () => {
    const outlets = new UnitOutlets();
    for (let i = 0; i < 5000; i++) outlets.record(i, `corpus/${i}.txt`, i % 3 === 0 ? undefined : i % 3 === 1 ? 'thanh-nien' : 'vnexpress');
    expect([0, 1, 2, 4999].map((i) => outlets.outletOf(i, `corpus/${i}.txt`))).toEqual([undefined, 'thanh-nien', 'vnexpress', 'thanh-nien']);
    expect(outlets.outletOf(1, 'corpus/2.txt')).toBeUndefined();
    expect(outlets.outletOf(5000, 'corpus/5000.txt')).toBeUndefined();
  });
});
