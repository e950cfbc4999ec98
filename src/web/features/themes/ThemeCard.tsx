import { useId, useState } from 'react';
import type { Spread, ThemeSuggestionView } from '../../../shared/contracts/themes.js';
import { Button } from '../../ui/Button.js';
import { plural } from '../../ui/format.js';
import { QuoteMeta } from '../evidence/Quote.js';

interface Props {
  suggestion: ThemeSuggestionView;
  others: ThemeSuggestionView[];
  canChange: boolean;
  busy: boolean;
  onAccept(label: string): void;
  onRename(label: string): void;
  onDismiss(): void;
  onRestore(): void;
  onUnaccept(): void;
  onSplit(): void;
  /** False when every quote of the run comes from the one source its caption names. */
  quoteSources: boolean;
  onMerge(into: ThemeSuggestionView): void;
}

function SpreadLine({ title, spread }: { title: string; spread: Spread }) {
  const parts = spread.groups.map((g) => `${g.name} ${g.count}`);
  if (spread.other) parts.push(spread.groups.length ? `others, or not stated, ${spread.other}` : `none large enough to name (${spread.other} in small groups or not stated)`);
  return (
    <li>
      <strong>{title}:</strong> {parts.join(' · ') || 'none recorded'}
    </li>
  );
}

const STATUS_WORDS: Record<string, string> = { accepted: 'Accepted as a tag', dismissed: 'Dismissed', merged: 'Merged into another theme', split: 'Split into a new run' };

/** One suggested theme: what it is, three masked quotes, who said it (suppressed), and what to do with it. */
export function ThemeCard({ suggestion: s, others, canChange, busy, quoteSources, onAccept, onRename, onDismiss, onRestore, onUnaccept, onSplit, onMerge }: Props) {
  const id = useId();
  const [label, setLabel] = useState(s.label);
  const [mergeInto, setMergeInto] = useState('');
  const [mergeMissing, setMergeMissing] = useState(false);
  const open = s.status === 'open';
  const mix = Object.entries(s.sentiment).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(' · ');
  return (
    <li className="nhsuk-card chorus-theme-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-s" id={`theme-${s.id}`} tabIndex={-1}>{s.label}</h2>
        <p className="nhsuk-body-s">
          {plural(s.size, 'item')}
          {s.keywords.length ? ` · words: ${s.keywords.join(', ')}` : ''}
          {!open ? ` · ${STATUS_WORDS[s.status] ?? s.status}` : ''}
        </p>
        {s.quotes.map((q) => (
          <blockquote key={q.id} className="chorus-theme-quote">
            <p className="nhsuk-body">{q.text}</p>
            <QuoteMeta quote={q} withSource={quoteSources} />
          </blockquote>
        ))}
        <ul className="nhsuk-list nhsuk-body-s chorus-theme-facts">
          <SpreadLine title="Staff groups" spread={s.staffGroups} />
          <SpreadLine title="Divisions" spread={s.divisions} />
          <li><strong>Sentiment:</strong> {mix || 'not analysed yet'}</li>
        </ul>
        {canChange && open && (
          <div className="chorus-theme-actions">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${id}-label`}>Name of the theme</label>
              <input className="nhsuk-input" id={`${id}-label`} value={label} maxLength={80} onChange={(e) => setLabel(e.target.value)} />
            </div>
            <Button small busy={busy} onClick={() => onAccept(label.trim() || s.label)}>Accept as a tag<span className="nhsuk-u-visually-hidden">: {label}</span></Button>{' '}
            {label.trim() && label.trim() !== s.label && <><Button small variant="secondary" busy={busy} onClick={() => onRename(label.trim())}>Save the name</Button>{' '}</>}
            <Button small variant="secondary" busy={busy} onClick={onDismiss}>Dismiss<span className="nhsuk-u-visually-hidden"> {s.label}</span></Button>{' '}
            {s.size >= 4 && <><Button small variant="secondary" busy={busy} onClick={onSplit}>Split<span className="nhsuk-u-visually-hidden"> {s.label}</span></Button>{' '}</>}
            {others.length > 0 && (
              <div className={`nhsuk-form-group${mergeMissing && !mergeInto ? ' nhsuk-form-group--error' : ''}`}>
                <label className="nhsuk-label" htmlFor={`${id}-merge`}>Merge into another theme</label>
                {mergeMissing && !mergeInto && <p className="nhsuk-error-message" id={`${id}-merge-error`} role="alert">Choose the theme to merge into, then press Merge again</p>}
                <select className="nhsuk-select" id={`${id}-merge`} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} aria-describedby={mergeMissing && !mergeInto ? `${id}-merge-error` : undefined}>
                  <option value="">Choose a theme</option>
                  {others.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
                </select>{' '}
                <Button small variant="secondary" busy={busy} onClick={() => { const into = others.find((o) => o.id === mergeInto); if (into) onMerge(into); else setMergeMissing(true); }}>Merge…</Button>
              </div>
            )}
          </div>
        )}
        {canChange && s.status === 'dismissed' && <Button small variant="secondary" busy={busy} onClick={onRestore}>Undo dismiss<span className="nhsuk-u-visually-hidden"> of {s.label}</span></Button>}
        {canChange && s.status === 'accepted' && <Button small variant="secondary" busy={busy} onClick={onUnaccept}>Undo accept<span className="nhsuk-u-visually-hidden"> of {s.label}</span></Button>}
      </div>
    </li>
  );
}
