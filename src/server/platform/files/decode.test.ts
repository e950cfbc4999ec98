import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';

const utf16le = (text: string, bom = true) => {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
};
const utf16be = (text: string, bom = true) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), be]) : be;
};

describe('decodeBytes', () => {
  const text = 'Question\tAnswer\r\nCafé £5 “quoted”\tYes\r\n';

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 as Excel saves "Unicode Text", with or without a BOM, in either byte order', () => {
    expect(decodeBytes(utf16le(text))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16le(text, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16be(text))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeBytes(utf16be(text, false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (£, é, curly quotes)', () => {
    // "Café £5 “quoted” – ok" in Windows-1252.
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x96, 0x20, 0x6f, 0x6b]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Café £5 “quoted” – ok', encoding: 'windows-1252' });
  });
});
