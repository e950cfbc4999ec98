import { describe, expect, it } from 'vitest';
import { fileSize, foldUnchanged, moveInList } from './document-helpers.js';

describe('moveInList', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves an item down and up by one place', () => {
    expect(moveInList(list, 1, 2)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveInList(list, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
  });
  it('moves to either end and leaves the original list alone', () => {
    expect(moveInList(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveInList(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
  it('clamps a target past either end, and ignores a source that is not in the list', () => {
    expect(moveInList(list, 0, -1)).toEqual(list);
    expect(moveInList(list, 3, 9)).toEqual(list);
    expect(moveInList(list, 7, 0)).toEqual(list);
  });
});

describe('fileSize', () => {
  it('says KB below a megabyte, never 0, and MB with one decimal above', () => {
    expect(fileSize(10)).toBe('1 KB');
    expect(fileSize(870_400)).toBe('850 KB');
    expect(fileSize(1_468_006)).toBe('1.4 MB');
  });
});

describe('foldUnchanged', () => {
  const same = (text: string) => ({ kind: 'same' as const, text });
  it('keeps one line of context either side of a change and folds the rest', () => {
    const lines = [same('1'), same('2'), same('3'), { kind: 'removed' as const, text: 'old' }, { kind: 'added' as const, text: 'new' }, same('4'), same('5'), same('6')];
    expect(foldUnchanged(lines)).toEqual([
      { kind: 'gap', count: 2 },
      same('3'),
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' },
      same('4'),
      { kind: 'gap', count: 2 },
    ]);
  });
  it('folds a section with no change to one gap, and keeps everything when all lines changed', () => {
    expect(foldUnchanged([same('a'), same('b')])).toEqual([{ kind: 'gap', count: 2 }]);
    const added = [{ kind: 'added' as const, text: 'x' }];
    expect(foldUnchanged(added)).toEqual(added);
  });
});
