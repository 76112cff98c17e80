import { sniff, type FileKind } from '../../platform/files/sniff.ts';

// What a reporter's file could tell about them besides what they mean to send: a photograph's EXIF (the
// camera, its owner's name, where and when it was taken), XMP and IPTC blocks, a PNG's text chunks. Each is
// taken out before the file is kept, without decoding the picture, so nothing of the image itself changes.
// PDF and Office documents carry their author in properties that cannot be taken out as surely, in places
// their formats allow many of; they are refused, and the reporter is told why and what to send instead.

export type Stripped = { ok: true; kind: FileKind; bytes: Uint8Array; removed: string[] } | { ok: false; reason: string };

export const ACCEPTED = 'a photograph or picture (JPEG, PNG or WebP) or plain text';
const DOCUMENTS =
  'PDF and Office documents carry their author’s name and other properties that cannot be removed reliably: send a screenshot or photograph of it (JPEG or PNG), or paste its words into your message';

/** The file with every block that could identify its maker removed, or why it is not accepted. */
export function stripMetadata(bytes: Uint8Array, claimedName: string): Stripped {
  const kind = sniff(bytes);
  if (!kind) return { ok: false, reason: `is not ${ACCEPTED}` };
  const claimed = claimedName.split('.').pop()?.toLowerCase() ?? '';
  const agrees = claimed === kind.extension || (kind.extension === 'jpg' && claimed === 'jpeg') || (kind.extension === 'txt' && ['txt', 'csv', 'md'].includes(claimed));
  if (!agrees) return { ok: false, reason: `is named .${claimed} but its content is ${kind.extension.toUpperCase()}: files are taken for what they are` };
  try {
    switch (kind.extension) {
      case 'jpg':
        return { ok: true, kind, ...stripJpeg(bytes) };
      case 'png':
        return { ok: true, kind, ...stripPng(bytes) };
      case 'webp':
        return { ok: true, kind, ...stripWebp(bytes) };
      case 'txt':
        return { ok: true, kind, bytes, removed: [] };
      default:
        return { ok: false, reason: DOCUMENTS };
    }
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, reason: `is not a whole ${kind.extension.toUpperCase()} file (${error.message})` };
    throw error;
  }
}

class Malformed extends Error {}

const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/**
 * JPEG: keeps the markers a decoder needs (tables, frame, scans) and the application blocks that say how to
 * show the colours (JFIF, an ICC profile, Adobe's colour transform); drops APP1 (EXIF, XMP), APP13 (IPTC)
 * and every other application block and comment, and anything after the image's end.
 */
export function stripJpeg(bytes: Uint8Array): { bytes: Uint8Array; removed: string[] } {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  const removed: string[] = [];
  let i = 2;
  for (;;) {
    if (i + 1 >= bytes.length) throw new Malformed('it ends before its last marker');
    if (bytes[i] !== 0xff) throw new Malformed(`no marker at byte ${i}`);
    while (bytes[i + 1] === 0xff) i++; // fill bytes before a marker
    const marker = bytes[i + 1]!;
    if (marker === 0xd9) {
      kept.push(bytes.subarray(i, i + 2));
      if (i + 2 < bytes.length) removed.push('data after the image');
      return { bytes: concat(kept), removed };
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(bytes.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 3 >= bytes.length) throw new Malformed('a block is cut short');
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    const end = i + 2 + length;
    if (length < 2 || end > bytes.length) throw new Malformed('a block is longer than the file');
    const segment = bytes.subarray(i, end);
    const label = Buffer.from(bytes.subarray(i + 4, Math.min(end, i + 18))).toString('latin1');
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const keep = !isApp && marker !== 0xfe ? true : (marker === 0xe0 && label.startsWith('JFIF')) || (marker === 0xe2 && label.startsWith('ICC_PROFILE')) || (marker === 0xee && label.startsWith('Adobe'));
    if (keep) kept.push(segment);
    else removed.push(marker === 0xfe ? 'comment' : marker === 0xe1 ? (label.startsWith('Exif') ? 'EXIF' : 'XMP') : marker === 0xed ? 'IPTC' : `APP${marker - 0xe0}`);
    i = end;
    if (marker === 0xda) {
      // The scan's coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
      let j = i;
      while (j + 1 < bytes.length && !(bytes[j] === 0xff && bytes[j + 1] !== 0x00 && !(bytes[j + 1]! >= 0xd0 && bytes[j + 1]! <= 0xd7))) j++;
      if (j + 1 >= bytes.length) throw new Malformed('its picture data has no end');
      kept.push(bytes.subarray(i, j));
      i = j;
    }
  }
}

/** PNG chunks that only say how to show the picture; every other ancillary chunk (text, EXIF, time) is dropped. */
const PNG_KEPT = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'bKGD', 'pHYs', 'cICP', 'acTL', 'fcTL', 'fdAT']);

/** PNG: keeps the critical chunks and those above, up to the image's end; drops tEXt, zTXt, iTXt, eXIf, tIME and the rest. */
export function stripPng(bytes: Uint8Array): { bytes: Uint8Array; removed: string[] } {
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  const removed: string[] = [];
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 8;
  for (;;) {
    if (i + 8 > bytes.length) throw new Malformed('it ends before its last chunk');
    const length = view.readUInt32BE(i);
    const type = view.toString('latin1', i + 4, i + 8);
    const end = i + 12 + length;
    if (end > bytes.length) throw new Malformed(`its ${type} chunk is longer than the file`);
    const critical = type.charCodeAt(0) >= 65 && type.charCodeAt(0) <= 90;
    if (critical || PNG_KEPT.has(type)) kept.push(bytes.subarray(i, end));
    else removed.push(type);
    i = end;
    if (type === 'IEND') {
      if (i < bytes.length) removed.push('data after the image');
      return { bytes: concat(kept), removed };
    }
  }
}

/** WebP: drops the EXIF and XMP chunks and clears the flags that announce them. */
export function stripWebp(bytes: Uint8Array): { bytes: Uint8Array; removed: string[] } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = view.readUInt32LE(4) + 8;
  if (declared > bytes.length) throw new Malformed('it is shorter than it says');
  const chunks: Uint8Array[] = [];
  const removed: string[] = [];
  let i = 12;
  while (i + 8 <= declared) {
    const type = view.toString('latin1', i, i + 4);
    const size = view.readUInt32LE(i + 4);
    const end = i + 8 + size + (size % 2);
    if (end > declared) throw new Malformed(`its ${type.trim()} chunk is longer than the file`);
    if (type === 'EXIF' || type === 'XMP ') removed.push(type.trim());
    else {
      const chunk = Buffer.from(bytes.subarray(i, end));
      // VP8X's flags: 0x08 says an EXIF chunk follows, 0x04 an XMP chunk.
      if (type === 'VP8X' && size >= 1) chunk[8] = chunk[8]! & ~0x0c;
      chunks.push(chunk);
    }
    i = end;
  }
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  if (declared < bytes.length) removed.push('data after the image');
  return { bytes: concat([header, body]), removed };
}
