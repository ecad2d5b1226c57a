import { z } from 'zod';

/**
 * What the crawl or the export already knows about a page, as a record carries it. Every field is
 * optional; dates are ISO 8601 (`2023-07-01`, `2023-07-01T09:05:00+07:00`, `2023-07-01 09:05:00`).
 *
 * @example
 * PageMetadataSchema.parse({ url: 'https://www.rt.com/africa/1-x/', published: '2023-07-01', outlet: 'RT' });
 */
export const PageMetadataSchema = z.object({
  url: z.string().min(1).optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  modified: z.string().optional(),
  fetched: z.string().optional(),
  outlet: z.string().optional(),
  language: z.string().optional(),
  authors: z.array(z.string()).optional(),
  section: z.string().optional(),
});
export type PageMetadata = z.infer<typeof PageMetadataSchema>;

/**
 * A page record: its metadata and its content, as `text` or `html` (exactly one), with the fields
 * polynews does not read kept in `extra`.
 *
 * @example
 * PageRecordSchema.parse({ url: 'https://example.org/2023/07/01/a', text: 'Mali thanks Russia\n\nThe head of the junta…' });
 */
export const PageRecordSchema = PageMetadataSchema.extend({
  text: z.string().optional(),
  html: z.string().optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
}).refine((record) => (record.text === undefined) !== (record.html === undefined), { message: 'a page record needs its content as "text" or as "html" (one of them)' });
export type PageRecord = z.infer<typeof PageRecordSchema>;

/** A date as ISO 8601 with the precision it was written at, or null when it is not one. */
export interface IsoDate {
  value: string;
  precision: 'minute' | 'day' | 'month' | 'year';
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;

/**
 * Reads a metadata date (`2023-07-01`, `2023-07-01T09:05:00Z`, news-please's `2023-07-01 09:05:00`),
 * checked against the calendar, as ISO 8601 at its precision; null for anything else.
 *
 * @example
 * readIsoDate('2019-04-12 10:02:00'); // { value: '2019-04-12T10:02:00', precision: 'minute' }
 * readIsoDate('2023-02-30'); // null
 */
export function readIsoDate(text: string | undefined): IsoDate | null {
  const match = text === undefined ? null : ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, zone] = match;
  if (month === undefined) return { value: year!, precision: 'year' };
  if (Number(month) < 1 || Number(month) > 12) return null;
  if (day === undefined) return { value: `${year}-${month}`, precision: 'month' };
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day)) return null;
  if (hour === undefined || Number(hour) > 23 || Number(minute) > 59) return { value: `${year}-${month}-${day}`, precision: 'day' };
  const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { value: `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${offset}`, precision: 'minute' };
}

/**
 * A record's language as an ISO 639-1 code (`en-US` → `en`, `PL` → `pl`), or null when it is not one.
 *
 * @example
 * languageCode('pt-BR'); // 'pt'
 */
export function languageCode(text: string | undefined): string | null {
  const match = text === undefined ? null : /^([a-z]{2})(?:[-_][a-z0-9]+)*$/iu.exec(text.trim());
  return match ? match[1]!.toLowerCase() : null;
}
