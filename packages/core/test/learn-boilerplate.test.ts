import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoilerplateLearner, parseCorpus, type Article, type LearnedBoilerplate } from '../src/index.js';

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
  // Four Tuổi Trẻ pages share a footer and three of them carry the wire paragraph; one VnExpress page carries it too.
  TOPICS.slice(0, 4).forEach((topic, i) => writeFileSync(join(dir, `a${i}.txt`), page(topic, 'tuoitre.vn', { wire: i < 3, footer: true })));
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
    expect(articles.map((a) => a.outlet?.id)).toEqual(['tuoi-tre', 'tuoi-tre', 'tuoi-tre', 'tuoi-tre', 'vnexpress']);
    expect([...learned!.byOutlet.keys()]).toEqual(['tuoi-tre']);
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
      outlet: outlet ? { id: outlet, name: outlet, confidence: 0.8, evidence: ['test'] } : null,
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
});
