// Writing CSV for spreadsheets.

/** A cell: quoted when needed, and never starting with a character a spreadsheet would run as a formula. */
export function csvCell(value: unknown): string {
  let text = value instanceof Date ? value.toISOString() : String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: a header row and one row per record, CRLF line ends. */
export function csv(header: string[], rows: unknown[][]): string {
  return `${[header.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n')}\r\n`;
}
