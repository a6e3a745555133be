// The parser's refusals, one per line number; clicking one puts the cursor on that line.

export interface ScriptErrorsProps {
  errors: { line: number; message: string }[];
  /** The whole report (it may say "… and N more errors"). */
  message: string;
  onPick(line: number): void;
}

export function ScriptErrors({ errors, message, onPick }: ScriptErrorsProps) {
  if (errors.length === 0) {
    return (
      <p className="script-refusal" role="alert" data-testid="script-errors">
        {message}
      </p>
    );
  }
  const more = message.split('\n').filter((l) => l.startsWith('… and'));
  return (
    <ul className="script-errors" role="alert" data-testid="script-errors" aria-label="Why the script was not run">
      {errors.map((e, i) => (
        <li key={i} data-line={e.line}>
          {e.line > 0 ? (
            <button type="button" className="link-button" onClick={() => onPick(e.line)}>
              line {e.line}
            </button>
          ) : (
            <strong>script</strong>
          )}
          : {e.message}
        </li>
      ))}
      {more.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
