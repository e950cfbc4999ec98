import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Workforce } from '../../../shared/contracts/workforce.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useSetHeadcounts, type CellChange } from './api.js';
import { formatCount, gridFigures, pairKey, readCell } from './grid-values.js';

interface Props {
  orgId: string;
  workforce: Workforce;
  notify: Notify;
}

const inputId = (row: number, column: number) => `headcount-r${row}-c${column}`;

/**
 * Division × staff group, with totals. People who may manage the workforce type into the
 * cells (Up and Down arrows move between rows) and save all changes at once. On a phone the
 * table scrolls sideways inside its own focusable region; the page itself does not.
 */
export function HeadcountGrid({ orgId, workforce, notify }: Props) {
  const { divisions, staffGroups } = workforce;
  const save = useSetHeadcounts(orgId);
  const form = useFormProblem();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const figures = gridFigures(workforce);
  const editable = workforce.can.manage;

  const shown = (key: string) => draft[key] ?? (figures.whole.has(key) ? String(figures.whole.get(key)) : '');
  const valueOf = (key: string) => {
    if (figures.bySite.has(key)) return figures.bySite.get(key)!;
    const read = readCell(shown(key));
    return 'value' in read ? (read.value ?? 0) : 0;
  };
  const rowTotal = (divisionId: string) => staffGroups.reduce((sum, g) => sum + valueOf(pairKey(divisionId, g.id)), 0);
  const columnTotal = (staffGroupId: string) => divisions.reduce((sum, d) => sum + valueOf(pairKey(d.id, staffGroupId)), 0);
  const overall = divisions.reduce((sum, d) => sum + rowTotal(d.id), 0);
  const dirty = Object.keys(draft).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const fields: Record<string, string> = {};
    const cells: CellChange[] = [];
    divisions.forEach((division, r) =>
      staffGroups.forEach((group, c) => {
        const key = pairKey(division.id, group.id);
        if (!(key in draft)) return;
        const read = readCell(draft[key]!);
        if ('problem' in read) fields[inputId(r, c)] = `${division.name}, ${group.name}: headcount ${read.problem}`;
        else if (read.value !== (figures.whole.get(key) ?? null)) {
          cells.push({ divisionId: division.id, staffGroupId: group.id, siteId: null, headcount: read.value });
        }
      }),
    );
    if (Object.keys(fields).length > 0) return form.set({ detail: null, fields });
    form.clear();
    if (cells.length === 0) {
      setDraft({});
      return notify('There were no changes to save.');
    }
    save.mutate(cells, {
      onSuccess: () => {
        setDraft({});
        notify(`${cells.length === 1 ? '1 headcount' : `${cells.length} headcounts`} saved.`);
      },
      onError: form.showError,
    });
  };

  // Up and Down move through a column as in a spreadsheet; Tab still moves along the row.
  const moveVertically = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const target = step ? document.getElementById(inputId(row + step, column)) : null;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  const fieldIds = Object.fromEntries(Object.keys(form.problem?.fields ?? {}).map((id) => [id, id]));
  const hasBySite = figures.bySite.size > 0;

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <ScrollRegion label="Headcount by division and staff group">
        <table className="nhsuk-table chorus-grid">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            Headcount by division and staff group
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Division</th>
              {staffGroups.map((group, c) => (
                <th key={group.id} id={`headcount-col-${c}`} className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                  {group.name}
                </th>
              ))}
              <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Total</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {divisions.map((division, r) => (
              <tr key={division.id} className="nhsuk-table__row">
                <th className="nhsuk-table__header chorus-grid__row-header" scope="row" id={`headcount-row-${r}`}>
                  {division.name}
                </th>
                {staffGroups.map((group, c) => {
                  const key = pairKey(division.id, group.id);
                  const perSite = figures.bySite.get(key);
                  const error = form.problem?.fields[inputId(r, c)];
                  return (
                    <td key={group.id} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                      {perSite !== undefined ? (
                        <>{formatCount(perSite)}<span className="chorus-muted"> by site</span></>
                      ) : editable ? (
                        <input
                          id={inputId(r, c)}
                          className={['nhsuk-input', 'chorus-grid__input', error ? 'nhsuk-input--error' : null].filter(Boolean).join(' ')}
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          aria-labelledby={`headcount-row-${r} headcount-col-${c}`}
                          aria-invalid={error ? true : undefined}
                          value={shown(key)}
                          onChange={(event) => setDraft((d) => ({ ...d, [key]: event.target.value }))}
                          onKeyDown={(event) => moveVertically(event, r, c)}
                        />
                      ) : (
                        shown(key) && formatCount(Number(shown(key)))
                      )}
                    </td>
                  );
                })}
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric chorus-grid__total">{formatCount(rowTotal(division.id))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header chorus-grid__row-header" scope="row">Total</th>
              {staffGroups.map((group) => (
                <td key={group.id} className="nhsuk-table__cell nhsuk-table__cell--numeric chorus-grid__total">{formatCount(columnTotal(group.id))}</td>
              ))}
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric chorus-grid__total">{formatCount(overall)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      {hasBySite && (
        <p className="nhsuk-body-s chorus-muted">Figures marked “by site” were imported per site. To change them, import a new file.</p>
      )}
      {editable && (
        <ButtonGroup>
          <Button type="submit" busy={save.isPending}>Save headcounts</Button>
          {dirty && (
            <Button variant="secondary" onClick={() => { setDraft({}); form.clear(); }}>
              Discard changes
            </Button>
          )}
        </ButtonGroup>
      )}
    </form>
  );
}
