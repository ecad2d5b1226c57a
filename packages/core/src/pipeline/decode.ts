import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { ArticleParseError } from '../errors.js';
import { detectLanguage } from './detect-language.js';

/** The result of decoding: normalised text and how it was obtained. */
export interface DecodedText {
  /** NFC-normalised text with `\n` line endings; every offset of an Article indexes this string. */
  text: string;
  /** The encoding the bytes were read in, e.g. `utf-8`, `utf-16le`, `windows-1256`. */
  encoding: string;
  /** Things a person may want to check (a guessed legacy encoding, replacement characters). */
  warnings: string[];
}

/** Options for {@link decodeBytes}. */
export interface DecodeOptions {
  /** The file name, used in errors. */
  file?: string | null;
  /** Largest input accepted, in bytes (default 16 MiB). */
  maxBytes?: number;
}

/** A news page is rarely above 1 MB; a larger file is usually a dump, not one article. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** Share of U+FFFD above which the text is judged undecodable rather than merely damaged. */
const MAX_REPLACEMENT_SHARE = 0.2;

/**
 * Decodes the bytes of a scraped page: BOM, UTF-8, UTF-16, legacy code pages (detected with
 * chardet, decoded with iconv-lite), then CRLF/CR → LF and NFC normalisation.
 *
 * @param bytes the raw file content
 * @param options the file name for errors and a size limit
 * @returns the text, the encoding used and warnings
 * @throws ArticleParseError with code `empty`, `binary`, `too-large`, `undecodable` or `mostly-replacement-characters`
 * @example
 * decodeBytes(new TextEncoder().encode('Tin thế giới\r\n')).text; // 'Tin thế giới\n'
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const file = options.file ?? null;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ArticleParseError('too-large', file, tooLargeMessage(bytes.length, maxBytes));
  }
  const warnings: string[] = [];
  const { raw, encoding } = decodeRaw(bytes, file, warnings);
  const text = normaliseText(raw);
  if (text.trim().length === 0) {
    throw new ArticleParseError('empty', file, bytes.length === 0 ? 'file is empty' : 'file contains only white space');
  }
  const replacements = countReplacementCharacters(text);
  if (replacements > 0) {
    const letters = text.replace(/\s/gu, '').length;
    if (replacements / letters > MAX_REPLACEMENT_SHARE) {
      throw new ArticleParseError(
        'mostly-replacement-characters',
        file,
        `${replacements} of ${letters} characters are U+FFFD replacement characters: the text was damaged before it was saved`,
      );
    }
    warnings.push(`${replacements} U+FFFD replacement characters in the text`);
  }
  return { text, encoding, warnings };
}

/** CRLF and CR become LF; the text is NFC-normalised. */
function normaliseText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').normalize('NFC');
}

function countReplacementCharacters(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

function decodeRaw(bytes: Uint8Array, file: string | null, warnings: string[]): { raw: string; encoding: string } {
  if (bytes.length === 0) throw new ArticleParseError('empty', file, 'file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { raw: strictUtf8(bytes.subarray(3), file), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { raw: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { raw: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const nulOffset = bytes.indexOf(0);
  if (nulOffset !== -1) {
    throw new ArticleParseError('binary', file, `binary data: NUL byte at offset ${nulOffset} (a text file has none; UTF-16 needs a byte-order mark)`);
  }
  try {
    return { raw: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeLegacy(bytes, file, warnings);
  }
}

function strictUtf8(bytes: Uint8Array, file: string | null): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ArticleParseError('undecodable', file, 'file starts with a UTF-8 byte-order mark but is not valid UTF-8', { cause });
  }
}

/**
 * ISO-8859 code pages and the Windows code pages that extend them: byte statistics cannot tell
 * them apart reliably (ISO-8859-2 0xB9 is "š", windows-1250 0xB9 is "ą"), so both are tried.
 */
const CODE_PAGE_TWINS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
  'iso-8859-6': 'windows-1256',
  'iso-8859-7': 'windows-1253',
  'iso-8859-8': 'windows-1255',
  'iso-8859-9': 'windows-1254',
};

/**
 * Legacy code pages: chardet proposes candidates from byte statistics; each candidate (and its
 * ISO/Windows twin) is decoded, and the decoding that the language detector finds most natural wins.
 */
function decodeLegacy(bytes: Uint8Array, file: string | null, warnings: string[]): { raw: string; encoding: string } {
  const proposed = analyse(bytes)
    .map((match) => match.name.toLowerCase())
    .filter((name) => iconv.encodingExists(name) && !/^utf-?(8|16|32)/.test(name))
    .slice(0, 3);
  const candidates = [...new Set(proposed.flatMap((name) => [name, ...(CODE_PAGE_TWINS[name] ? [CODE_PAGE_TWINS[name]] : [])]))];
  if (candidates.length === 0) {
    throw new ArticleParseError('undecodable', file, 'not valid UTF-8 and no legacy encoding fits the bytes');
  }
  const buffer = Buffer.from(bytes);
  let best: { raw: string; encoding: string; score: number } | undefined;
  for (const [rank, encoding] of candidates.entries()) {
    const raw = iconv.decode(buffer, encoding);
    const guess = detectLanguage(raw.slice(0, 4000));
    // Earlier (more likely by byte statistics) candidates win ties.
    const score = guess.confidence - rank * 0.001;
    if (!best || score > best.score) best = { raw, encoding, score };
  }
  warnings.push(`not UTF-8: decoded as ${best!.encoding} (candidates by byte statistics, chosen by language model: ${candidates.join(', ')})`);
  return { raw: best!.raw, encoding: best!.encoding };
}

/**
 * The message of a `too-large` error, in bytes and MB, with how to raise the limit.
 *
 * @example
 * tooLargeMessage(52_428_800, 16_777_216); // 'file is 52428800 bytes (52.4 MB), more than the limit of 16777216 bytes (16.8 MB) for one article; raise maxBytes (--max-bytes) if it really is one article'
 */
export function tooLargeMessage(size: number, maxBytes: number): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  return `file is ${size} bytes (${mb(size)}), more than the limit of ${maxBytes} bytes (${mb(maxBytes)}) for one article; raise maxBytes (--max-bytes) if it really is one article`;
}
