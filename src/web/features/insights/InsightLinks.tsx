import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { TagList } from '../../../shared/contracts/codebook.js';
import type { InsightDetail, UpdateInsight } from '../../../shared/contracts/insights.js';
import { api } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/fields.js';
import { useFrameworks } from '../maturity/api.js';
import { useSystemChoices } from '../estate/api.js';
import { useUpdateInsight } from './api.js';

interface Named {
  id: string;
  name: string;
}

/** The tags, systems of the register and maturity measures the insight concerns; each list is replaced as a whole. */
export function InsightLinks({ insight }: { insight: InsightDetail }) {
  const orgId = useOrgId();
  const canChange = insight.can.update;
  const update = useUpdateInsight(insight.id);
  const codebook = useQuery({ queryKey: ['tags', insight.strategyId], queryFn: () => api.get<TagList>(`/strategies/${insight.strategyId}/tags`), enabled: canChange });
  const systems = useSystemChoices(orgId);
  const frameworks = useFrameworks(orgId);
  const save = (change: UpdateInsight) => update.mutate(change);
  const measureChoices = (frameworks.data?.frameworks ?? []).flatMap((f) => f.measures.map((m) => ({ id: m.id, name: `${m.name} (${f.name})` })));

  return (
    <section aria-labelledby="links-heading">
      <h2 className="nhsuk-heading-m" id="links-heading">
        What it concerns
      </h2>
      {update.isError && (
        <p className="nhsuk-error-message" role="alert">
          {update.error.message}
        </p>
      )}
      <LinkList
        id="tags"
        title="Tags"
        none="No tags."
        noChoices={<>Add tags in the <Link to={paths.codebook(orgId, insight.strategyId)}>codebook</Link> to use them here.</>}
        chosen={insight.tags}
        choices={canChange ? (codebook.data?.tags.filter((t) => !t.deleted) ?? []) : []}
        canChange={canChange}
        busy={update.isPending}
        onChange={(ids) => save({ tagIds: ids })}
      />
      <LinkList
        id="systems"
        title="Systems in the register"
        none="No systems."
        noChoices={<>Add systems to the <Link to={paths.estate(orgId)}>systems register</Link> to use them here.</>}
        chosen={insight.systems}
        choices={canChange ? (systems.data?.systems ?? []) : []}
        canChange={canChange}
        busy={update.isPending}
        onChange={(ids) => save({ systemIds: ids })}
      />
      <LinkList
        id="measures"
        title="Maturity measures (such as What Good Looks Like)"
        none="No measures."
        noChoices={<>Open <Link to={paths.maturity(orgId)}>digital maturity</Link> to see the frameworks and their measures.</>}
        chosen={insight.measures}
        choices={canChange ? measureChoices : []}
        canChange={canChange}
        busy={update.isPending}
        onChange={(ids) => save({ measureIds: ids })}
      />
    </section>
  );
}

interface ListProps {
  id: string;
  title: string;
  none: string;
  /** Said when there is nothing left to choose from, with where to add some. */
  noChoices: ReactNode;
  chosen: Named[];
  choices: Named[];
  canChange: boolean;
  busy: boolean;
  onChange(ids: string[]): void;
}

function LinkList({ id, title, none, noChoices, chosen, choices, canChange, busy, onChange }: ListProps) {
  const [choice, setChoice] = useState('');
  const ids = chosen.map((c) => c.id);
  const available = choices.filter((c) => !ids.includes(c.id));
  return (
    <div className="chorus-insight-links">
      <h3 className="nhsuk-heading-s" id={`${id}-heading`}>
        {title}
      </h3>
      {chosen.length === 0 ? (
        <p className="nhsuk-body-s">{none}</p>
      ) : (
        <ul className="nhsuk-list chorus-insight-links__list" aria-labelledby={`${id}-heading`}>
          {chosen.map((c) => (
            <li key={c.id}>
              <span className="chorus-break-anywhere">{c.name}</span>
              {canChange && (
                <>
                  {' '}
                  <Button variant="secondary" small busy={busy} onClick={() => onChange(ids.filter((i) => i !== c.id))}>
                    Remove<span className="nhsuk-u-visually-hidden"> {c.name}</span>
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canChange && choices.length === 0 && <p className="nhsuk-body-s">{noChoices}</p>}
      {canChange && available.length > 0 && (
        <div className="chorus-finder__row">
          <Select
            id={`${id}-choice`}
            label={`Add to ${title.toLowerCase()}`}
            labelHidden
            value={choice}
            onChange={setChoice}
            options={[{ value: '', label: 'Choose one to add' }, ...available.map((c) => ({ value: c.id, label: c.name }))]}
          />
          <Button
            variant="secondary"
            small
            busy={busy}
            onClick={() => {
              if (!choice) return;
              onChange([...ids, choice]);
              setChoice('');
            }}
          >
            Add<span className="nhsuk-u-visually-hidden"> to {title.toLowerCase()}</span>
          </Button>
        </div>
      )}
    </div>
  );
}
