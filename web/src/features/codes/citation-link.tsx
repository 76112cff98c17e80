import { Fragment } from 'react';
import { Link } from 'react-router';

// A citation as a person reads it, "SET Code of Practice, provision 10", each provision a link to its
// stable address in the codes library. The server reads the citation against the library.

export interface ReadCitation {
  name: string;
  text: string;
  href: string;
  provisions: { key: string; words: string; href: string }[];
}

export function CitationLink({ citation }: { citation: ReadCitation }) {
  if (citation.provisions.length <= 1) return <Link to={citation.href}>{citation.text}</Link>;
  const last = citation.provisions.length - 1;
  return (
    <>
      {citation.name},{' '}
      {citation.provisions.map((provision, index) => (
        <Fragment key={provision.key}>
          {index > 0 && (index === last ? ' and ' : ', ')}
          <Link to={provision.href} aria-label={`${citation.name}, ${provision.words}`}>
            {provision.words}
          </Link>
        </Fragment>
      ))}
    </>
  );
}

/** "Notify SET within 21 days …. SET Code of Practice, provision 10." */
export function SourceAndCitation({ source, citation }: { source: string; citation: ReadCitation | null }) {
  return (
    <span className="hint">
      {source}
      {citation && (
        <>
          {source ? ' ' : ''}
          <span className="citation">
            (<CitationLink citation={citation} />)
          </span>
        </>
      )}
    </span>
  );
}
