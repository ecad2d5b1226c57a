import { hasNoSpaceScript, wordSegmenter } from '../speed/word-measure.js';
import { tokenize } from '../speed/token-spans.js';
import type { Token } from '../text/tokenize.js';

/**
 * The words of a text as cues (speech verbs, titles, heading words) are matched: its tokens, a run of a script written without
 * spaces (`该负责人说`, `อธิบดีกรมอุตุนิยมวิทยากล่าวว่า`) split into the words `Intl.Segmenter` finds.
 *
 * @example
 * wordsOf('该负责人说').map((word) => word.text); // ['该', '负责', '人', '说']
 */
export function wordsOf(text: string, offset = 0): Token[] {
  const tokens = tokenize(text, offset);
  if (!hasNoSpaceScript(text)) return tokens;
  return tokens.flatMap((token) => {
    if (!hasNoSpaceScript(token.text)) return [token];
    const words: Token[] = [];
    for (const segment of wordSegmenter.segment(token.text)) {
      if (segment.isWordLike) words.push({ text: segment.segment, start: token.start + segment.index, end: token.start + segment.index + segment.segment.length });
    }
    return words;
  });
}
