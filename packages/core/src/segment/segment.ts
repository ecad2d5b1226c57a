import { SHORTEST_VIEW } from '../speed/standalone-copy.js';

/**
 * A block of the page: one non-blank line together with the white space that follows it.
 * `start`/`end` cover the text losslessly; `contentStart`/`contentEnd` delimit the visible text.
 */
export interface Block {
  index: number;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** The visible text of the line, trimmed. */
  text: string;
  /** White space before the text on its line (indentation marks nested menu items). */
  indent: string;
  /** Number of line breaks between this line and the next non-blank one (1: adjacent, 2+: blank line between). */
  breaksAfter: number;
}

/**
 * Splits decoded text into line blocks that cover every character exactly once: each block is a
 * non-blank line plus the blank lines after it (leading white space belongs to the first block).
 *
 * @example
 * segmentText('Title\n\nBody.\n').map((b) => [b.text, b.start, b.end]); // [['Title', 0, 7], ['Body.', 7, 13]]
 */
export function segmentText(text: string): Block[] {
  const blocks: Block[] = [];
  const linePattern = /[^\n]*(?:\n|$)/gy;
  let pendingStart = 0;
  let match: RegExpExecArray | null;
  linePattern.lastIndex = 0;
  while (linePattern.lastIndex < text.length && (match = linePattern.exec(text)) !== null) {
    const line = match[0];
    const lineStart = match.index;
    const body = line.endsWith('\n') ? line.slice(0, -1) : line;
    const trimmedStartLength = body.length - body.trimStart().length;
    const visible = body.trim();
    if (visible.length > 0) {
      const previous = blocks.at(-1);
      const start = previous ? lineStart : pendingStart;
      if (previous) previous.end = lineStart;
      const contentStart = lineStart + trimmedStartLength;
      blocks.push({
        index: blocks.length,
        start,
        end: lineStart + line.length,
        contentStart,
        contentEnd: contentStart + visible.length,
        text: visible,
        indent: body.slice(0, trimmedStartLength),
        breaksAfter: 0,
      });
    } else if (blocks.length > 0) {
      blocks.at(-1)!.end = lineStart + line.length;
    }
    if (line.length === 0) break;
  }
  const last = blocks.at(-1);
  if (last) last.end = text.length;
  else if (text.length > 0) {
    blocks.push({ index: 0, start: 0, end: text.length, contentStart: 0, contentEnd: 0, text: '', indent: '', breaksAfter: 0 });
  }
  for (const block of blocks) {
    const gap = text.slice(block.contentEnd, block.end);
    block.breaksAfter = (gap.match(/\n/g) ?? []).length;
  }
  flattenTexts(text, blocks);
  return blocks;
}

/** The largest page whose code units are written into the reused buffer (a larger one gets its own, not kept). */
const LARGEST_REUSED_BYTES = 1 << 20;
let pageUnits = Buffer.alloc(64 * 1024);

/**
 * Gives every block its text as a string of its own instead of a view into the page (V8 makes
 * `slice` of 13 or more characters a view). Every later stage reads the lines character by
 * character, and reading a view costs more (the benchmark's stage times show it). The page's code units are
 * written once into a reused buffer and each line is read back from it (`Buffer#toString`), which
 * copies code units as they are, lone surrogates included.
 */
function flattenTexts(text: string, blocks: Block[]): void {
  const bytes = text.length * 2;
  if (bytes > LARGEST_REUSED_BYTES) return flattenFrom(Buffer.from(text, 'utf16le'), blocks);
  if (pageUnits.length < bytes) pageUnits = Buffer.alloc(Math.min(LARGEST_REUSED_BYTES, Math.max(bytes, pageUnits.length * 2)));
  pageUnits.write(text, 0, 'utf16le');
  flattenFrom(pageUnits, blocks);
}

function flattenFrom(units: Buffer, blocks: Block[]): void {
  for (const block of blocks) if (block.text.length >= SHORTEST_VIEW) block.text = units.toString('utf16le', block.contentStart * 2, block.contentEnd * 2);
}
