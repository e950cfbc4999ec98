/**
 * A generated corpus of staff-style comments with personal information planted at known offsets,
 * and comments with none (full of capitalised words that are not people: systems, places, wards,
 * months). Seeded, so tests and the bench see the same sentences every run. All identifiers are
 * fictional: phone numbers come from Ofcom's drama ranges, emails from example domains, NHS numbers
 * are random digits with a computed check digit.
 */
export type PlantedKind = 'name' | 'email' | 'phone' | 'nhs_number' | 'postcode' | 'date_of_birth' | 'hospital_number';
export interface Planted {
  start: number;
  end: number;
  kind: PlantedKind;
}
export interface PlantedText {
  text: string;
  planted: Planted[];
}

/** Given names the detector's own list does not hold, so name recall is not measured on its own list alone. */
const UNLISTED_GIVEN = ['Oluwadamilare', 'Siddharth', 'Bronwen', 'Eilidh', 'Tadhg', 'Ngozi', 'Mariusz', 'Anjali', 'Rhys', 'Caoimhe', 'Kayode', 'Zofia'];
const GIVEN = ['Priya', 'Mike', 'Jane', 'Ahmed', 'Claire', 'Tomasz', 'Fatima', 'Gareth', 'Sophie', 'Kwame', 'Helen', 'Raj', 'Siobhan', 'David', 'Aisha', 'Neil'];
const SURNAMES = ['Patel', 'Jones', 'Okafor', 'Smith', 'Hughes', 'Kowalski', 'Begum', 'Williams', "O'Brien", 'McDonald', 'Nwosu', 'Shah', 'Ellis', 'Campbell-Reid', 'Khan', 'Davies', 'Thompson', 'Chen'];
const TITLES = ['Dr', 'Dr.', 'Sister', 'Mr', 'Mrs', 'Ms', 'Nurse', 'Prof'];

type Part = string | { kind: PlantedKind; text: string };
type Template = (g: Generator) => Part[];

class Generator {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (Math.imul(this.state, 1_664_525) + 1_013_904_223) >>> 0;
    return this.state / 2 ** 32;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
  digits(n: number): string {
    return Array.from({ length: n }, () => String(this.int(10))).join('');
  }
  given(): string {
    return this.next() < 0.25 ? this.pick(UNLISTED_GIVEN) : this.pick(GIVEN);
  }
  nhsNumber(valid: boolean): string {
    for (;;) {
      const body = String(1 + this.int(9)) + this.digits(8);
      const sum = [...body].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
      const check = (11 - (sum % 11)) % 11;
      if (check === 10) continue;
      const last = valid ? check : (check + 1 + this.int(9)) % 10;
      const digits = body + String(last);
      return this.next() < 0.5 ? digits : `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
    }
  }
  phone(): string {
    const tail = () => String(this.int(1000)).padStart(3, '0');
    return this.pick([
      () => `07700 900${tail()}`,
      () => `07700900${tail()}`,
      () => `+44 7700 900${tail()}`,
      () => `+447700900${tail()}`,
      () => `020 7946 0${tail()}`,
      () => `+44 (0)20 7946 0${tail()}`,
      () => `0121 496 0${tail()}`,
      () => `0121-496-0${tail()}`,
      () => `(0113) 496 0${tail()}`,
      () => `0117 496 0${tail()}`,
      () => `ext ${1000 + this.int(9000)}`,
      () => `bleep ${100 + this.int(900)}`,
    ])();
  }
  postcode(): string {
    const L = 'ABCDEFGHKLMNPRSTUWY';
    const inward = 'ABDEFGHJLNPQRSTUWXYZ';
    const d = () => String(this.int(10));
    const l = (set = L) => set[this.int(set.length)]!;
    const outward = this.pick([() => l() + d(), () => l() + d() + d(), () => l() + l() + d(), () => l() + l() + d() + d(), () => l() + d() + 'A', () => l() + l() + d() + 'W'])();
    const code = `${outward}${this.next() < 0.85 ? ' ' : ''}${d()}${l(inward)}${l(inward)}`;
    return this.next() < 0.1 ? code.toLowerCase() : code;
  }
  email(): string {
    const name = `${this.pick([...GIVEN, ...UNLISTED_GIVEN])}.${this.pick(SURNAMES).replace(/\W/g, '')}`.toLowerCase();
    return `${name}${this.next() < 0.3 ? String(this.int(10)) : ''}@${this.pick(['example.nhs.uk', 'example.net', 'trust.example.org'])}`;
  }
}

const name = (text: string): Part => ({ kind: 'name', text });
const PLANTED: Template[] = [
  (g) => [`${g.pick(TITLES)} `, name(g.pick(SURNAMES)), ` ${g.pick(['was brilliant with the new system.', 'showed us how to use the dashboard.', 'raised this at governance.'])}`],
  (g) => ['Ask ', name(g.given()), ` on ward ${1 + g.int(30)}, she knows the workaround.`],
  (g) => [name(`${g.given()} ${g.pick(SURNAMES)}`), ' was brilliant when EPIC went down.'],
  (g) => ['Thanks to ', name(g.given()), ` in pharmacy for sorting the Cerner orders.`],
  (g) => ['The rota is a mess, speak to ', name(`${g.given()} ${g.pick(SURNAMES)}`), ' about it.'],
  (g) => [`Honestly ${g.pick(TITLES)} `, name(g.pick(SURNAMES)), ' and ', name(g.given()), ' carried the whole team in March.'],
  (g) => ['Call me on ', { kind: 'phone', text: g.phone() }, ' if you want to see it happen.'],
  (g) => ['Email me at ', { kind: 'email', text: g.email() }, ' and I will show you.'],
  (g) => ['The patient (NHS number ', { kind: 'nhs_number', text: g.nhsNumber(true) }, ') was booked twice.'],
  (g) => ['Referral for ', { kind: 'nhs_number', text: g.nhsNumber(true) }, ' lost between systems.'],
  (g) => ['Lives at ', { kind: 'postcode', text: g.postcode() }, ' so the community team could not reach her.'],
  (g) => ['Team base moved to ', { kind: 'postcode', text: g.postcode() }, ', ring ', { kind: 'phone', text: g.phone() }, '.'],
  (g) => ['DOB: ', { kind: 'date_of_birth', text: `${1 + g.int(28)}/${1 + g.int(12)}/19${50 + g.int(50)}` }, ' was entered wrong in the EPR.'],
  (g) => ['MRN ', { kind: 'hospital_number', text: `RX${g.digits(7)}` }, ' shows two sets of allergies.'],
  (g) => [name(g.given()), ' from IT (', { kind: 'email', text: g.email() }, ') fixed my login.'],
];

const CLEAN: Template[] = [
  (g) => [`Cerner crashes every ${g.pick(['Monday', 'Friday', 'night shift'])} and we lose notes.`],
  () => ['EPIC is slow on Ward 7 and the printers jam.'],
  () => ['We moved to Teams in March and it has been better.'],
  () => ['Royal Marsden share records with us by fax, still.'],
  (g) => [`${g.pick(['Rose', 'Jubilee', 'Victoria', 'Florence'])} Ward needs more laptops.`],
  () => ['Will the new EPR be ready by June?'],
  () => ['Mark the form as complete before discharge.'],
  () => ['Grace periods for mandatory training are too short.'],
  () => ['Datix reports take ages to close.'],
  () => ['Outlook and Excel freeze when SystmOne is open.'],
  (g) => [`Order ${g.nhsNumber(false)} was duplicated in the pharmacy system.`],
  (g) => [`Reference ${g.nhsNumber(false)} never arrived.`],
  () => ['Queen Elizabeth Hospital uses a different system to us.'],
  () => ["St Thomas' Hospital sends letters we cannot open."],
  () => ['ESR is clunky and HealthRoster is worse.'],
  (g) => [`Since ${1 + g.int(28)}/${1 + g.int(12)}/2023 the wifi drops every hour.`],
  () => ['In London and Leeds they already have single sign-on.'],
  () => ['Hope the new system is better than the last.'],
  () => ['Jack points are missing in half the bays.'],
  (g) => [`Version ${1 + g.int(9)}.${g.int(10)} broke the ${g.pick(['Medway', 'Lorenzo', 'RiO'])} interface.`],
  () => ['The Digital Team were helpful on the day.'],
  // Added after the detector was written, to keep precision honest: not tuned against.
  () => ['Lloyds Pharmacy sends the prescriptions late.'],
  () => ['Mental Health Act forms are still on paper.'],
  () => ['The Chief Nurse sent a memo about Bank Holiday rotas.'],
  () => ['As the Carter Report said, we need fewer systems.'],
  () => ['Windows updates restart the PCs during handover.'],
  () => ['Morning huddles in Outpatients overrun because Careflow is slow.'],
  () => ['Sepsis alerts fire on every patient with a raised heart rate.'],
  () => ['Can Patient Flow and Bed Management use one screen?'],
  (g) => [`We waited ${10 + g.int(50)} minutes for 4 PCs to log in.`],
];

function assemble(parts: Part[]): PlantedText {
  let text = '';
  const planted: Planted[] = [];
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else {
      planted.push({ start: text.length, end: text.length + part.text.length, kind: part.kind });
      text += part.text;
    }
  }
  return { text, planted };
}

/** `count` texts, about two thirds with planted identifiers and one third clean; the same for the same seed. */
export function plantedCorpus(count: number, seed = 11): PlantedText[] {
  const g = new Generator(seed);
  return Array.from({ length: count }, () => assemble(g.pick(g.next() < 0.66 ? PLANTED : CLEAN)(g)));
}
