import { useAppStoreApi } from '../../store/hooks.ts';
import { useAnnouncer } from './announcer.ts';
import { useTimelineAnnouncements } from './useTimelineAnnouncements.ts';

// The page's one polite live region: detection and elections from the timeline, and lesson steps
// (the lesson player calls announce()). A new serial re-mounts the words, so the same sentence
// said twice is heard twice.

export function LiveRegion() {
  useTimelineAnnouncements(useAppStoreApi());
  const { message, serial } = useAnnouncer();
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region" data-serial={serial}>
      <span key={serial}>{message}</span>
    </div>
  );
}
