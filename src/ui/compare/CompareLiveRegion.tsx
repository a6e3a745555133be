import { useAnnouncer } from '../a11y/announcer.ts';

// Compare mode's page has no playground around it, so it draws the polite live region that
// announce() (src/ui/a11y/announcer.ts) speaks through.

export function CompareLiveRegion() {
  const message = useAnnouncer((s) => s.message);
  const serial = useAnnouncer((s) => s.serial);
  return (
    <p className="sr-only" aria-live="polite" data-testid="compare-live" data-serial={serial}>
      {message}
    </p>
  );
}
