/**
 * How names in a file are matched to the organisation's: case, spacing and "&" versus "and"
 * do not matter, so "Radiotherapy & Imaging" finds "radiotherapy and imaging".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Other spellings of the ESR staff groups seen in trusts' own spreadsheets. A synonym
 * matches only when the organisation still has the ESR group it stands for.
 */
const STAFF_GROUP_SYNONYMS: Record<string, string> = {
  'additional professional scientific and technical': 'Add Prof Scientific and Technic',
  'add prof scientific and technical': 'Add Prof Scientific and Technic',
  'add prof sci and tech': 'Add Prof Scientific and Technic',
  'additional clinical services': 'Additional Clinical Services',
  'admin and clerical': 'Administrative and Clerical',
  'administrative and clerical staff': 'Administrative and Clerical',
  'ahp': 'Allied Health Professionals',
  'ahps': 'Allied Health Professionals',
  'allied health professional': 'Allied Health Professionals',
  'estates and facilities': 'Estates and Ancillary',
  'healthcare science': 'Healthcare Scientists',
  'healthcare scientist': 'Healthcare Scientists',
  'medical': 'Medical and Dental',
  'medical and dental staff': 'Medical and Dental',
  'nursing and midwifery': 'Nursing and Midwifery Registered',
  'registered nursing and midwifery': 'Nursing and Midwifery Registered',
  'student': 'Students',
};

export function staffGroupSynonym(name: string): string | undefined {
  return STAFF_GROUP_SYNONYMS[nameKey(name)];
}
