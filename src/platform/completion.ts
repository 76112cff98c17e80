// How far people have done what was asked of all of them (confirm a code, re-declare their interests),
// counted by academy and by role: what a campaign's dashboard shows.

export interface Asked {
  /** The academy's name, or the central team's. */
  academy: string;
  roles: readonly string[];
  done: boolean;
}

export interface Tally {
  group: string;
  total: number;
  done: number;
}

function tally(rows: readonly Asked[], groupsOf: (row: Asked) => readonly string[]): Tally[] {
  const groups = new Map<string, Tally>();
  for (const row of rows) {
    for (const group of groupsOf(row)) {
      const t = groups.get(group) ?? { group, total: 0, done: 0 };
      groups.set(group, { group, total: t.total + 1, done: t.done + (row.done ? 1 : 0) });
    }
  }
  return [...groups.values()].sort((a, b) => a.group.localeCompare(b.group));
}

export function completion(rows: readonly Asked[]) {
  return { total: rows.length, done: rows.filter((r) => r.done).length, byAcademy: tally(rows, (r) => [r.academy]), byRole: tally(rows, (r) => r.roles) };
}
