import { useEffect } from 'react';
import { useT } from './useT.ts';

// The browser tab's title in the page's language (index.html carries the English one until then).

export function useDocumentTitle(): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
}
