import { startPdf } from '../../platform/pdf.ts';
import type { ProvisionCitation } from '../../platform/result.ts';

// The letters a case sends (rules.ts: each type's `letters`, by the step that sends them), as data: a title
// and paragraphs in plain words, drawn from the procedures the codes point to (000, "Related procedures";
// provisions 8, 9, 11 and 12; 003 §2.2, §2.3 and Appendix 1). A letter is composed from its template and the
// case's facts (pure), and laid out as a PDF with the organisation's name, the case reference, the date,
// the person's name and the provisions concerned.

/** Every letter a case type may send. */
export const LETTER_NAMES = [
  'application-received',
  'application-outcome',
  'allegation-acknowledged',
  'request-for-information',
  'suitability-outcome',
  'allegation-outcome',
  'investigation-notice',
  'hearing-outcome',
  'appeal-outcome',
  'concern-protected',
  'protection-outcome',
] as const;
export type LetterName = (typeof LETTER_NAMES)[number];

/** What a letter may say of its case; a paragraph that needs a fact the case has not is left out. */
export interface LetterFacts {
  organisation: string;
  reference: string;
  /** The day it is sent, in words ("2 March 2026"). */
  date: string;
  person: string;
  /** The case type's title ("Suitability for membership"). */
  caseTitle: string;
  outcome?: string;
  reasons?: string;
  /** The last day to appeal, in words. */
  appealBy?: string;
  question?: string;
  dueOn?: string;
  consentFrom?: string;
  appealResult?: string;
}

type Fact = keyof LetterFacts;

export interface LetterTemplate {
  title: string;
  /** The provisions the letter concerns, where they are not all its case type cites. */
  cites?: readonly ProvisionCitation[];
  paragraphs: readonly { text: string; when?: Fact }[];
}

const setCode = (...provisions: string[]): ProvisionCitation => ({ code: 'set-code-of-practice', version: '2018', provisions });

const APPEAL = { text: 'If you disagree with this decision you may appeal. Write to us with your grounds, quoting the reference above, by {appealBy}.', when: 'appealBy' } as const;
const QUOTE = { text: 'Please quote the reference {reference} whenever you write to us about this.' } as const;

export const LETTERS: Readonly<Record<LetterName, LetterTemplate>> = {
  // 000, "Related procedures": applications follow the Membership Procedures: Applications for Membership;
  // section 1: the mandatory provisions are complied with "in order to become and remain a member".
  'application-received': {
    title: 'Your application for membership',
    paragraphs: [
      { text: 'We have received your application for membership of {organisation}, and this letter acknowledges it.' },
      { text: 'We consider every application under our Membership Procedures: Applications for Membership, with reference to our Code of Practice. Every member must comply with its mandatory provisions in order to become and remain a member, and where an applicant does not, we may refuse membership.' },
      { text: 'We may ask you for information while we consider your application. Please comply with any reasonable request, including a request that you consent to the disclosure of information that third parties hold about you.' },
      QUOTE,
    ],
  },
  'application-outcome': {
    title: 'The outcome of your application for membership',
    paragraphs: [
      { text: 'We have decided your application for membership of {organisation}.' },
      { text: 'Outcome: {outcome}.' },
      { text: 'Our reasons: {reasons}' },
      APPEAL,
    ],
  },
  // 000, "Related procedures": information that may call a member's suitability into question follows the
  // Membership Procedures: Action against Members, with the Guidance on Suitability for Membership;
  // provisions 8 (requests for information and consent), 9 (co-operating) and 11 (notifying other information).
  'allegation-acknowledged': {
    title: 'Information about your suitability for membership',
    cites: [setCode('related-procedures-2', '8', '9', '11')],
    paragraphs: [
      { text: 'We have received information that may call into question your suitability for membership of {organisation}. This letter acknowledges it and says what happens next.' },
      { text: 'We will consider it under our Membership Procedures: Action against Members, supported by our Guidance on Suitability for Membership, with reference to our Code of Practice.' },
      { text: 'As a member you comply with all reasonable requests for information from us, including reasonable requests that you consent to the disclosure of information held by third parties about you, and you co-operate with any investigation. Please also tell us of any other information which may have a bearing on your suitability for membership.' },
      { text: 'Nothing has been decided. Any decision is made in private by a panel of three, at least one of them a practitioner and one a lay member, and you will be sent it with its reasons in writing.' },
      QUOTE,
    ],
  },
  // 000 provision 8.
  'request-for-information': {
    title: 'A request for information',
    cites: [setCode('8')],
    paragraphs: [
      { text: 'In considering your case ({caseTitle}) we ask you for the following information:' },
      { text: '{question}' },
      { text: 'Please answer by {dueOn}. You can answer, and upload documents, on your own page in Probity, under Your cases.' },
      { text: 'We also ask for your consent to {consentFrom} disclosing the information it holds about you that this request concerns. Please say whether you give it when you answer.', when: 'consentFrom' },
      { text: 'Our Code of Practice asks every member to comply with all reasonable requests for information from us, including reasonable requests that they consent to the disclosure of information held by third parties about them.' },
    ],
  },
  'suitability-outcome': {
    title: 'The outcome of the consideration of your suitability for membership',
    paragraphs: [
      { text: 'We have considered the information about your suitability for membership of {organisation}. A panel of three made the decision, in private.' },
      { text: 'Outcome: {outcome}.' },
      { text: "The panel's reasons: {reasons}" },
      APPEAL,
    ],
  },
  // 003 Appendix 1: an allegation is never left unchallenged, unrecorded or not acted upon.
  'allegation-outcome': {
    title: 'The outcome of the allegation made about you',
    paragraphs: [
      { text: 'An allegation made about you has been considered. Our Staff Code of Conduct asks that no allegation is left unchallenged, unrecorded or not acted upon, and it has been recorded and considered.' },
      { text: 'Outcome: {outcome}.' },
      { text: 'Our reasons: {reasons}' },
      { text: 'If you would like to talk about this letter, or about the support available to you, please contact us, quoting the reference above.' },
    ],
  },
  // 003 §2.2, §2.3, §20.1 and §21.2: breaches of the code, at work or outside it, go to the disciplinary procedure.
  'investigation-notice': {
    title: 'Notice of an investigation under the disciplinary procedure',
    paragraphs: [
      { text: 'We are writing to tell you that a concern about your conduct is to be investigated under our disciplinary procedure.' },
      { text: 'Our Staff Code of Conduct says that a breach of it is managed through the disciplinary procedure, and that conduct outside work may be treated as a disciplinary matter where it is relevant to your employment. Being investigated does not mean that anything has been decided.' },
      { text: 'You will be told what the concern is, and you will be able to respond to it, before any decision is made.' },
      QUOTE,
    ],
  },
  'hearing-outcome': {
    title: 'The outcome of the disciplinary hearing',
    paragraphs: [
      { text: 'A panel has heard the matter under our disciplinary procedure and made its decision.' },
      { text: 'Outcome: {outcome}.' },
      { text: "The panel's reasons: {reasons}" },
      APPEAL,
    ],
  },
  'appeal-outcome': {
    title: 'The outcome of your appeal',
    paragraphs: [
      { text: 'We have decided your appeal ({caseTitle}).' },
      { text: 'Your appeal is {appealResult}.' },
      { text: 'Our reasons: {reasons}' },
      QUOTE,
    ],
  },
  // 000 provision 12: do not seek to dissuade anyone from raising a concern, or act unfairly towards them if they do.
  'concern-protected': {
    title: 'Your report of being treated unfairly for raising a concern',
    cites: [setCode('12')],
    paragraphs: [
      { text: 'We have received your report that you were dissuaded from raising a concern, or treated unfairly because you raised one, and this letter acknowledges it.' },
      { text: 'Nobody may seek to dissuade any person from raising a concern, or act unfairly towards them if they do so. We take your report seriously.' },
      { text: 'Your report is handled apart from everyone it names: none of them can see it.' },
      QUOTE,
    ],
  },
  'protection-outcome': {
    title: 'The outcome of your report',
    cites: [setCode('12')],
    paragraphs: [
      { text: 'We have considered your report that you were dissuaded from raising a concern, or treated unfairly for raising one.' },
      { text: 'Outcome: {outcome}.' },
      { text: 'Our reasons: {reasons}' },
      QUOTE,
    ],
  },
};

/** The words of an appeal's result in a letter. */
export const APPEAL_RESULT_WORDS = { upheld: 'upheld: the decision will be made afresh', dismissed: 'dismissed: the outcome stands' } as const;

export interface ComposedLetter {
  organisation: string;
  reference: string;
  date: string;
  person: string;
  title: string;
  paragraphs: string[];
  /** The provisions concerned, as a citation reads ("SET Code of Practice, provisions 8, 10 and 11"). */
  provisions: string[];
}

const londonDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** A day as a letter says it, in London: "2 March 2026". */
export function letterDate(instant: Date): string {
  return londonDay.format(instant);
}

/** A date (YYYY-MM-DD) as a letter says it. */
export function letterDay(date: string): string {
  return londonDay.format(new Date(`${date}T12:00:00Z`));
}

/**
 * The letter's words from its template and the case's facts: a paragraph whose `when` fact is missing is
 * left out; any other missing fact is a template's mistake, and fails loudly rather than print a gap.
 */
export function composeLetter(name: LetterName, facts: LetterFacts, provisions: string[]): ComposedLetter {
  const template = LETTERS[name];
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = facts[key as Fact];
      if (value === undefined || value === '') throw new Error(`The letter ${name} needs ${key}.`);
      return value;
    });
  const paragraphs = template.paragraphs.filter((p) => !p.when || (facts[p.when] ?? '') !== '').map((p) => fill(p.text));
  return { organisation: facts.organisation, reference: facts.reference, date: facts.date, person: facts.person, title: template.title, paragraphs, provisions };
}

/** The file name a letter is downloaded as. */
export const letterFileName = (name: LetterName, reference: string) => `${reference}-${name}.pdf`;

/** The letter laid out on A4 as a tagged PDF: letterhead, reference and date, the person, the words, the provisions concerned. */
export async function letterPdf(letter: ComposedLetter): Promise<Buffer> {
  const { doc, line, finish } = await startPdf({
    title: `${letter.title} (${letter.reference})`,
    organisation: letter.organisation,
    margin: 64,
    header: { text: letter.organisation, size: 16, colour: '#17375e', spaceAfter: 1.2 },
  });
  line(`Our reference: ${letter.reference}`);
  line(`Date: ${letter.date}`);
  line(`To: ${letter.person}`);
  doc.moveDown();
  line(letter.title, 'Helvetica-Bold', 13);
  doc.moveDown(0.6);
  line(`Dear ${letter.person},`);
  for (const paragraph of letter.paragraphs) {
    doc.moveDown(0.6);
    line(paragraph);
  }
  doc.moveDown(0.8);
  line('Yours sincerely,');
  line(letter.organisation);
  if (letter.provisions.length) {
    doc.moveDown(1.2);
    line('Provisions concerned', 'Helvetica-Bold', 11);
    for (const provisions of letter.provisions) line(provisions);
  }
  return finish();
}
