// What every PDF Probity writes has in common: an A4 tagged document with its title and the organisation as
// author, a header line in the organisation's colour or a warning's, the body's text in one width, and the
// bytes collected as it is written. Each feature lays out the rest (a case's letters, a safeguarding record).

export interface PdfWriter {
  doc: PDFKit.PDFDocument;
  /** The left margin and the width text runs to. */
  left: number;
  width: number;
  /** A line (or paragraph) of text at the current position, in the body's width. */
  line(text: string, font?: string, size?: number): void;
  /** Ends the document; the bytes once written. */
  finish(): Promise<Buffer>;
}

export const BODY_COLOUR = '#1d2939';

/**
 * Starts a PDF: its title and author in the document's information, then the header (the organisation's
 * name on a letter, a confidentiality warning on a safeguarding record) in bold, in its colour, followed by
 * some space before the body, in the body's colour.
 */
export async function startPdf(o: { title: string; organisation: string; margin: number; header: { text: string; size: number; colour: string; spaceAfter: number } }): Promise<PdfWriter> {
  // Loaded when first asked for: pdfkit and its fonts take longer to load than the rest of a start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: o.margin, info: { Title: o.title, Author: o.organisation, Creator: 'Probity' }, lang: 'en-GB', tagged: true, displayTitle: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('Helvetica-Bold').fontSize(o.header.size).fillColor(o.header.colour).text(o.header.text, left, doc.y, { width });
  doc.fillColor(BODY_COLOUR).moveDown(o.header.spaceAfter);
  return {
    doc,
    left,
    width,
    line: (text, font = 'Helvetica', size = 10.5) => void doc.font(font).fontSize(size).text(text, left, doc.y, { width }),
    finish: () => {
      doc.end();
      return done;
    },
  };
}
