import { useEffect, useRef } from 'react';

// Line numbers beside the script, scrolled with it; a refused line is marked.

export interface ScriptGutterProps {
  lineCount: number;
  errorLines: ReadonlySet<number>;
  scrollTop: number;
}

export function ScriptGutter({ lineCount, errorLines, scrollTop }: ScriptGutterProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = scrollTop;
  }, [scrollTop]);
  return (
    <div ref={ref} className="script-gutter" aria-hidden="true">
      {Array.from({ length: lineCount }, (_, i) => (
        <span key={i} className={errorLines.has(i + 1) ? 'is-error' : undefined}>
          {errorLines.has(i + 1) ? `✗ ${i + 1}` : i + 1}
        </span>
      ))}
    </div>
  );
}
