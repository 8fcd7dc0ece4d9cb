import type { ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** A dotted settings path (`company.iban`): names the error for tests and screen readers. */
  name: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}

/** A labelled form control with its error (announced) and hint below it. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label>
        {label}
        {children}
      </label>
      {error && (
        <p className="error" role="alert" data-relance-error={name}>
          {error}
        </p>
      )}
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}
