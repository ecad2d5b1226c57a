/**
 * Why a file could not become an article. Codes are stable; messages are for people.
 */
export type ParseErrorCode =
  | 'read-failed'
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'mostly-replacement-characters'
  | 'too-large'
  | 'invalid-record'
  | 'invalid-article'
  /** A parse worker ran out of heap on this unit alone. */
  | 'out-of-memory'
  /** A parse worker stopped (not for memory) while parsing this unit alone. */
  | 'worker-crashed';

/**
 * The error thrown by `parseArticle` and returned by `safeParseArticle`: it names the file and the problem.
 *
 * @example
 * try { parseArticle(new Uint8Array(), { file: 'x.txt' }); }
 * catch (error) { if (error instanceof ArticleParseError) console.log(error.code, error.file); }
 * // 'empty' 'x.txt'
 */
export class ArticleParseError extends Error {
  readonly code: ParseErrorCode;
  readonly file: string | null;
  readonly detail: string;

  constructor(code: ParseErrorCode, file: string | null, detail: string, options?: { cause?: unknown }) {
    super(`${file ?? '<input>'}: ${detail}`, options);
    this.name = 'ArticleParseError';
    this.code = code;
    this.file = file;
    this.detail = detail;
  }
}
