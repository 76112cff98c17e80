import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

// Writing CSV for spreadsheets.

/** A cell: quoted when needed, and never starting with a character a spreadsheet would run as a formula. */
export function csvCell(value: unknown): string {
  let text = value instanceof Date ? value.toISOString() : String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** A whole file: a header row (its names as given) and one row per record, CRLF line ends. */
export function csv(header: string[], rows: unknown[][]): string {
  return `${header.join(',')}\r\n${rows.map(line).join('')}`;
}

/** How many rows a spreadsheet sent as it is made reads at a time. */
export const CSV_PAGE = 2_000;

/**
 * A file too long to hold at once (a register of 200,000 gifts is 40 MB), sent as it is made: the header row,
 * then page after page of rows, each page asked for with the last row of the one before (null first) until
 * one comes back empty. Memory holds one page whoever asks and however long the file.
 */
export function csvPages<Row>(header: string[], next: (after: Row | null) => Promise<readonly Row[]>, cells: (row: Row) => unknown[]): Readable {
  return Readable.from(
    (async function* () {
      yield `${header.join(',')}\r\n`;
      for (let page = await next(null); page.length; page = await next(page.at(-1)!)) yield page.map((row) => line(cells(row))).join('');
    })(),
    { objectMode: false },
  );
}

/** Sends a spreadsheet, whole or as it is made, to be saved as `filename`. */
export function sendCsv(reply: FastifyReply, filename: string, file: string | Readable) {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(file);
}
