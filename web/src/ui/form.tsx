import { useCallback, useEffect, useId, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { ApiError, type FieldProblem } from '../api.ts';

// Form controls that always have a label, show their hint and their error next to them, and tell
// assistive technology about both (aria-describedby, aria-invalid).

/** The server names fields as `body.email` or `query.from`; forms name them `email`, `roles.0.academyId`. */
export function fieldKey(field: string): string {
  return field.replace(/^(body|query|querystring|params)\.?/, '');
}

/** Every field problem of a failed request, by form field; several reasons for one field are joined. */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const problem of error.problem.errors ?? []) {
    if (problem.field === null) continue;
    const key = fieldKey(problem.field);
    errors[key] = errors[key] ? `${errors[key]}; ${problem.reason}` : problem.reason;
  }
  return errors;
}

export interface FieldRef {
  /** The control to link to; without one the problem is listed as text. */
  id?: string;
  label: string;
}

/**
 * The summary at the top of a form after a failed submit: announced and focused, with a link to each
 * field at fault. Problems for fields the form does not show are listed as the server said them.
 */
export function ErrorSummary({ error, fields, local = [] }: { error: unknown; fields: Record<string, FieldRef>; local?: { key: string; reason: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const visible = Boolean(error) || local.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [error, local.length, visible]);
  if (!visible) return null;
  const problems: FieldProblem[] = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  // In the order of the form's fields, then anything the form does not show.
  const order = Object.keys(fields);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const items = [
    ...local.map((p) => ({ key: p.key, reason: p.reason, field: p.key })),
    ...problems.map((p) => ({ key: p.field === null ? '' : fieldKey(p.field), reason: p.reason, field: p.field })),
  ].sort((a, b) => rank(a.key) - rank(b.key));
  const title = error instanceof ApiError ? error.problem.title : 'There is a problem';
  const detail = error instanceof ApiError ? error.problem.detail : error instanceof Error ? error.message : null;
  return (
    <div className="notice error" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <p className="notice-title" id={titleId}>
        Error: {items.length ? 'There is a problem' : title}
      </p>
      {items.length > 0 ? (
        <ul>
          {items.map((item, index) => {
            const target = fields[item.key];
            return (
              <li key={`${item.key}-${index}`}>
                {target?.id ? (
                  <a
                    href={`#${target.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(target.id!)?.focus();
                    }}
                  >
                    {target.label} {item.reason}
                  </a>
                ) : target ? (
                  <>
                    {target.label} {item.reason}
                  </>
                ) : item.field ? (
                  <>
                    {item.field}: {item.reason}
                  </>
                ) : (
                  item.reason
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        detail && <p>{detail}</p>
      )}
    </div>
  );
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A field's hint and error, with the ids its control's aria-describedby names. */
export function FieldMessages({ id, label, hint, error }: { id: string; label: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {label} {error}
        </span>
      )}
    </>
  );
}

type Common = { id: string; label: string; hint?: ReactNode; error?: string | undefined; className?: string };

export function TextField({ id, label, hint, error, className, ...input }: Common & Omit<ComponentProps<'input'>, 'id'>) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} label={label} hint={hint} error={error} />
      <input id={id} name={id} type="text" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </div>
  );
}

export function TextArea({ id, label, hint, error, className, ...input }: Common & Omit<ComponentProps<'textarea'>, 'id'>) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} label={label} hint={hint} error={error} />
      <textarea id={id} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </div>
  );
}

export function SelectField({ id, label, hint, error, className, children, ...select }: Common & Omit<ComponentProps<'select'>, 'id'>) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} label={label} hint={hint} error={error} />
      <select id={id} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
    </div>
  );
}

export function Checkbox({ id, label, hint, error, ...input }: Common & Omit<ComponentProps<'input'>, 'id' | 'type'>) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <FieldMessages id={id} label={label} error={error} />
      <div className="checkbox">
        <input id={id} name={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
        <label htmlFor={id}>
          {label}
          {hint && (
            <span className="hint" id={`${id}-hint`}>
              {hint}
            </span>
          )}
        </label>
      </div>
    </div>
  );
}

/**
 * A form's values, with `reset` to put back the ones it started with. A form that has done its job (added,
 * adopted, recorded) resets in its request's onSuccess, so that it does not invite doing the same again; its
 * confirmation (in a <LiveRegion>) says what was done, from the request's own variables, not the form's.
 */
export function useFormValues<T>(initial: () => T): [T, (values: T) => void, () => void] {
  const [values, setValues] = useState(initial);
  const first = useRef(initial);
  const reset = useCallback(() => setValues(first.current()), []);
  return [values, setValues, reset];
}

/** A submit button that says what is happening while the request runs. */
export function SubmitButton({ pending, children, pendingText = 'Please wait', className }: { pending: boolean; children: ReactNode; pendingText?: string; className?: string }) {
  return (
    <button type="submit" className={`button${className ? ` ${className}` : ''}`} disabled={pending} aria-disabled={pending || undefined}>
      {pending ? `${pendingText}…` : children}
    </button>
  );
}
