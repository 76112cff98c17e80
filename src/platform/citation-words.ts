// How a citation of a code reads: the code named as the code names itself, then its provisions
// ("SET Code of Practice, provision 10"). No imports: the server and the web app use the same words.

export interface NamedCode {
  title: string;
  publisher: string;
}

export interface NamedProvision {
  key: string;
  number: string;
  heading: string | null;
  /** For a provision with neither number nor heading: its text, and its children's numbers. */
  text?: string;
  childNumbers?: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The code's name as its own text gives it: the short name its publisher takes in it ("The Society for
 * Education and Training (SET) Code of Practice" → "SET Code of Practice"), a one-word publisher as it is
 * ("ATT Code of Conduct"), else the title with the publisher after it.
 */
export function codeName(code: NamedCode, texts: (string | null | undefined)[] = []): string {
  const short = new RegExp(`${escape(code.publisher)}\\s*\\(([A-Z][A-Za-z]{1,9})\\)`);
  for (const text of texts) {
    const found = text && short.exec(text);
    if (found) return `${found[1]} ${code.title}`;
  }
  if (!/\s/.test(code.publisher.trim())) return `${code.publisher.trim()} ${code.title}`;
  return `${code.title} (${code.publisher})`;
}

/**
 * "provision 10"; a provision without a number by its heading, by the numbers of the items it lists
 * ("provisions 1 to 20"), or by its first words.
 */
export function provisionWords(provision: NamedProvision): string {
  if (provision.number) return `provision ${provision.number}`;
  if (provision.heading) return `“${provision.heading}”`;
  const numbers = (provision.childNumbers ?? []).filter(Boolean);
  if (numbers.length > 1) return `provisions ${numbers[0]} to ${numbers.at(-1)}`;
  const words = (provision.text ?? '').split(/\s+/).filter(Boolean);
  if (words.length) return `the provision beginning “${words.slice(0, 6).join(' ')}${words.length > 6 ? '…' : ''}”`;
  return `provision ${provision.key}`;
}

/** "SET Code of Practice, provision 10"; "ATT Code of Conduct, provisions 20.3, 20.4 and 20.5"; the code alone when none is named. */
export function citationText(name: string, provisions: NamedProvision[]): string {
  if (provisions.length === 0) return name;
  const numbered = provisions.filter((p) => p.number);
  const others = provisions.filter((p) => !p.number).map(provisionWords);
  const numbers = numbered.map((p) => p.number);
  const parts = [...(numbers.length === 1 ? [`provision ${numbers[0]}`] : numbers.length > 1 ? [`provisions ${list(numbers)}`] : []), ...others];
  return `${name}, ${list(parts)}`;
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
