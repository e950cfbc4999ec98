import type { ImportField } from '../../../../shared/contracts/estate-views.js';

/** "Annual cost (£)" → "annualcost": headers are compared without case, spaces, symbols or units. */
export const normaliseHeader = (header: string) =>
  header
    .toLowerCase()
    .replace(/\((£|gbp|pounds?|k|£k)\)/g, '')
    .replace(/[^a-z0-9]/g, '');

/**
 * Header words seen in trusts' existing registers (Excel lists, CMDB exports, asset registers).
 * "RAG" is read as technical fit because registers use it for the system's technical health;
 * the person checks every suggestion in the preview and can change it.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'system', 'systemname', 'application', 'applicationname', 'app', 'appname', 'asset', 'assetname', 'solution'],
  supplier: ['supplier', 'suppliername', 'vendor', 'vendorname', 'provider', 'manufacturer', 'company'],
  product: ['product', 'productname', 'module', 'productversion'],
  capability: ['capability', 'businesscapability', 'function', 'businessfunction', 'category', 'service', 'area'],
  businessOwner: ['businessowner', 'owner', 'systemowner', 'informationassetowner', 'iao', 'clinicalowner'],
  technicalOwner: ['technicalowner', 'itowner', 'technicallead', 'informationassetadministrator', 'iaa', 'systemmanager'],
  userCount: ['users', 'usercount', 'numberofusers', 'noofusers', 'userbase', 'licences', 'licenses'],
  hosting: ['hosting', 'hosted', 'hostingmodel', 'deployment', 'hostingtype', 'location'],
  contractStart: ['contractstart', 'contractstartdate', 'startdate', 'start'],
  contractEnd: ['contractend', 'contractenddate', 'enddate', 'end', 'contractexpiry', 'expiry', 'expirydate', 'renewaldate', 'renewal'],
  annualCost: ['annualcost', 'cost', 'costperyear', 'yearlycost', 'annualvalue', 'annualcharge', 'annualsupportcost', 'annualcostgbp'],
  lifecycle: ['lifecycle', 'lifecyclestage', 'lifecyclestatus', 'status', 'stage', 'plan', 'disposition'],
  criticality: ['criticality', 'businesscriticality', 'priority', 'tier', 'clinicalcriticality', 'importance'],
  holdsPatientData: ['patientdata', 'holdspatientdata', 'pid', 'patientidentifiabledata', 'containspatientdata', 'personaldata', 'pii'],
  technicalFit: ['technicalfit', 'techfit', 'technicalscore', 'technicalhealth', 'rag', 'ragstatus', 'ragrating'],
  functionalFit: ['functionalfit', 'funcfit', 'functionalscore', 'businessfit', 'businessvalue'],
  tags: ['tags', 'tag', 'labels', 'keywords'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'remarks'],
  units: ['divisionsandsites', 'divisionsites', 'divisionandsite', 'divisions', 'division', 'sites', 'site', 'usedby'],
  replacedBy: ['replacedby', 'replacement', 'replacementsystem', 'successor', 'tobereplacedby'],
};

const BY_WORD = new Map<string, ImportField>(Object.entries(SYNONYMS).flatMap(([field, words]) => words.map((w) => [w, field as ImportField] as const)));

/** The field each header most likely holds; a field is suggested for its first matching column only. */
export function suggestMapping(headers: string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = BY_WORD.get(normaliseHeader(header)) ?? null;
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Plain-English names of the fields, used in problems ("Row 14, Contract end: …"). */
