import { describe, expect, it } from 'vitest';
import { phraseTrie } from '../src/text/phrase-trie.js';

describe('phraseTrie', () => {
  it('matches each phrase whole, the longest first, with any spaces and any apostrophe', () => {
    const regex = new RegExp(`^(?:${phraseTrie(['tháng mười', 'tháng mười một', 'tháng một', "aujourd'hui"])})`, 'u');
    expect(regex.exec('tháng mười một 2023')?.[0]).toBe('tháng mười một');
    expect(regex.exec('tháng  mười 2023')?.[0]).toBe('tháng  mười');
    expect(regex.exec('aujourdʼhui')?.[0]).toBe('aujourdʼhui');
    // A phrase may not run on into a letter, unless the caller sets its own boundary.
    expect(regex.test('tháng mườii')).toBe(false);
    expect(new RegExp(`^(?:${phraseTrie(['sty'], { boundary: false })})`, 'u').test('stycznia')).toBe(true);
  });

  it('splits phrases of scripts without spaces into characters, with no boundary after them', () => {
    const regex = new RegExp(phraseTrie(['十一月', '十二月', '一月']), 'u');
    expect(regex.exec('2024年十二月3日')?.[0]).toBe('十二月');
    // Beside phrases with spaces, which keep their boundary.
    const mixed = new RegExp(`^(?:${phraseTrie(['sec', 'လ'])})`, 'u');
    expect(mixed.exec('လအတွင်း')?.[0]).toBe('လ');
    expect(mixed.test('second')).toBe(false);
  });
});
