import type { ComponentProps } from 'react';
import { api } from '../../api.ts';
import { PersonPicker } from '../../ui/person-picker.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';

/** Someone of the organisation, found by name through safeguarding's own list (names only): to give an action, let see a record, or appoint a deputy. */
export function SafeguardingPersonPicker(props: Omit<ComponentProps<typeof PersonPicker>, 'search' | 'queryKey'>) {
  const { organisation } = useOrganisation();
  return <PersonPicker {...props} search={(q) => api.safeguardingPeople(organisation.id, q)} queryKey={['safeguarding', 'people', organisation.id]} />;
}
