import type { Parsed } from './values.js';

/** A division or site of the organisation, as a register cell may name it. */
export interface UnitRef {
  id: string;
  name: string;
}

/** Edits (insert, delete, substitute) turning one text into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name a mistyped one most likely meant: one that starts with what was typed (or the
 * other way round), or is a couple of keystrokes away. Null when nothing is that close, so the
 * suggestion is never a wild guess.
 */
export function closestName(typed: string, known: string[]): string | null {
  const t = typed.toLowerCase();
  let best: { name: string; distance: number } | null = null;
  for (const name of known) {
    const n = name.toLowerCase();
    const distance = n.startsWith(t) || t.startsWith(n) ? 0.5 : editDistance(t, n);
    if (distance <= Math.max(2, Math.floor(n.length / 5)) && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}

const didYouMean = (typed: string, known: string[]) => {
  const close = closestName(typed, known);
  return close ? `: did you mean '${close}'?` : '';
};

/**
 * The export joins unit names with "; ", so ';' separates; a hand-made register may use commas
 * instead, read only when there is no ';' and the whole cell is not itself one unit's name
 * ("Medicine, Surgery and Cancer").
 */
export function splitUnitNames(cell: string, isUnitName: (name: string) => boolean): string[] {
  const text = cell.trim();
  if (!text) return [];
  const parts = text.includes(';') || isUnitName(text) ? text.split(';') : text.split(',');
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

/**
 * Unit ids for a cell of division and site names, compared without case. A division and a site
 * may share a name; the name then stands for both, as the register cannot tell them apart.
 */
export function parseUnits(cell: string, units: UnitRef[]): { ok: true; value: string[] } | { ok: false; messages: string[] } {
  const byName = new Map<string, string[]>();
  for (const unit of units) byName.set(unit.name.toLowerCase(), [...(byName.get(unit.name.toLowerCase()) ?? []), unit.id]);
  const names = splitUnitNames(cell, (name) => byName.has(name.toLowerCase()));
  const unknown = names.filter((n) => !byName.has(n.toLowerCase()));
  if (unknown.length > 0) {
    const knownNames = [...new Set(units.map((u) => u.name))];
    return { ok: false, messages: unknown.map((n) => `'${n}' is not a division or site of this organisation${didYouMean(n, knownNames)}`) };
  }
  return { ok: true, value: [...new Set(names.flatMap((n) => byName.get(n.toLowerCase())!))] };
}

/**
 * The replacing system's name (lower case, the register's key), which must be in the register or
 * in the same file, and not the row's own system. Null for an empty cell: no replacement.
 */
export function parseReplacedBy(cell: string, ownName: string, knownNames: Map<string, string>): Parsed<string | null> {
  const text = cell.trim();
  if (!text) return { ok: true, value: null };
  const key = text.toLowerCase();
  if (ownName && key === ownName.toLowerCase()) return { ok: false, message: `a system cannot replace itself ('${text}')` };
  if (!knownNames.has(key)) {
    return { ok: false, message: `'${text}' is not a system in the register or in this file${didYouMean(text, [...knownNames.values()])}` };
  }
  return { ok: true, value: key };
}
