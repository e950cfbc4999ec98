import { describe, expect, it } from 'vitest';
import { parseHeadcountCsv } from './headcount-csv.js';
import { planImport, type WorkforceState } from './plan-import.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const state: WorkforceState = {
  divisions: [{ id: id(1), name: 'Radiotherapy and Imaging' }, { id: id(2), name: 'Surgery' }],
  sites: [{ id: id(10), name: 'Main Hospital' }],
  staffGroups: [
    { id: id(20), name: 'Allied Health Professionals' },
    { id: id(21), name: 'Nursing and Midwifery Registered' },
  ],
  cells: [
    { divisionId: id(1), staffGroupId: id(20), siteId: null, headcount: 200 },
    { divisionId: id(2), staffGroupId: id(21), siteId: null, headcount: 140 },
    { divisionId: id(2), staffGroupId: id(20), siteId: id(10), headcount: 10 },
  ],
};
const plan = (lines: string[]) => planImport(parseHeadcountCsv(lines.join('\r\n')), state);

describe('planImport', () => {
  it('matches names loosely, and says what it would create, update and leave alone', () => {
    const { preview, cells, replacedPairs } = plan([
      'Division,Staff group,Site,Headcount',
      'RADIOTHERAPY & IMAGING,AHPs,,210',
      'surgery,nursing and midwifery registered,,140',
      'Research,Nursing & Midwifery,Eastfield,22',
    ]);
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => [r.outcome, r.before])).toEqual([['update', 200], ['unchanged', 140], ['create', null]]);
    expect(preview.newDivisions).toEqual(['Research']);
    expect(preview.newSites).toEqual(['Eastfield']);
    expect(preview.summary).toEqual({ created: 1, updated: 1, unchanged: 1, removed: 0, totalHeadcount: 372 });
    expect(cells).toContainEqual({ divisionKey: 'research', staffGroupId: id(21), siteKey: 'eastfield', headcount: 22 });
    expect(replacedPairs).toEqual([{ divisionId: id(1), staffGroupId: id(20) }, { divisionId: id(2), staffGroupId: id(21) }]);
  });

  it('replaces a pair as a whole: figures per site remove the whole-division figure, and the reverse', () => {
    const { preview } = plan(['Division,Staff group,Site,Headcount', 'Surgery,Nursing and Midwifery Registered,Main Hospital,100', 'Surgery,Allied Health Professionals,,12']);
    expect(preview.removed).toEqual([
      { division: 'Surgery', staffGroup: 'Nursing and Midwifery Registered', site: null, headcount: 140 },
      { division: 'Surgery', staffGroup: 'Allied Health Professionals', site: 'Main Hospital', headcount: 10 },
    ]);
  });

  it('names the valid staff groups when one is unknown', () => {
    const { preview } = plan(['Division,Staff group,Headcount', 'Surgery,Nurses,12']);
    expect(preview.problems).toEqual([{
      row: 2,
      column: 'staffGroup',
      message: 'Row 2: staff group "Nurses" is not one of this organisation\'s staff groups (Allied Health Professionals, Nursing and Midwifery Registered). Use one of these names, or add the staff group on the Workforce page first.',
    }]);
    expect(preview.rows[0]!.outcome).toBeNull();
  });

  it('refuses a repeated cell and a pair given both for the whole division and per site', () => {
    const { preview } = plan([
      'Division,Staff group,Site,Headcount',
      'Surgery,Allied Health Professionals,Main Hospital,1',
      'surgery,AHP,main hospital,2',
      'Surgery,Allied Health Professionals,,3',
    ]);
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Row 3: repeats division "surgery", staff group "Allied Health Professionals" and site "main hospital" from row 2. Keep one of the two rows.',
      'Row 4: gives a figure for the whole division of "Surgery" and staff group "Allied Health Professionals", but row 2 gives figures per site. Give figures either for the whole division or per site, not both.',
    ]);
  });
});
