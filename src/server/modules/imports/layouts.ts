import { markNotQuestions, UNNAMED } from './not-questions.js';

/**
 * Recognises which survey tool wrote a file from its header rows, and turns the header into
 * source columns: the question each column belongs to, the option or statement it holds (for
 * tools that spread one question over several columns), and the tool's own metadata columns.
 */
export const TOOLS = ['microsoft_forms', 'google_forms', 'surveymonkey', 'qualtrics', 'qualtrics_legacy', 'limesurvey', 'plain'] as const;
export type Tool = (typeof TOOLS)[number];

export const TOOL_LABELS: Record<Tool, string> = {
  microsoft_forms: 'Microsoft Forms',
  google_forms: 'Google Forms',
  surveymonkey: 'SurveyMonkey',
  qualtrics: 'Qualtrics',
  qualtrics_legacy: 'Qualtrics (older two-row layout)',
  limesurvey: 'LimeSurvey',
  plain: 'Plain CSV or spreadsheet',
};

export type ColumnRole = 'question' | 'completed' | 'meta' | 'identifying';

export interface SourceColumn {
  index: number;
  /** The header as written (header rows joined with " / " when there are several). */
  header: string;
  /** The question's text. */
  title: string;
  /** The option (multi-select spread over columns) or statement (grids) this column holds. */
  sub: string | null;
  /** Columns of one question share a group (the index of its first column). */
  group: number;
  role: ColumnRole;
  /** Why a column is metadata or identifying, in words. */
  reason: string | null;
}

export interface Layout {
  tool: Tool;
  headerRows: number;
  /** How the tool joins several chosen options in one cell; null when it uses a column per option. */
  separator: string | null;
  columns: SourceColumn[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

type Known = [role: ColumnRole, reason: string];
const id = (what: string): Known => ['identifying', what];
const meta = (what: string): Known => ['meta', what];
const done: Known = ['completed', 'completion date'];
// Times to the second can be matched with a rota or a sign-in log; a completion date keeps only its day.
const START = 'exact start time';
const END = 'exact end time';

/** Metadata columns each tool adds, by normalised header (code or long form). */
const KNOWN: Record<Tool, Record<string, Known>> = {
  microsoft_forms: {
    id: id('respondent ID'), 'start time': id(START), 'completion time': done, email: id('email address'), name: id('name'),
    'last modified time': id('exact time last changed'), 'total points': meta('quiz score'), 'quiz feedback': meta('quiz feedback'),
  },
  google_forms: { timestamp: done, 'email address': id('email address'), score: meta('quiz score') },
  surveymonkey: {
    'respondent id': id('respondent ID'), 'collector id': id('collector ID'), 'start date': id(START), 'end date': done,
    'ip address': id('IP address'), 'email address': id('email address'), 'first name': id('name'), 'last name': id('name'),
    'custom data 1': id('custom data (often a name or staff number)'), 'custom data': id('custom data (often a name or staff number)'),
  },
  qualtrics: {
    startdate: id(START), enddate: id(END), status: meta('response type'), ipaddress: id('IP address'),
    progress: meta('progress'), 'duration (in seconds)': meta('duration'), finished: meta('finished'), recordeddate: done,
    responseid: id('response ID'), recipientlastname: id('name'), recipientfirstname: id('name'), recipientemail: id('email address'),
    externalreference: id('external reference'), externaldatareference: id('external reference'), locationlatitude: id('location'),
    locationlongitude: id('location'), locationaccuracy: id('location'), distributionchannel: meta('distribution channel'),
    userlanguage: meta('language'), q_recaptchascore: meta('spam score'), q_relevantidduplicate: meta('fraud check'),
    responseset: meta('response set'), name: id('name'), emailaddress: id('email address'),
  },
  qualtrics_legacy: {},
  limesurvey: {
    id: id('response ID'), 'response id': id('response ID'), submitdate: done, 'date submitted': done, lastpage: meta('last page'),
    'last page': meta('last page'), startlanguage: meta('language'), 'start language': meta('language'), seed: meta('seed'),
    startdate: id(START), 'date started': id(START), datestamp: id('exact time of the last answer'), 'date last action': id('exact time of the last answer'),
    ipaddr: id('IP address'), 'ip address': id('IP address'), refurl: id('referrer address'), 'referrer url': id('referrer address'),
    token: id('access token'), firstname: id('name'), lastname: id('name'), email: id('email address'), 'first name': id('name'),
    'last name': id('name'), 'email address': id('email address'),
  },
  plain: {
    timestamp: done, date: done, submitted: done, 'date submitted': done, 'submission date': done, 'completion date': done,
    'completion time': done, completed: done, 'end date': done,
  },
};
KNOWN.qualtrics_legacy = KNOWN.qualtrics;

/** "LastName", "last_name" and "Last Name" are one header: tools and people spell them all ways. */
const compact = (s: string) => norm(s).replace(/[\s_-]+/g, '');
const COMPACT = Object.fromEntries(TOOLS.map((tool) => [tool, new Map(Object.entries(KNOWN[tool]).map(([k, v]) => [compact(k), v]))])) as Record<Tool, Map<string, Known>>;

function known(tool: Tool, ...names: string[]): Known | null {
  for (const name of names) {
    const hit = COMPACT[tool].get(compact(name));
    if (hit) return hit;
  }
  return null;
}

export function detectTool(rows: string[][]): { tool: Tool; headerRows: number } {
  const [first = [], second = [], third = []] = rows;
  const h1 = new Set(first.map(norm));
  const h2 = new Set(second.map(norm));
  const c1 = new Set(first.map(compact));
  if (c1.has('respondentid')) {
    if ([...h2].some((c) => c === 'response' || c === 'open-ended response')) return { tool: 'surveymonkey', headerRows: 2 };
    // SurveyMonkey's older export: one header row, "RespondentID, CollectorID, StartDate…".
    if (c1.has('collectorid')) return { tool: 'surveymonkey', headerRows: 1 };
  }
  if (third.some((c) => c.trim().startsWith('{"ImportId"'))) return { tool: 'qualtrics', headerRows: 3 };
  if ((h1.has('responseid') && h1.has('startdate')) || (h1.has('v1') && h2.has('responseid'))) {
    const legacy = h1.has('responseset') || h1.has('v1');
    return { tool: legacy ? 'qualtrics_legacy' : 'qualtrics', headerRows: 2 };
  }
  if (h1.has('id') && h1.has('start time') && h1.has('completion time')) return { tool: 'microsoft_forms', headerRows: 1 };
  if (norm(first[0] ?? '') === 'timestamp') return { tool: 'google_forms', headerRows: 1 };
  if ((h1.has('id') && h1.has('submitdate')) || (h1.has('response id') && h1.has('date submitted')) || h1.has('startlanguage')) {
    return { tool: 'limesurvey', headerRows: 1 };
  }
  return { tool: 'plain', headerRows: 1 };
}

const SEPARATORS: Record<Tool, string | null> = {
  microsoft_forms: ';',
  google_forms: ', ',
  surveymonkey: null,
  qualtrics: ',',
  qualtrics_legacy: ',',
  limesurvey: null,
  plain: ';',
};

/** `Question [Row]` (Google Forms grids, LimeSurvey sub-questions). */
const BRACKETED = /^(.*\S)\s*\[([^\][]+)\]$/s;

function columnsOf(tool: Tool, rows: string[][], headerRows: number): SourceColumn[] {
  const width = rows[0]?.length ?? 0;
  // "Unnamed: 5" is what pandas writes for a blank header, such as SurveyMonkey's option columns.
  const header = (r: number, c: number) => {
    const text = (rows[r]?.[c] ?? '').trim();
    return UNNAMED.test(text) ? '' : text;
  };
  const columns: SourceColumn[] = [];
  let lastTitled = -1;
  for (let c = 0; c < width; c += 1) {
    const parts = Array.from({ length: Math.min(headerRows, 2) }, (_, r) => header(r, c));
    const joined = parts.filter(Boolean).join(' / ');
    let title = header(0, c);
    let sub: string | null = null;
    let group = c;
    let hit: Known | null;
    switch (tool) {
      case 'surveymonkey': {
        hit = known(tool, header(0, c));
        if (!hit) {
          // A question spread over several columns names itself only in its first column.
          if (title === '' && lastTitled >= 0) group = lastTitled;
          else lastTitled = c;
          title = header(0, group);
          const second = headerRows > 1 ? header(1, c) : '';
          sub = /^(response|open-ended response)$/i.test(second) || second === '' ? null : second;
        }
        break;
      }
      case 'qualtrics':
      case 'qualtrics_legacy': {
        const tag = header(0, c);
        const text = header(1, c) || tag;
        hit = known(tool, tag, text);
        title = text;
        if (!hit) {
          const base = /^(.+)_(\d+)$/.exec(tag);
          const dash = text.lastIndexOf(' - ');
          if (base && dash > 0) {
            title = text.slice(0, dash).trim();
            sub = text.slice(dash + 3).trim();
            const previous = columns[columns.length - 1];
            group = previous && previous.role === 'question' && previous.sub !== null && previous.title === title ? previous.group : c;
          } else if (/ - Selected Choice$/.test(text)) {
            title = text.replace(/ - Selected Choice$/, '');
          }
        }
        break;
      }
      default: {
        hit = known(tool, title);
        const bracket = hit ? null : BRACKETED.exec(title);
        if (bracket && (tool === 'google_forms' || tool === 'limesurvey' || tool === 'plain')) {
          title = bracket[1]!.trim();
          sub = bracket[2]!.trim();
          const previous = columns[columns.length - 1];
          group = previous && previous.role === 'question' && previous.sub !== null && previous.title === title ? previous.group : c;
        }
      }
    }
    if (!hit && tool === 'microsoft_forms' && /^(points|feedback) - /i.test(title)) hit = meta('quiz marking');
    columns.push({
      index: c,
      header: joined,
      title: hit ? joined : title || `Column ${c + 1}`,
      sub: hit ? null : sub,
      group: hit ? c : group,
      role: hit ? hit[0] : 'question',
      reason: hit ? hit[1] : null,
    });
  }
  return columns;
}

export function detectLayout(rows: string[][], forceTool?: Tool): Layout {
  const detected = detectTool(rows);
  const tool = forceTool ?? detected.tool;
  const headerRows = forceTool && forceTool !== detected.tool ? (forceTool === 'qualtrics' ? 3 : forceTool === 'surveymonkey' || forceTool === 'qualtrics_legacy' ? 2 : 1) : detected.headerRows;
  const columns = markNotQuestions(columnsOf(tool, rows, headerRows), rows, headerRows);
  // Without a completion date of its own (Qualtrics' older layout), the end time stands in.
  if (!columns.some((c) => c.role === 'completed')) {
    const end = columns.find((c) => c.role === 'identifying' && c.reason === END);
    if (end) end.role = 'completed';
  }
  // Only one completion date is used: the first one found.
  let seen = false;
  for (const column of columns) {
    if (column.role !== 'completed') continue;
    if (seen) column.role = 'meta';
    seen = true;
  }
  return { tool, headerRows, separator: SEPARATORS[tool], columns };
}
