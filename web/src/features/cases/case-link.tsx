import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useOrganisation } from '../organisations/organisation.tsx';
import { caseloadQuery } from './queries.ts';

/** The case opened from a declaration, linked for whoever is on it (its officers, its panel); nothing for anyone else. */
export function CaseFromDeclaration({ declarationId }: { declarationId: string }) {
  const { organisation } = useOrganisation();
  const opened = useQuery(caseloadQuery(organisation.id, { declarationId, limit: 1 }));
  const found = opened.data?.items[0];
  if (!found) return null;
  return (
    <p>
      <Link to={`/orgs/${organisation.id}/cases/${found.id}`}>Open the case {found.reference}</Link>
    </p>
  );
}
