import { toHTML, toMarkdown, type ColumnTable } from 'arquero';

/**
 * Cell formatters for display: columns named `share` or ending in `share`/`Share` as whole
 * percentages, `difference` as signed percentage points, other fractions to two decimals.
 *
 * @example
 * toMarkdown(table, { format: displayFormats(table) }); // share 0.5 shows as 50%
 */
export function displayFormats(table: ColumnTable): Record<string, (value: unknown) => string> {
  const formats: Record<string, (value: unknown) => string> = {};
  for (const name of table.columnNames()) {
    if (/share$/i.test(name)) formats[name] = (value) => (typeof value === 'number' ? `${Math.round(value * 100)}%` : text(value));
    else if (name === 'difference') formats[name] = (value) => (typeof value === 'number' ? `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.round(Math.abs(value) * 100)} pp` : text(value));
    else formats[name] = (value) => (typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : text(value));
  }
  return formats;
}

function text(value: unknown): string {
  return value == null ? '' : String(value);
}

/** Options of {@link htmlTable} and {@link markdownTable}. */
export interface HtmlTableOptions {
  /** Show at most this many rows (default 100). */
  limit?: number;
}

/**
 * A table as an HTML `<table>` with display formats (shares as percentages), for a notebook cell
 * (`tslab.display.html(htmlTable(table))`) or a report.
 *
 * @example
 * tslab.display.html(htmlTable(coverage(tables), { limit: 20 }));
 */
export function htmlTable(table: ColumnTable, options: HtmlTableOptions = {}): string {
  return toHTML(table, { format: displayFormats(table), align: columnAlignment(table), limit: options.limit ?? 100 });
}

/**
 * Escapes text for Markdown: HTML-significant characters become entities (so a title such as
 * `<script>` or `<img onerror=…>` is shown, never run, by any Markdown viewer), Markdown syntax
 * characters get a backslash, and line breaks become spaces (a cell or a list item is one line).
 *
 * @example
 * escapeMarkdown('<b>*Mali*</b> [x](y) 000_a.txt'); // '&lt;b&gt;\\*Mali\\*&lt;/b&gt; \\[x\\](y) 000_a.txt'
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownExcept(text, MARKDOWN_SYNTAX);
}

/**
 * Characters with a meaning in Markdown: CommonMark inline syntax, GFM tables and strikethrough, a
 * heading's `#` at the start, and `_` where it can open or close emphasis (not inside a word, as in
 * a file name `000_7d0d.txt`, so those stay readable in a terminal).
 */
const MARKDOWN_SYNTAX = /[\\`*[\]~|]|^#|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** The same without "|", which arquero's `toMarkdown` escapes itself after formatting a cell. */
const MARKDOWN_SYNTAX_IN_CELL = /[\\`*[\]~]|^#|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

function escapeMarkdownExcept(text: string, syntax: RegExp): string {
  return text
    .replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!)
    .replace(syntax, '\\$&')
    .replace(/\r\n?|\n/g, ' ');
}

/**
 * A table as Markdown with display formats (shares as percentages) and every value escaped as by
 * {@link escapeMarkdown}, for `report.md`, a terminal or `tslab.display.markdown`.
 *
 * @example
 * markdownTable(aq.table({ title: ['<script>'] })); // '|title|\n|:-|\n|&lt;script&gt;|'
 */
export function markdownTable(table: ColumnTable, options: HtmlTableOptions = {}): string {
  const format: Record<string, (value: unknown) => string> = {};
  for (const [name, display] of Object.entries(displayFormats(table))) format[name] = (value) => escapeMarkdownExcept(display(value), MARKDOWN_SYNTAX_IN_CELL);
  return toMarkdown(table, { format, ...(options.limit !== undefined && { limit: options.limit }) }).trimEnd();
}

/**
 * Right-aligns the columns whose values are numbers and left-aligns the others, judging by the
 * first non-null value (arquero alone judges by the first value, so a column that starts with a
 * null would be aligned as numbers).
 *
 * @example
 * columnAlignment(aq.table({ a: [null, 'x'], n: [1, 2] })); // { a: 'l', n: 'r' }
 */
export function columnAlignment(table: ColumnTable): Record<string, 'l' | 'r'> {
  const alignment: Record<string, 'l' | 'r'> = {};
  for (const name of table.columnNames()) {
    const values = table.array(name) as unknown[];
    const first = values.find((value) => value != null);
    alignment[name] = typeof first === 'number' ? 'r' : 'l';
  }
  return alignment;
}
