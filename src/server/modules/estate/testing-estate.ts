import { expect } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { Session, SignedUpOrg } from '../../testing/harness.js';

/** Test helpers for the estate routes. */
export const orgUrl = (org: SignedUpOrg, path: string) => `/api/v1/orgs/${org.organisationId}${path}`;

export async function addSystem(org: SignedUpOrg, fields: Record<string, unknown>, session: Session = org.admin) {
  const response = await session.post(orgUrl(org, '/systems'), { lifecycle: 'active', criticality: 'medium', holdsPatientData: false, ...fields });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; name: string; time: string | null };
}

export async function addIntegration(org: SignedUpOrg, sourceSystemId: string, targetSystemId: string, interfaceType = 'hl7v2') {
  const response = await org.admin.post(orgUrl(org, '/integrations'), { sourceSystemId, targetSystemId, interfaceType, frequency: 'real_time' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

export async function auditOf(org: SignedUpOrg, action: string) {
  const response = await org.admin.get(orgUrl(org, `/audit?action=${action}`));
  expect(response.statusCode, response.body).toBe(200);
  return response.json().events as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; subjectId: string }[];
}

/**
 * A minimal .xlsx (one sheet, inline strings, numbers) for import tests. A copy of the idea in
 * imports/testing-xlsx.ts, kept here because modules reach each other only through index.ts.
 */
export function xlsxOf(rows: (string | number)[][]): Uint8Array {
  const col = (i: number) => String.fromCharCode(65 + i);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const sheet = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (typeof v === 'number' ? `<c r="${col(c)}${r + 1}"><v>${v}</v></c>` : `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`)).join('')}</row>`)
    .join('');
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const files: Record<string, string> = {
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${xml}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}
