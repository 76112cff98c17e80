import { BODY_COLOUR, startPdf } from '../../platform/pdf.ts';
import { BODY_MAP, OUTLINE_BOX, VIEWS, type PlacedMark, type View } from './body-map.ts';
import { CATEGORY_WORDS, type Category } from './rules.ts';

// A safeguarding record as a PDF, with its body map (003 §10.3, Appendix 1: an injury is recorded where it
// is, "kept with the record and in its PDF"): what was seen or said, then the front and back outlines drawn
// from the very regions a mark is checked against, each mark placed on them with its number beside it, and
// the marks listed by number with the part of the body and what the recorder saw there.

export interface ConcernForPdf {
  organisation: string;
  academy: string;
  learnerRef: string;
  category: Category;
  allegation: boolean;
  seenAt: Date;
  recordedAt: Date;
  recordedBy: string;
  account: string;
  immediateAction: string | null;
  marks: readonly PlacedMark[];
}

const londonTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
const regionWords = (view: View, region: string) => BODY_MAP[view].find((r) => r.id === region)?.label ?? region;
const capitalised = (words: string) => words.replace(/^./, (c) => c.toUpperCase());

/** The file name a record is downloaded as: the learner's reference, never a name. */
export const concernFileName = (learnerRef: string) => `safeguarding-${learnerRef.replace(/[^A-Za-z0-9_.-]+/g, '-')}.pdf`;

/** Each mark with its number on the map: numbered in the order they were recorded, front and back together. */
export const numberedMarks = (marks: readonly PlacedMark[]) => marks.map((mark, i) => ({ ...mark, number: i + 1, words: regionWords(mark.view, mark.region) }));

/** The record laid out on A4 as a tagged PDF. */
export async function concernPdf(record: ConcernForPdf): Promise<Buffer> {
  const title = `${record.allegation ? 'Allegation' : 'Safeguarding concern'} about ${record.learnerRef}`;
  const { doc, left, line, finish } = await startPdf({
    title,
    organisation: record.organisation,
    margin: 56,
    header: { text: 'CONFIDENTIAL: safeguarding record, for those who need to know', size: 9, colour: '#b42318', spaceAfter: 0.6 },
  });
  line(title, 'Helvetica-Bold', 16);
  doc.moveDown(0.4);
  line(`${record.organisation}, ${record.academy}`);
  line(`Category: ${capitalised(CATEGORY_WORDS[record.category])}`);
  line(`Seen or said: ${londonTime.format(record.seenAt)}`);
  line(`Recorded: ${londonTime.format(record.recordedAt)}, by ${record.recordedBy}`);
  doc.moveDown(0.8);
  line('What was seen or said', 'Helvetica-Bold', 12);
  line(record.account);
  doc.moveDown(0.6);
  line('What the recorder did at once', 'Helvetica-Bold', 12);
  line(record.immediateAction ?? 'Nothing recorded.');
  doc.moveDown(0.8);
  line('Body map', 'Helvetica-Bold', 12);
  const marks = numberedMarks(record.marks);
  if (marks.length === 0) {
    line('No mark was placed on the body map.');
    return finish();
  }

  // The two outlines side by side, each scaled from the outline's box to 240 points tall.
  const scale = 240 / OUTLINE_BOX.height;
  const gap = 40;
  const figureWidth = OUTLINE_BOX.width * scale;
  if (doc.y + 270 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 16;
  VIEWS.forEach((view, i) => {
    const x0 = left + i * (figureWidth + gap + 40);
    const at = (x: number, y: number): [number, number] => [x0 + x * scale, top + y * scale];
    doc.font('Helvetica-Bold').fontSize(10).fillColor('#1d2939').text(view === 'front' ? 'Front' : 'Back', x0, top - 14, { width: figureWidth, align: 'center' });
    for (const region of BODY_MAP[view]) {
      const [first, ...rest] = region.points.map(([x, y]) => at(x, y));
      doc.moveTo(...first!);
      for (const point of rest) doc.lineTo(...point);
      doc.closePath().lineWidth(0.6).fillAndStroke('#f2f4f7', '#475467');
    }
    for (const mark of marks.filter((m) => m.view === view)) {
      const [x, y] = at(mark.x * OUTLINE_BOX.width, mark.y * OUTLINE_BOX.height);
      doc.circle(x, y, 4).lineWidth(1).fillAndStroke('#b42318', '#7a271a');
      // The number beside the mark, which the list below explains.
      doc.font('Helvetica-Bold').fontSize(8).fillColor('#7a271a').text(String(mark.number), x + 5, y - 4, { lineBreak: false });
    }
  });
  doc.fillColor(BODY_COLOUR);
  doc.y = top + OUTLINE_BOX.height * scale + 16;
  for (const mark of marks) line(`${mark.number}. ${mark.words} (${mark.view})${mark.description ? `: ${mark.description}` : ''}`);
  return finish();
}
