// The addresses of the codes library. A provision's address is stable: its code, its version and its key,
// `/codes/:codeId/:version#p-<key>`. Keys may contain dots ("10.2"), which an element id allows.

export const provisionAnchor = (key: string) => `p-${key}`;

export function codePath(codeId: string, version?: string, key?: string): string {
  const base = version ? `/codes/${encodeURIComponent(codeId)}/${encodeURIComponent(version)}` : `/codes/${encodeURIComponent(codeId)}`;
  return key ? `${base}#${encodeURIComponent(provisionAnchor(key))}` : base;
}

export function comparePath(codeId: string, from?: string, to?: string): string {
  const search = new URLSearchParams();
  if (from) search.set('from', from);
  if (to) search.set('to', to);
  const text = search.toString();
  return `/codes/${encodeURIComponent(codeId)}/compare${text ? `?${text}` : ''}`;
}

export const themePath = (theme: string) => `/codes/themes/${encodeURIComponent(theme)}`;

/** The id of the element a `#p-…` fragment points at. */
export function anchorOf(hash: string): string | null {
  if (hash.length < 2) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
