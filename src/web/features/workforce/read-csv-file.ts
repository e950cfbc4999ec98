import { MAX_CSV_CHARACTERS } from '../../../shared/contracts/workforce.js';

/**
 * Reads a chosen file as text the way spreadsheets save it: UTF-8 (with or without a byte
 * order mark), UTF-16 from Excel's "Unicode text", or Windows-1252 from older Excel. The
 * server parses the text; only the decoding happens here, because only the browser has the bytes.
 */
export async function readCsvFile(file: File): Promise<{ text: string } | { problem: string }> {
  if (file.size === 0) return { text: '' };
  if (file.size > MAX_CSV_CHARACTERS * 2) return { problem: 'The file is larger than 1 MB. Split it into smaller files and import each.' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  let text: string;
  if (utf16) text = new TextDecoder(utf16).decode(bytes);
  else {
    try {
      // ignoreBOM keeps a UTF-8 byte order mark in the text: the server expects and removes it.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (text.length > MAX_CSV_CHARACTERS) return { problem: 'The file is larger than 1 MB. Split it into smaller files and import each.' };
  return { text };
}
