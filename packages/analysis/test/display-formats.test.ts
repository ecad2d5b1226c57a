import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, htmlTable, markdownTable } from '../src/index.js';

const hostile = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '*bold* [link](javascript:alert(1)) a|b', 'two\nlines'];

describe('escapeMarkdown', () => {
  it('turns HTML into entities, escapes Markdown syntax and keeps one line', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('*bold* [link](javascript:x) a|b')).toBe('\\*bold\\* \\[link\\](javascript:x) a\\|b');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('two\r\nlines\nhere')).toBe('two lines here');
    expect(escapeMarkdown('AT&T')).toBe('AT&amp;T');
  });

  it('leaves underscores inside words (file names) alone but escapes those that can start emphasis', () => {
    expect(escapeMarkdown('000_7d0d01de.txt')).toBe('000_7d0d01de.txt');
    expect(escapeMarkdown('_x_ and snake_case')).toBe('\\_x\\_ and snake_case');
  });
});

describe('markdownTable', () => {
  it('escapes every value, so no tag or link of a page reaches the Markdown raw', () => {
    const markdown = markdownTable(aq.table({ title: hostile, share: [0.5, 0.25, 1, 0] }));
    expect(markdown).not.toMatch(/<script|<img|[^\\]\]\(/);
    expect(markdown.split('\n')).toEqual([
      '|title|share|',
      '|:-|-:|',
      '|&lt;script&gt;alert(1)&lt;/script&gt;|50%|',
      '|&lt;img src=x onerror=alert(1)&gt;|25%|',
      '|\\*bold\\* \\[link\\](javascript:alert(1)) a\\|b|100%|',
      '|two lines|0%|',
    ]);
  });
});

describe('htmlTable', () => {
  it('escapes every value', () => {
    const html = htmlTable(aq.table({ title: hostile }));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
