import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/pdf.ts';
import { concernFileName, concernPdf, numberedMarks } from './pdf.ts';

// The record as PDF, without a database: its file name, the numbers its marks carry, and what it says.

const record = {
  organisation: 'Demo Academy Trust',
  academy: 'Northfield',
  learnerRef: 'NF/Y9.0311',
  category: 'physical_abuse' as const,
  allegation: false,
  seenAt: new Date('2026-03-02T09:15:00Z'),
  recordedAt: new Date('2026-03-02T09:20:00Z'),
  recordedBy: 'Tariq Teacher',
  account: 'A bruise on his arm; he said he fell.',
  immediateAction: null,
  marks: [
    { view: 'back' as const, x: 0.5, y: 0.4, region: 'lower-back', description: null },
    { view: 'front' as const, x: 0.5, y: 0.05, region: 'head-and-face', description: 'A graze' },
  ],
};

describe('a safeguarding record as PDF', () => {
  it('is named by the learner’s reference, never anything that could break the header', () => {
    expect(concernFileName('NF/Y9.0311')).toBe('safeguarding-NF-Y9.0311.pdf');
    expect(concernFileName('a"b\r\nc')).toBe('safeguarding-a-b-c.pdf');
  });

  it('numbers the marks in the order they were recorded, each with its part of the body in words', () => {
    expect(numberedMarks(record.marks).map((m) => [m.number, m.words])).toEqual([
      [1, 'Lower back'],
      [2, 'Head and face'],
    ]);
  });

  it('shows each mark’s number on its outline and lists them with what was seen there', async () => {
    const pdf = await concernPdf(record);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const words = pdfText(pdf);
    expect(words).toContain('Category: Physical abuse');
    expect(words).toContain('What the recorder did at once Nothing recorded.');
    expect(words).toContain('Front 2 Back 1 1. Lower back (back) 2. Head and face (front): A graze');
  });
});
