/** The spreadsheet's columns, in the order the template and "Download data" write them. */
export const CSV_COLUMNS = ['date', 'title', 'lane', 'summary', 'level', 'concerns', 'source_url', 'source_title', 'id', 'confidence'] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Only these must have a value in every row; a row without a lane goes in the context lane. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['date', 'title'];

/** Several concerns share one cell, separated by semicolons (commas are common inside names). */
export const CONCERN_SEPARATOR = ';';

/** "Source URL" or " source url " in a header row both mean source_url. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
