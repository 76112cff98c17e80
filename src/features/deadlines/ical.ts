import { addDays, inLondon } from '../../platform/calendar/index.ts';

// An iCalendar (RFC 5545) feed of a person's deadlines, for calendar apps to subscribe to.

export interface FeedEvent {
  id: string;
  title: string;
  description: string;
  dueAt: Date;
  allDay: boolean;
  url: string;
  updatedAt: Date;
}

/** Text values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const dateValue = (isoDate: string) => isoDate.replace(/-/g, '');

export function calendarFeed(name: string, events: FeedEvent[], host: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Probity//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`, 'X-WR-TIMEZONE:Europe/London'];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.id}@${host}`, `DTSTAMP:${utc(event.updatedAt)}`);
    if (event.allDay) {
      // Due by the end of a day: an all-day event on that London day.
      const day = inLondon(event.dueAt).date;
      lines.push(`DTSTART;VALUE=DATE:${dateValue(day)}`, `DTEND;VALUE=DATE:${dateValue(addDays(day, 1))}`);
    } else {
      lines.push(`DTSTART:${utc(new Date(event.dueAt.getTime() - 30 * 60_000))}`, `DTEND:${utc(event.dueAt)}`);
    }
    lines.push(`SUMMARY:${escapeText(event.title)}`, `DESCRIPTION:${escapeText(event.description)}`, `URL:${event.url}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
