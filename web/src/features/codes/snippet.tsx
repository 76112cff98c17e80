import type { SearchResult } from '../../api.ts';

/** A search snippet with its matching words marked. The parts are text, never markup. */
export function Snippet({ parts }: { parts: SearchResult['snippet'] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

/** "Code of Conduct (2020) 3.1 Safeguarding": how a provision found by search is named. */
export function resultName(result: Pick<SearchResult, 'codeTitle' | 'version' | 'number' | 'heading'>): string {
  const where = [result.number, result.heading].filter(Boolean).join(' ');
  return `${result.codeTitle} (${result.version})${where ? ` ${where}` : ''}`;
}
