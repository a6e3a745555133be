import { useState } from 'react';
import type { LinkRef } from '../../driver/index.ts';
import { useAppStore, useAppStoreShallow } from '../../store/hooks.ts';
import { cutTest } from '../topology/links.ts';
import { QualityFields } from './QualityFields.tsx';
import type { QualityDraft } from './qualityForm.ts';
import { useQualityForm } from './useQualityForm.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// One link, one direction or both: cut and restore it, and set its own loss and delay (which beat
// the global values). Clicking a link in the picture and choosing "Loss and delay…" lands here.

export function LinkEditor() {
  const t = useT();
  const ids = useAppStore((s) => shown(s).nodeIds);
  const focus = useAppStore((s) => s.linkFocus);
  const links = useAppStore((s) => shown(s).links);
  const setFocus = useAppStore((s) => s.setLinkFocus);
  const actions = useAppStoreShallow((s) => ({ cut: s.cut, restoreLink: s.restoreLink, setDrop: s.setDrop, setDelay: s.setDelay, healFault: s.healFault }));
  const [both, setBoth] = useState(true);

  const from = focus && ids.includes(focus.from) ? focus.from : (ids[0] ?? 1);
  const to = focus && ids.includes(focus.to) && focus.to !== from ? focus.to : (ids.find((id) => id !== from) ?? from);
  const link: LinkRef = { from, to };
  const q = links.quality;
  const drop = q?.drops.find((d) => d.from === from && d.to === to);
  const delay = q?.delays.find((d) => d.from === from && d.to === to);
  const current: QualityDraft = {
    drop: String(drop?.percent ?? q?.dropPercent ?? 0),
    latency: String(delay?.latencyMs ?? q?.latencyMs ?? 0),
    jitter: String(delay?.jitterMs ?? q?.jitterMs ?? 0),
  };
  const cut = cutTest(links);
  const explicit = links.cuts.some((c) => c.from === from && c.to === to);
  const state = cut(from, to) ? (explicit ? t('network.link.cut') : t('network.link.cutByPartition')) : t('network.link.up');

  const directions = both ? [link, { from: to, to: from }] : [link];
  // Only what changed becomes a per-link override; an untouched field keeps following the global value.
  const form = useQualityForm(current, (change) => {
    for (const d of directions) {
      if (change.dropPercent !== null) actions.setDrop(change.dropPercent, d);
      if (change.delay) actions.setDelay(change.delay.latencyMs, change.delay.jitterMs, d);
    }
  });
  const pick = (next: LinkRef) => {
    form.discard();
    setFocus(next);
  };
  const resetLink = () => {
    for (const d of directions) {
      actions.healFault(`drop:${d.from}->${d.to}`);
      actions.healFault(`delay:${d.from}->${d.to}`);
    }
    form.discard();
  };

  if (ids.length < 2) return null;
  return (
    <section className="panel link-panel" aria-labelledby="link-title" data-testid="link-editor">
      <h2 id="link-title">
        {t('network.link.title')}{' '}
        <span className="panel-note">
          {from} → {to}: {state}
          {drop || delay ? t('network.link.own') : ''}
        </span>
      </h2>
      <form className="op-form" onSubmit={form.submit} noValidate>
        <div className="op-row">
          <label htmlFor="link-from">{t('network.link.from')}</label>
          <select id="link-from" value={from} onChange={(e) => pick({ from: Number(e.target.value), to: to === Number(e.target.value) ? from : to })} data-testid="link-from">
            {ids.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
          <label htmlFor="link-to">{t('network.link.to')}</label>
          <select id="link-to" value={to} onChange={(e) => pick({ from, to: Number(e.target.value) })} data-testid="link-to">
            {ids
              .filter((id) => id !== from)
              .map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
          </select>
          <label className="toggle">
            <input type="checkbox" checked={both} onChange={(e) => setBoth(e.target.checked)} /> {t('network.link.bothWays')}
          </label>
          {explicit ? (
            <button type="button" onClick={() => actions.restoreLink(link, both)} data-testid="link-restore">
              {t('network.link.restore')}
            </button>
          ) : (
            <button type="button" onClick={() => actions.cut(link, both)} data-testid="link-cut">
              {t('network.link.cutButton')}
            </button>
          )}
        </div>
        <QualityFields draft={form.draft} errors={form.errors} onChange={form.setDraft} testPrefix="link" />
        <div className="button-row">
          <button type="button" onClick={resetLink} disabled={!drop && !delay}>
            {t('network.link.backToGlobal')}
          </button>
          <button type="submit" className="primary" data-testid="link-apply">
            {t('network.link.apply', { link: both ? `${from} ↔ ${to}` : `${from} → ${to}` })}
          </button>
        </div>
      </form>
    </section>
  );
}
