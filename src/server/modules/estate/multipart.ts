import { badRequest } from '../../platform/errors.js';

/**
 * A small reader for `multipart/form-data` (RFC 7578), enough for the register import form: one
 * file and a few text fields, all in memory (the route's body limit caps the size). Chorus has no
 * multipart plugin; the import form is the only upload from a browser form.
 */
export interface FormPart {
  name: string;
  fileName: string | null;
  data: Buffer;
}

export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw badRequest('The upload is missing its multipart boundary. Choose the file again and retry.');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: FormPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, afterDelimiter);
    if (next === -1) break;
    const part = body.subarray(afterDelimiter + 2, next - 2); // drop the CRLF after the delimiter and before the next
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
      const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
      if (name) parts.push({ name, fileName, data: part.subarray(headerEnd + 4) });
    }
    start = next;
  }
  return parts;
}

/** The import form as the JSON body the routes validate: the file's bytes as base64, the mapping parsed. */
export function importFormAsBody(body: Buffer, contentType: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const part of parseMultipart(body, contentType)) {
    if (part.name === 'file') {
      result.fileName = part.fileName ?? 'register';
      result.content = part.data.toString('base64');
    } else if (part.name === 'mapping') {
      try {
        result.mapping = JSON.parse(part.data.toString('utf8')) as unknown;
      } catch {
        throw badRequest('The column mapping could not be read. Choose the columns again and retry.', [{ field: 'mapping', message: 'The column mapping could not be read' }]);
      }
    } else if (part.name === 'mode') result.mode = part.data.toString('utf8');
  }
  return result;
}
