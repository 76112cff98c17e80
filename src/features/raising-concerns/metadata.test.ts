import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stripJpeg, stripMetadata, stripPng, stripWebp } from './metadata.ts';

const bytes = (...parts: (number[] | string | Uint8Array)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
const segment = (marker: number, body: string | number[]) => {
  const data = typeof body === 'string' ? Buffer.from(body, 'latin1') : Buffer.from(body);
  return bytes([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff], data);
};
const has = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle, 'latin1'));

// A JPEG's structure: what a decoder needs, around the blocks a camera or editor adds.
const JFIF = segment(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0');
const TABLES = bytes(segment(0xdb, [0, ...new Array<number>(64).fill(1)]), segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]), segment(0xc4, [0, ...new Array<number>(16).fill(0), 0]));
const SCAN = bytes(segment(0xda, [1, 1, 0, 0, 0x3f, 0]), [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]);
const EOI = [0xff, 0xd9];
const clean = bytes([0xff, 0xd8], JFIF, TABLES, SCAN, EOI);
const EXIF = segment(0xe1, 'Exif\0\0MM\0*Camera owner: Jane Reporter; GPS 51.5N 0.12W');
const XMP = segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<dc:creator>Jane Reporter</dc:creator>');
const IPTC = segment(0xed, 'Photoshop 3.0\x008BIM By-line: Jane Reporter');
const COMMENT = segment(0xfe, 'Taken by Jane Reporter');

describe('a JPEG', () => {
  it('loses its EXIF, XMP, IPTC and comments, and anything after its end, and keeps all a decoder needs byte for byte', () => {
    const tagged = bytes([0xff, 0xd8], JFIF, EXIF, XMP, TABLES, IPTC, COMMENT, SCAN, EOI, 'trailing: Jane Reporter');
    const { bytes: stripped, removed } = stripJpeg(tagged);
    expect(Buffer.from(stripped).equals(Buffer.from(clean))).toBe(true);
    expect(removed).toEqual(['EXIF', 'XMP', 'IPTC', 'comment', 'data after the image']);
    expect(has(stripped, 'Jane')).toBe(false);
  });

  it('keeps an ICC colour profile and Adobe’s colour transform, which say how to show it', () => {
    const colour = bytes(segment(0xe2, 'ICC_PROFILE\0\x01\x01sRGB'), segment(0xee, 'Adobe\0\x64\0\0\0\0\x01'));
    const image = bytes([0xff, 0xd8], JFIF, colour, TABLES, SCAN, EOI);
    expect(stripJpeg(image).removed).toEqual([]);
    expect(Buffer.from(stripJpeg(image).bytes).equals(Buffer.from(image))).toBe(true);
  });

  it('is refused, not kept half-stripped, when it is cut short', () => {
    const cut = bytes([0xff, 0xd8], JFIF, EXIF.subarray(0, 10));
    expect(stripMetadata(cut, 'photo.jpg')).toMatchObject({ ok: false, reason: expect.stringContaining('not a whole JPG') });
    expect(stripMetadata(bytes([0xff, 0xd8], JFIF, TABLES, segment(0xda, [1, 1, 0, 0, 0x3f, 0]), [0x12, 0x34]), 'photo.jpg').ok).toBe(false);
  });
});

const crc = (data: Buffer) => {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
};

describe('a PNG', () => {
  const screenshot = new Uint8Array(fs.readFileSync(new URL('../../../docs/screenshot.png', import.meta.url)));
  const iend = screenshot.length - 12;

  it('loses its text, EXIF and time chunks, and keeps the picture byte for byte', () => {
    const text = chunk('tEXt', Buffer.from('Author\0Jane Reporter', 'latin1'));
    const compressed = chunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), zlib.deflateSync('Jane Reporter')]));
    const international = chunk('iTXt', Buffer.from('Author\0\0\0en\0\0Jane Reporter', 'latin1'));
    const exif = chunk('eXIf', Buffer.from('MM\0*Jane Reporter', 'latin1'));
    const time = chunk('tIME', Buffer.from([7, 234, 3, 2, 9, 0, 0]));
    const physical = chunk('pHYs', Buffer.from([0, 0, 11, 19, 0, 0, 11, 19, 1]));
    const tagged = bytes(screenshot.subarray(0, 33), text, physical, compressed, screenshot.subarray(33, iend), international, exif, time, screenshot.subarray(iend), 'Jane Reporter');
    const { bytes: stripped, removed } = stripPng(tagged);
    expect(removed).toEqual(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'data after the image']);
    expect(Buffer.from(stripped).equals(Buffer.from(bytes(screenshot.subarray(0, 33), physical, screenshot.subarray(33))))).toBe(true);
    expect(has(stripped, 'Jane')).toBe(false);
  });

  it('is unchanged when it carries nothing to remove', () => {
    expect(Buffer.from(stripPng(screenshot).bytes).equals(Buffer.from(screenshot))).toBe(true);
  });
});

describe('a WebP', () => {
  const riff = (...chunks: Buffer[]) => {
    const body = Buffer.concat(chunks);
    const header = Buffer.alloc(12);
    header.write('RIFF', 0, 'latin1');
    header.writeUInt32LE(body.length + 4, 4);
    header.write('WEBP', 8, 'latin1');
    return Buffer.concat([header, body]);
  };
  const webpChunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };

  it('loses its EXIF and XMP chunks, and the flags that announce them', () => {
    const image = webpChunk('VP8L', Buffer.from([0x2f, 1, 0, 0, 0x10, 7]));
    const tagged = riff(webpChunk('VP8X', Buffer.from([0x0c, 0, 0, 0, 1, 0, 0, 1, 0, 0])), image, webpChunk('EXIF', Buffer.from('MM\0*Jane Reporter')), webpChunk('XMP ', Buffer.from('<x>Jane Reporter</x>')));
    const { bytes: stripped, removed } = stripWebp(tagged);
    expect(removed).toEqual(['EXIF', 'XMP']);
    expect(Buffer.from(stripped).equals(riff(webpChunk('VP8X', Buffer.from([0, 0, 0, 0, 1, 0, 0, 1, 0, 0])), image))).toBe(true);
    expect(stripMetadata(tagged, 'picture.webp')).toMatchObject({ ok: true, kind: { mediaType: 'image/webp' } });
  });
});

describe('what a reporter may send', () => {
  it('takes plain text as it is', () => {
    const text = new Uint8Array(Buffer.from('Notes of the meeting on 2 March.'));
    expect(stripMetadata(text, 'notes.txt')).toEqual({ ok: true, kind: { mediaType: 'text/plain; charset=utf-8', extension: 'txt' }, bytes: text, removed: [] });
  });

  it('refuses a file disguised by its name, by its first bytes', () => {
    const png = new Uint8Array(fs.readFileSync(new URL('../../../docs/screenshot.png', import.meta.url)));
    expect(stripMetadata(png, 'photo.jpg')).toEqual({ ok: false, reason: 'is named .jpg but its content is PNG: files are taken for what they are' });
    expect(stripMetadata(bytes('MZ\x90\0\x03\0\0\0'), 'photo.jpg')).toMatchObject({ ok: false, reason: expect.stringContaining('is not a photograph') });
  });

  it('refuses PDF and Office documents, saying why and what to send instead', () => {
    expect(stripMetadata(bytes('%PDF-1.7\n/Author (Jane Reporter)'), 'letter.pdf')).toMatchObject({ ok: false, reason: expect.stringContaining('screenshot') });
  });
});
