import { compareHref } from '../compareLinks.ts';
import { useT } from '../i18n/useT.ts';

// The toolbar's way into compare mode (the only part of it in the first load): a link, so the
// page reloads as two clusters under one clock, starting with the article's model against ZooKeeper's.

export function CompareLauncher() {
  const t = useT();
  return (
    <a className="toolbar-link" href={compareHref('article-vs-zookeeper', window.location.search)} title={t('compare.openTitle')} data-testid="open-compare">
      {t('compare.open')}
    </a>
  );
}
