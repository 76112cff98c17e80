import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError, type FieldProblem, type ImportPreview, type Organisation } from '../../api.ts';
import { Alert, LiveRegion, Status } from '../../ui/feedback.tsx';
import { Checkbox, fieldErrors, TextArea } from '../../ui/form.tsx';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';
import { RoleList } from '../people/roles.tsx';

// Import a staff or member list: paste it or choose a file, see every row checked by the server, and
// import only when no row has a problem (the server refuses the whole file otherwise).

export function ImportPage() {
  return (
    <Allowed actions={['people.import']} title="Import people">
      <ImportPeople />
    </Allowed>
  );
}

interface Column {
  name: string;
  /** What the hint says of it. */
  note?: string;
  /** What the example rows hold in it. */
  examples: [string, string];
}

/** The columns of a list for this kind of organisation, in order, each with what the example rows hold. */
function columns(organisation: Organisation): Column[] {
  const start: Column[] = [
    { name: 'email', note: 'required', examples: ['jo.bloggs@example.org', 'sam.jones@example.org'] },
    { name: 'given_name', note: 'required', examples: ['Jo', 'Sam'] },
    { name: 'family_name', note: 'required', examples: ['Bloggs', 'Jones'] },
  ];
  if (organisation.kind === 'employer_trust') {
    const academy = organisation.academies[0]?.name ?? 'Northfield Academy';
    const region = organisation.regions[0]?.name ?? 'North';
    return [
      ...start,
      { name: 'roles', note: 'required; several separated by ;, as "staff; line manager" or "regional education director"', examples: ['staff', 'regional education director'] },
      { name: 'academy', note: 'for roles at one academy', examples: [academy, ''] },
      { name: 'region', note: 'for a regional education director', examples: ['', region] },
      { name: 'job_role', note: 'required', examples: ['Teacher of Science', 'Regional Education Director'] },
      { name: 'line_manager_email', examples: ['sam.jones@example.org', ''] },
      { name: 'started_on', note: 'a date, as 01/09/2026 or 2026-09-01', examples: ['01/09/2025', '2021-09-01'] },
    ];
  }
  return [
    ...start,
    { name: 'roles', note: 'required; several separated by ;, as "member" or "member; mentor"', examples: ['member', 'member; mentor'] },
    { name: 'member_number', note: 'required', examples: ['M-000123', 'M-000124'] },
    { name: 'membership_status', note: 'applicant, active, suspended, lapsed or cancelled; active when empty', examples: ['active', 'applicant'] },
    { name: 'started_on', note: 'the date they joined, as 15/01/2025 or 2025-01-15', examples: ['15/01/2025', '2025-03-01'] },
  ];
}

const csvCell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A header line and two example rows, every column filled where it applies. */
function example(organisation: Organisation): string {
  const list = columns(organisation);
  return [list.map((c) => c.name), list.map((c) => c.examples[0]), list.map((c) => c.examples[1])].map((line) => line.map(csvCell).join(',')).join('\n');
}

/** `csv.line 3.email` → `Line 3, email`. */
function where(field: string): string {
  const match = /csv\.line (\d+)\.(.+)$/.exec(field);
  return match ? `Line ${match[1]}, ${match[2]}` : 'The file';
}

function ImportPeople() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const trust = organisation.kind === 'employer_trust';
  const [csv, setCsv] = useState('');
  const [invite, setInvite] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ csv: string; preview: ImportPreview } | null>(null);

  const preview = useMutation({
    mutationFn: (text: string) => api.previewImport(organisation.id, { csv: text, invite }),
    onSuccess: (result, text) => setChecked({ csv: text, preview: result }),
    onMutate: () => setChecked(null),
  });
  const commit = useMutation({
    mutationFn: () => api.importPeople(organisation.id, { csv, invite }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['people', organisation.id] });
      setCsv('');
      setFileName(null);
      setChecked(null);
    },
  });

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileProblem(null);
    if (!file) return;
    if (file.size > 900_000) {
      setFileProblem(`${file.name} is too large; import at most 5000 rows at a time.`);
      return;
    }
    setFileName(file.name);
    setCsv(await file.text());
    commit.reset();
  };

  const rows = checked?.preview.rows ?? [];
  const fileErrors = checked?.preview.fileErrors ?? [];
  const withProblems = rows.filter((row) => row.errors.length > 0).length;
  const stale = checked !== null && checked.csv !== csv;
  const ready = checked !== null && !stale && fileErrors.length === 0 && rows.length > 0 && withProblems === 0;
  const csvError = fieldErrors(preview.error).csv;

  return (
    <Page title={`Import people – ${organisation.name}`} heading="Import people">
      <p className="lede">Add a whole {trust ? 'staff list' : 'member list'} at once. Probity checks every row first and imports all of them, or none.</p>

      <LiveRegion>
        {commit.isSuccess && (
          <Status focus title={`Imported ${commit.data.imported} ${commit.data.imported === 1 ? 'person' : 'people'}`}>
            <p>
              <Link to={`/orgs/${organisation.id}/people`}>See them in the list of people</Link>
            </p>
          </Status>
        )}
      </LiveRegion>
      {commit.error && (
        <Alert title="Nothing was imported" focus>
          {commit.error instanceof ApiError && commit.error.problem.errors?.length ? (
            <ul>
              {commit.error.problem.errors.map((problem: FieldProblem, index) => (
                <li key={index}>
                  {problem.field === null ? problem.reason : `${where(problem.field)}: ${problem.reason}`}
                </li>
              ))}
            </ul>
          ) : (
            <p>{commit.error.message}</p>
          )}
          <p>Check the list again to see every row.</p>
        </Alert>
      )}
      {preview.error && !csvError && <Alert title="The list could not be checked">{preview.error.message}</Alert>}

      <form
        className="panel"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          commit.reset();
          preview.mutate(csv);
        }}
      >
        <div className={`field${fileProblem ? ' has-error' : ''}`}>
          <label htmlFor="csv-file">Choose a CSV file</label>
          <span className="hint" id="csv-file-hint">
            Or paste the list into the box below. {fileName && `Loaded ${fileName}.`}
          </span>
          {fileProblem && (
            <span className="field-error" id="csv-file-error">
              <span className="visually-hidden">Error: </span>
              {fileProblem}
            </span>
          )}
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby={`csv-file-hint${fileProblem ? ' csv-file-error' : ''}`}
            onChange={(event) => void chooseFile(event)}
          />
        </div>
        <TextArea
          id="csv"
          label="The list, as CSV"
          hint={`One person per line after a header line. Columns: ${columns(organisation)
            .map((c) => (c.note ? `${c.name} (${c.note})` : c.name))
            .join(', ')}.`}
          rows={8}
          spellCheck={false}
          value={csv}
          onChange={(event) => {
            setCsv(event.target.value);
            commit.reset();
          }}
          error={csvError}
        />
        <details>
          <summary>See an example</summary>
          <pre style={{ overflowWrap: 'anywhere' }}>{example(organisation)}</pre>
        </details>
        <p>
          <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(`${example(organisation)}\n`)}`} download={trust ? 'staff-list-template.csv' : 'member-list-template.csv'}>
            Download a template with every column (CSV)
          </a>
        </p>
        <Checkbox
          id="invite"
          label="Email each person an invitation to choose a password"
          hint="People who already have a Probity account are not emailed."
          checked={invite}
          onChange={(event) => setInvite(event.target.checked)}
        />
        <div className="actions">
          <button type="submit" className="button secondary" disabled={preview.isPending}>
            {preview.isPending ? 'Checking…' : checked ? 'Check the list again' : 'Check the list'}
          </button>
        </div>
      </form>

      {checked && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Check before importing</h2>
          {fileErrors.length > 0 ? (
            <Alert title="The file cannot be read as a list of people">
              <ul>
                {fileErrors.map((problem, index) => (
                  <li key={index}>The file {problem.reason}</li>
                ))}
              </ul>
            </Alert>
          ) : withProblems > 0 ? (
            <Alert title={`${withProblems} of ${rows.length} ${rows.length === 1 ? 'row has' : 'rows have'} problems`}>
              <p>Nothing can be imported until every row is right. Correct the rows marked below in the list above, then check it again.</p>
            </Alert>
          ) : (
            <LiveRegion>
              {/* Checked, not yet imported: a note, never "Done". */}
              <Status tone="info" title={`All ${rows.length} ${rows.length === 1 ? 'row is' : 'rows are'} ready to import. Nothing is imported until you choose Import.`} />
            </LiveRegion>
          )}
          {stale && (
            <Status tone="warning" title="The list has changed since it was checked">
              <p>Check it again before importing.</p>
            </Status>
          )}

          {rows.length > 0 && (
            <TableRegion id="preview" caption={`Preview: ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}, ${withProblems} with problems`}>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Check</th>
                  <th scope="col">Email</th>
                  <th scope="col">Name</th>
                  <th scope="col">Roles</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line} className={row.errors.length ? 'row-problem' : undefined}>
                    <th scope="row">{row.line}</th>
                    <td className="check-cell">
                      {row.errors.length === 0 ? (
                        <span className="tag ok">Ready</span>
                      ) : (
                        <>
                          <span className="tag off">
                            {row.errors.length} {row.errors.length === 1 ? 'problem' : 'problems'}
                          </span>
                          <ul className="problems">
                            {row.errors.map((problem, index) => (
                              <li key={index}>
                                <strong>{problem.field}</strong> {problem.reason}
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                    </td>
                    <td>{row.email}</td>
                    <td>
                      {row.givenName} {row.familyName}
                    </td>
                    <td>
                      <RoleList organisation={organisation} roles={row.roles} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )}

          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={!ready || commit.isPending}
              aria-describedby={ready ? undefined : 'import-blocked'}
              onClick={() => commit.mutate()}
            >
              {commit.isPending ? 'Importing…' : `Import ${rows.length} ${rows.length === 1 ? 'person' : 'people'}`}
            </button>
            {!ready && (
              <span id="import-blocked" className="muted">
                {stale ? 'Check the changed list first.' : 'Import is possible once every row is ready.'}
              </span>
            )}
          </div>
        </section>
      )}
    </Page>
  );
}
