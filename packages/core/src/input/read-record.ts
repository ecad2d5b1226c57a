import type { ExportFormats } from '../data/schemas.js';
import type { PageMetadata } from './page-metadata.js';

/** A record read: its content, its metadata, the export format recognised, and the fields not read. */
export interface ReadRecord {
  content: { text: string } | { html: string };
  metadata: PageMetadata;
  exportFormat: string | null;
  extra: Record<string, unknown>;
}

type Field = keyof NonNullable<ExportFormats['own']>;

/**
 * Reads one record (a JSONL line, a CSV row, an element of a JSON array) as a page: recognises the
 * export format of news-please, Media Cloud or trafilatura by its fields (`data/export-formats.json`),
 * else reads polynews's own names (`url`, `title`, `published`, `outlet`, `language`, `authors`,
 * `text` or `html`…). Fields it does not read go to `extra`, as given. Returns what is wrong when
 * the record is not an object or has no content.
 *
 * @example
 * readRecord({ url: 'https://x.org/a', maintext: 'Mali…', source_domain: 'x.org', date_publish: '2023-07-01 09:05:00' }, formats);
 * // { content: { text: 'Mali…' }, metadata: { url: 'https://x.org/a', outlet: 'x.org', published: '2023-07-01 09:05:00' }, exportFormat: 'news-please', extra: {} }
 */
export function readRecord(value: unknown, formats: ExportFormats): ReadRecord | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'a record must be an object with its page as "text" or "html"' };
  const record = value as Record<string, unknown>;
  const format = formats.formats.find((candidate) => candidate.detect.every((key) => key in record));
  const fields = format?.fields ?? formats.own;
  const used = new Set<string>();
  const pick = (field: Field): unknown => {
    for (const key of fields[field] ?? []) {
      const found = record[key];
      if (found !== undefined && found !== null && found !== '') {
        used.add(key);
        return found;
      }
    }
    return undefined;
  };
  const text = pick('text');
  const html = pick('html');
  if (typeof text !== 'string' && typeof html !== 'string') {
    const names = [...(fields.text ?? []), ...(fields.html ?? [])].map((key) => `"${key}"`).join(' or ');
    return { problem: `the record has no page content: expected a string field ${names}${format ? ` (a ${format.name} record)` : ''}` };
  }
  const metadata: PageMetadata = {};
  for (const field of ['url', 'title', 'published', 'modified', 'fetched', 'outlet', 'language', 'section'] as const) {
    const found = scalar(pick(field));
    if (found !== undefined) metadata[field] = found;
  }
  const authors = authorList(pick('authors'));
  if (authors.length > 0) metadata.authors = authors;
  const extra: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(record)) if (!used.has(key)) extra[key] = field;
  return { content: typeof text === 'string' ? { text } : { html: html as string }, metadata, exportFormat: format?.name ?? null, extra };
}

/** A field as text: strings as they are, numbers written out, the first of a list (trafilatura's categories). */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(scalar).find((item) => item !== undefined);
  return undefined;
}

/** Authors as a list: a list as it is, a string split at `;` (trafilatura) or, with no `;`, at `,` between full names. */
function authorList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(scalar).filter((name): name is string => name !== undefined);
  const text = scalar(value);
  if (!text) return [];
  return text.split(text.includes(';') ? ';' : /,(?=\s*\p{Lu})/u).map((name) => name.trim()).filter((name) => name !== '');
}
