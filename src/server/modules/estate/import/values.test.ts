import { describe, expect, it } from 'vitest';
import { normaliseHeader, suggestMapping } from './columns.js';
import { closestName, parseUnits } from './references.js';
import { parseCriticality, parseDate, parseFit, parseHosting, parseLifecycle, parseMoney, parseYesNo } from './values.js';

const value = <T>(parsed: { ok: true; value: T } | { ok: false; message: string }) => (parsed.ok ? parsed.value : `error: ${parsed.message}`);

describe('register import: reading cells', () => {
  it('reads ISO and UK dates, and says why a date is wrong', () => {
    expect(value(parseDate('2027-03-31'))).toBe('2027-03-31');
    expect(value(parseDate('2027-03-31 00:00:00'))).toBe('2027-03-31');
    expect(value(parseDate('31/03/2027'))).toBe('2027-03-31');
    expect(value(parseDate('1/4/27'))).toBe('2027-04-01');
    expect(value(parseDate('29.02.2028'))).toBe('2028-02-29');
    expect(value(parseDate('29/02/2027'))).toBe("error: '29/02/2027' is not a real date");
    expect(value(parseDate('31/02/2027'))).toBe("error: '31/02/2027' is not a real date");
    expect(value(parseDate('March 2027'))).toBe("error: 'March 2027' is not a date: write it like 31/03/2027 or 2027-03-31");
    expect(value(parseDate('  '))).toBeNull();
  });
  it('reads pounds with £, commas, pence and k/m', () => {
    expect(value(parseMoney('£12,500'))).toBe(12500);
    expect(value(parseMoney('12500.60'))).toBe(12501);
    expect(value(parseMoney('£15k'))).toBe(15000);
    expect(value(parseMoney('1.2m'))).toBe(1200000);
    expect(value(parseMoney('-5'))).toBe("error: '-5' is not an amount in pounds, like £12,500");
    expect(value(parseMoney(''))).toBeNull();
  });
  it('reads lifecycle, criticality, hosting, yes/no and fit words', () => {
    expect(value(parseLifecycle('Retire'))).toBe('end_of_life');
    expect(value(parseLifecycle('Phasing-out'))).toBe('phase_out');
    expect(value(parseLifecycle('LIVE'))).toBe('active');
    expect(value(parseCriticality('Mission critical'))).toBe('critical');
    expect(value(parseCriticality('Tier 2'))).toBe('high');
    expect(value(parseHosting('On-prem'))).toBe('on_premises');
    expect(value(parseHosting('SaaS'))).toBe('saas');
    expect(value(parseYesNo('Y'))).toBe(true);
    expect(value(parseYesNo('no'))).toBe(false);
    expect(value(parseYesNo('maybe'))).toBe("error: 'maybe' is not yes or no");
    expect(value(parseFit('Amber'))).toBe(2);
    expect(value(parseFit('4'))).toBe(4);
    expect(value(parseFit('5'))).toBe("error: '5' is not a fit: use a number from 1 to 4, or Red, Amber or Green");
  });
  it('suggests fields from header synonyms, each field once', () => {
    expect(normaliseHeader('Annual cost (£)')).toBe('annualcost');
    expect(suggestMapping(['Application', 'Vendor', 'Contract end date', 'Annual cost (£)', 'RAG', 'System name', 'Mystery'])).toEqual([
      'name', 'supplier', 'contractEnd', 'annualCost', 'technicalFit', null, null,
    ]);
  });
});

describe('register import: naming divisions, sites and systems', () => {
  const units = [
    { id: 'a', name: 'Radiotherapy Division' },
    { id: 'b', name: 'Medicine, Surgery and Cancer' },
    { id: 'c', name: 'Velindre Hospital' },
  ];
  it('splits on ";" as the export writes, on "," only without one, and keeps a unit whose name has a comma', () => {
    expect(parseUnits('radiotherapy division; Velindre hospital', units)).toEqual({ ok: true, value: ['a', 'c'] });
    expect(parseUnits('Radiotherapy Division, Velindre Hospital', units)).toEqual({ ok: true, value: ['a', 'c'] });
    expect(parseUnits('Medicine, Surgery and Cancer', units)).toEqual({ ok: true, value: ['b'] });
    expect(parseUnits('Medicine, Surgery and Cancer; Velindre Hospital', units)).toEqual({ ok: true, value: ['b', 'c'] });
    expect(parseUnits('  ', units)).toEqual({ ok: true, value: [] });
  });
  it('suggests a close name only when one is close', () => {
    expect(closestName('Radiotherapy Divison', units.map((u) => u.name))).toBe('Radiotherapy Division');
    expect(closestName('velindre', units.map((u) => u.name))).toBe('Velindre Hospital');
    expect(closestName('Pharmacy', units.map((u) => u.name))).toBeNull();
  });
});
