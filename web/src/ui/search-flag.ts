import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A yes/no filter kept in the address (`?name=value`), so that a filtered page can be bookmarked and shared.
 * The checkbox follows local state at once: the router applies the new address in a transition, and a
 * controlled checkbox bound only to the address would spring back until that transition ends.
 */
export function useSearchFlag(name: string, value = 'true'): [boolean, (on: boolean) => void] {
  const [search, setSearch] = useSearchParams();
  const inAddress = search.get(name) === value;
  const [on, setOn] = useState(inAddress);
  useEffect(() => setOn(inAddress), [inAddress]);
  const set = (next: boolean) => {
    setOn(next);
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        if (next) params.set(name, value);
        else params.delete(name);
        return params;
      },
      { replace: true },
    );
  };
  return [on, set];
}
