import type { ReportModel, ReportTable } from './report-model.js';

/** Rows of a table the HTML report shows; the rest is in the table's CSV file. */
export const HTML_ROWS = 200;
/** Rows of a key table `report.md` and the terminal show; the rest is in the table's CSV file. */
export const MARKDOWN_ROWS = 100;

/**
 * The CSV file each table of a report is written to, relative to the report's folder:
 * `tables/<section>-<n>-<caption>.csv`, the caption folded to ASCII letters and digits.
 *
 * @example
 * tableFiles(model).get(model.sections[0]!.tables[0]!); // 'tables/corpus-1-by-language.csv'
 */
export function tableFiles(model: ReportModel): Map<ReportTable, string> {
  const files = new Map<ReportTable, string>();
  for (const section of model.sections) {
    section.tables.forEach((table, index) => files.set(table, `tables/${section.id}-${index + 1}-${slug(table.caption)}.csv`));
  }
  return files;
}

function slug(caption: string): string {
  return (
    caption
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '')
      .slice(0, 60) || 'table'
  );
}

/**
 * The sentence that says a table was cut, naming its CSV file; null when the table is whole.
 *
 * @example
 * cutNote(250, 200, 'tables/coverage-1-entities.csv'); // 'Showing the first 200 of 250 rows; the full table is in tables/coverage-1-entities.csv.'
 */
export function cutNote(rows: number, shown: number, file: string | undefined): string | null {
  if (rows <= shown) return null;
  return `Showing the first ${shown} of ${rows} rows; the full table is in ${file ?? 'its CSV file'}.`;
}
