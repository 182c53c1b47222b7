import { z } from 'zod';
import { IntegrityError, InvalidInputError } from '../core/index.js';
import { CounterHmac } from './counter-hmac.js';
import {
  formatDate,
  parseDate,
  shiftDate,
  shiftWeekdayWord,
  styleAfterShift,
  weekdayShiftOf,
} from './date-format.js';
import { getSharedLexicon, type Lexicon } from './lexicon.js';
import { getSurrogateSource } from './surrogate-source.js';
import {
  appendMod11ControlDigit,
  createSyntheticNationalId,
  readIdDate,
} from '../identifiers/index.js';
import { personTitles } from './gazetteers/person-titles.js';
import { parseCardinalWord } from '../language/index.js';
import { tokenize } from './tokenize.js';
import type { AddressQuestion } from './recognizers/address-frame-names.js';
import { phiTypes, type PhiType } from './types.js';

/** One real value and its surrogate. `key` is the normalised real value. */
export interface VaultEntry {
  readonly type: PhiType;
  readonly key: string;
  readonly real: string;
  readonly surrogate: string;
}

/** One part of a person's name ("sondre") and the part of the fake name that stands for it. */
export interface NamePartEntry {
  readonly real: string;
  readonly surrogate: string;
  readonly role: 'given' | 'family';
}

const vaultSchema = z
  .object({
    version: z.literal(1),
    seed: z.string().regex(/^[0-9a-f]{64}$/u),
    counter: z.number().int().nonnegative(),
    dateOffsetDays: z.number().int().min(-400).max(400),
    entries: z
      .array(
        z
          .object({
            type: z.enum(phiTypes),
            key: z.string().max(2000),
            real: z.string().max(2000),
            surrogate: z.string().max(2000),
          })
          .strict(),
      )
      .max(100_000),
    nameParts: z
      .array(
        z
          .object({
            real: z.string().max(200),
            surrogate: z.string().max(200),
            role: z.enum(['given', 'family']),
          })
          .strict(),
      )
      .max(100_000),
  })
  .strict();

const streetStems = [
  'Bjørke',
  'Furu',
  'Grane',
  'Lønne',
  'Eike',
  'Rogne',
  'Selje',
  'Hegge',
  'Kirke',
  'Skole',
  'Sol',
  'Fjell',
  'Myr',
  'Lyng',
  'Blåbær',
  'Tyttebær',
  'Elve',
  'Sjø',
  'Nord',
  'Vester',
  'Øster',
  'Sønder',
  'Mølle',
  'Smie',
  'Stasjons',
  'Prestegårds',
  'Heia',
  'Åker',
];
const streetEndings = [
  'veien',
  'vegen',
  'gata',
  'stien',
  'bakken',
  'lia',
  'tunet',
  'svingen',
  'kroken',
  'haugen',
];
const plateLetters = ['AB', 'BT', 'CE', 'DK', 'EL', 'KH', 'NF', 'PR', 'RJ', 'SU', 'TA', 'VH', 'ZX'];

function applyCase(surrogate: string, real: string): string {
  if (real.length > 1 && real === real.toUpperCase() && real !== real.toLowerCase())
    return surrogate.toUpperCase();
  if (real === real.toLowerCase()) return surrogate.toLowerCase();
  return surrogate;
}

/** Digits of a number as written or spoken ("null to null fire …", "14 03 03 527 51"). */
export function toDigits(text: string): string {
  let digits = '';
  for (const token of tokenize(text)) {
    if (token.kind === 'number') digits += token.text;
    else if (token.kind === 'word') {
      const value = parseCardinalWord(token.lower);
      if (value !== undefined) digits += String(value);
    }
  }
  return digits;
}

/** Puts new digits into the layout of the original ("14 03 03 527 51" keeps its spaces). */
function formatLike(original: string, digits: string, spokenLayout: readonly number[]): string {
  const originalDigits = original.replace(/\D/gu, '');
  if (originalDigits.length === digits.length && !/\p{L}/u.test(original)) {
    let index = 0;
    return original.replace(/\d/gu, () => digits.charAt(index++));
  }
  const groups: string[] = [];
  let position = 0;
  for (const size of spokenLayout) {
    if (position >= digits.length) break;
    groups.push(digits.slice(position, position + size));
    position += size;
  }
  if (position < digits.length) groups.push(digits.slice(position));
  return groups.join(' ');
}

function normalise(type: PhiType, text: string): string {
  if (type === 'ID' || type === 'PHONE' || type === 'POSTAL_CODE')
    return toDigits(text) || text.toLowerCase();
  if (type === 'DATE') {
    const parsed = parseDate(text);
    return parsed === undefined
      ? text.toLowerCase().replace(/\s+/gu, ' ')
      : `${parsed.year ?? ''}-${parsed.month ?? ''}-${parsed.day ?? ''}`;
  }
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

function parseAge(text: string): number | undefined {
  const digits = /\d{1,3}/u.exec(text);
  if (digits !== null) return Number(digits[0]);
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    const value = parseCardinalWord(token.lower);
    if (value !== undefined) return value;
    const prefix =
      /^(tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(en|to|tre|fire|fem|seks|sju|åtte|ni)?/u.exec(
        token.lower,
      );
    if (prefix !== null) return parseCardinalWord(prefix[0]);
  }
  return undefined;
}

/** Draws `pick` tries before it takes whatever the next draw gives. */
const maxPickAttempts = 200;

/**
 * One consultation's pseudonym key: real ↔ surrogate mappings, the date offset, and a seeded
 * generator (HMAC-SHA-256 over a counter) so surrogates are reproducible from the serialised vault.
 * The vault is plaintext in memory; the integrator encrypts `serializeVault()` with the
 * consultation's data key and erases it with the consultation.
 */
/** A name spelled letter by letter: single letters parted by dashes, commas, dots or spaces. */
const spelledName = /^\p{L}(?:(?:\s*[-,.]\s*|\s+)\p{L}){2,}$/u;

export class Vault {
  /** Whole days every date is shifted by; a multiple of 7 so weekdays stay true. */
  readonly dateOffsetDays: number;
  private readonly seed: Buffer;
  /** HMAC-SHA-256 under `seed`, of the counter: the generator's draws. */
  private readonly draws: CounterHmac;
  private counter: number;
  private readonly entries = new Map<string, VaultEntry>();
  private readonly nameParts = new Map<string, NamePartEntry>();
  private readonly usedSurrogates = new Set<string>();
  /** Real name parts seen in this consultation: never handed out as a surrogate for someone else. */
  private readonly realNameParts = new Set<string>();
  /**
   * Session state, not serialized: the digits of the phone and identity numbers (8 digits or more)
   * found in any segment of the consultation being pseudonymized (`reserveNames`), so a part of
   * one said in another segment is found as that number too.
   */
  private readonly consultationNumbers = new Map<string, 'PHONE' | 'ID'>();
  /**
   * Session state, not serialized: the lower-case street names of the addresses found in any
   * segment of the consultation (`reserveNames`), so the street said again on its own
   * ("Storgata." as a whole answer, "bare Fjellsbo") is found as that address too.
   */
  private readonly consultationStreets = new Set<string>();
  /**
   * Session state, not serialized: the lower-case places someone in the consultation lives in
   * ("bor fortsatt i Nordnesboder"), so the place said with a house number is found as an address.
   */
  private readonly consultationHomePlaces = new Set<string>();
  /**
   * Session state, not serialized: whether the last text pseudonymized with this vault asked for a
   * house number ("Og husnummeret?"), so the next turn's lone number ("Sytten.") is that number.
   */
  private houseNumberAsked = false;
  /**
   * Session state, not serialized: name parts this vault holds only because of unsure PERSON
   * detections (a heading such as "Innkomstnotat" taken for a name). They are replaced where they
   * were detected but do not make every later occurrence in the consultation a person. A vault
   * parsed again treats all its name parts as confident.
   */
  private readonly unsureNameParts = new Set<string>();
  /**
   * Session state, not serialized: what the last text pseudonymized with this vault asked for, an
   * address or a postal code ("Hvor bor du nå?"), so the next turn's answer is read as one.
   */
  private addressAsked: AddressQuestion | undefined = undefined;
  /** Session state, not serialized: whether the last text pseudonymized spoke of an address. */
  private aboutAddress = false;
  /** Surrogates of values already mapped, by type and the value as written: no re-normalising. */
  private readonly repeatedValues = new Map<string, string>();
  private readonly lexicon: Lexicon;
  /** Per surrogate name list: how many of its first names are known taken (`isPoolUsedUp`). */
  private readonly namePoolCursors = new Map<readonly string[], number>();
  /** The same for the place list as place surrogates (taken places refused). */
  private readonly placePoolCursors = new Map<readonly string[], number>();
  /** The same for the place list as workplace stems (taken places and places of two words refused). */
  private readonly workplacePoolCursors = new Map<readonly string[], number>();

  /** @internal use `createVault` or `parseVault`. */
  constructor(state: {
    seed: Buffer;
    counter: number;
    dateOffsetDays: number;
    entries: readonly VaultEntry[];
    nameParts: readonly NamePartEntry[];
    lexicon?: Lexicon;
  }) {
    this.seed = state.seed;
    this.draws = new CounterHmac(state.seed);
    this.counter = state.counter;
    this.dateOffsetDays = state.dateOffsetDays;
    this.lexicon = state.lexicon ?? getSharedLexicon();
    for (const entry of state.entries) {
      this.entries.set(`${entry.type}|${entry.key}`, entry);
      this.usedSurrogates.add(entry.surrogate.toLowerCase());
    }
    for (const part of state.nameParts) {
      this.nameParts.set(part.real, part);
      this.usedSurrogates.add(part.surrogate.toLowerCase());
    }
  }

  /** A uniform integer in [0, bound). */
  private randomInt(bound: number): number {
    return this.draws.uint32(this.counter++) % Math.max(1, bound);
  }

  private pick<T>(list: readonly T[], accept: (value: T) => boolean): T | undefined {
    for (let attempt = 0; attempt < maxPickAttempts && list.length > 0; attempt++) {
      const value = list[this.randomInt(list.length)];
      if (value !== undefined && accept(value)) return value;
    }
    return list[this.randomInt(list.length)];
  }

  /**
   * True when `refusedForGood` refuses every entry of `list`, so `pick` could accept none of them.
   * `refusedForGood` must stay true of an entry once true (the vault's sets of surrogates and name
   * parts only grow): each list keeps a cursor in `cursors` past its leading refused entries, and
   * the whole test costs one pass over the list per consultation.
   */
  private isPoolUsedUp(
    list: readonly string[],
    cursors: Map<readonly string[], number>,
    refusedForGood: (value: string) => boolean,
  ): boolean {
    let cursor = cursors.get(list) ?? 0;
    while (cursor < list.length && refusedForGood(list[cursor] ?? '')) cursor++;
    cursors.set(list, cursor);
    return cursor >= list.length;
  }

  /**
   * True when every name of `list` is already a surrogate, a real name part or a mapped name part
   * of this consultation, so `pick` could accept none of them.
   */
  private isNamePoolUsedUp(list: readonly string[]): boolean {
    return this.isPoolUsedUp(list, this.namePoolCursors, (name) => {
      const lower = name.toLowerCase();
      return (
        this.usedSurrogates.has(lower) || this.realNameParts.has(lower) || this.nameParts.has(lower)
      );
    });
  }

  /**
   * `pick(list, accept)` for a pool whose refusals never lapse (`isPoolUsedUp`): once every entry
   * is refused, the 200 refused draws are skipped (`pickFromUsedUpPool`). A stream's one vault
   * soon hands out every surrogate place, after which each new place or workplace cost
   * 21 × 201 HMAC draws (`surrogateFor` retries a taken surrogate 20 times).
   */
  private pickFromPool(
    list: readonly string[],
    cursors: Map<readonly string[], number>,
    accept: (value: string) => boolean,
  ): string | undefined {
    return this.isPoolUsedUp(list, cursors, (value) => !accept(value))
      ? this.pickFromUsedUpPool(list)
      : this.pick(list, accept);
  }

  /**
   * What `pick` returns from a list none of whose names it accepts, without its 200 draws that are
   * each refused: the counter moves on by as many (none for an empty list), and the last draw picks.
   */
  private pickFromUsedUpPool(list: readonly string[]): string | undefined {
    if (list.length > 0) this.counter += maxPickAttempts;
    return list[this.randomInt(list.length)];
  }

  /** Every real → surrogate mapping (for re-identification). */
  getEntries(): readonly VaultEntry[] {
    return [...this.entries.values()];
  }

  /**
   * Records a real name part (lower case) so no surrogate ever equals it: otherwise the model text
   * would hold one person's real name standing in for another person.
   */
  reserveRealNamePart(lower: string): void {
    this.realNameParts.add(lower);
  }

  /** True when `lower` (a lower-case word) is a name part already mapped in this consultation. */
  hasNamePart(lower: string): boolean {
    return this.nameParts.has(lower);
  }

  /** Records a phone or identity number (its digits) found in a segment of this consultation. */
  rememberConsultationNumber(digits: string, type: 'PHONE' | 'ID'): void {
    if (!this.consultationNumbers.has(digits)) this.consultationNumbers.set(digits, type);
  }

  /** The phone and identity numbers found in this consultation's segments, by digits. */
  getConsultationNumbers(): ReadonlyMap<string, 'PHONE' | 'ID'> {
    return this.consultationNumbers;
  }

  /** Records the name of a street (lower case) found in an address in this consultation. */
  rememberConsultationStreet(lower: string): void {
    this.consultationStreets.add(lower);
  }

  /** Records a place (lower case) someone in this consultation lives in. */
  rememberConsultationHomePlace(lower: string): void {
    this.consultationHomePlaces.add(lower);
  }

  /** True when `lower` is a place someone in this consultation lives in. */
  hasConsultationHomePlace(lower: string): boolean {
    return this.consultationHomePlaces.has(lower);
  }

  /** True when an address or a home place of this consultation lent its name to the others. */
  hasConsultationStreets(): boolean {
    return this.consultationStreets.size > 0 || this.consultationHomePlaces.size > 0;
  }

  /** Records whether the text just pseudonymized asked for a house number. */
  rememberHouseNumberQuestion(asked: boolean): void {
    this.houseNumberAsked = asked;
  }

  /** Records what the text just pseudonymized asked for: an address, a postal code or neither. */
  rememberAddressQuestion(asked: AddressQuestion | undefined): void {
    this.addressAsked = asked;
  }

  /** Records whether the text just pseudonymized spoke of an address (a bare "Og nummer?" after it). */
  rememberAboutAddress(about: boolean): void {
    this.aboutAddress = about;
  }

  /** True when the last text pseudonymized with this vault spoke of an address. */
  wasAboutAddress(): boolean {
    return this.aboutAddress;
  }

  /** What the last text pseudonymized with this vault asked for, if an address or postal code. */
  wasAddressAsked(): AddressQuestion | undefined {
    return this.addressAsked;
  }

  /** True when the last text pseudonymized with this vault asked for a house number. */
  wasHouseNumberAsked(): boolean {
    return this.houseNumberAsked;
  }

  /** Records a name part (lower case) mapped only because of an unsure PERSON detection. */
  rememberUnsureNamePart(lower: string): void {
    this.unsureNameParts.add(lower);
  }

  /** Drops `lower` from the unsure name parts: a confident PERSON detection holds it. */
  forgetUnsureNamePart(lower: string): void {
    this.unsureNameParts.delete(lower);
  }

  /** True when `lower` is a name part this vault holds only from unsure PERSON detections. */
  isUnsureNamePart(lower: string): boolean {
    return this.unsureNameParts.has(lower);
  }

  /** True when `lower` names a street found in an address elsewhere in this consultation. */
  hasConsultationStreet(lower: string): boolean {
    return this.consultationStreets.has(lower);
  }

  /** Every name part mapping (for re-identification). */
  getNameParts(): readonly NamePartEntry[] {
    return [...this.nameParts.values()];
  }

  /** JSON-ready state. */
  toState(): z.infer<typeof vaultSchema> {
    return {
      version: 1,
      seed: this.seed.toString('hex'),
      counter: this.counter,
      dateOffsetDays: this.dateOffsetDays,
      entries: this.getEntries().map((entry) => ({ ...entry })),
      nameParts: this.getNameParts().map((part) => ({ ...part })),
    };
  }

  /** The surrogate for a real value, created on first sight and reused after. */
  surrogateFor(type: PhiType, real: string, subtype?: string): string {
    if (type === 'PERSON') return this.personSurrogate(real);
    if (type === 'DATE') {
      // Dates move by whole weeks, so a weekday in front stays true: "fredag 6.10" → "fredag 3.11";
      // a date without a year moves on a cycle and may need its weekday moved (`weekdayShiftOf`).
      const weekday = /^((?:man|tirs|ons|tors|fre|lør|søn)dag)(\s+)(?=\S)/iu.exec(real);
      if (weekday !== null) {
        const rest = real.slice(weekday[0].length);
        const parsed = parseDate(/\d\.\d{1,2}\.$/u.test(rest) ? rest.slice(0, -1) : rest);
        const by = parsed === undefined ? 0 : weekdayShiftOf(parsed, this.dateOffsetDays);
        return `${shiftWeekdayWord(weekday[1] ?? '', by)}${weekday[2] ?? ' '}${this.surrogateFor(type, rest, subtype)}`;
      }
      // "våren 2023" → "våren 2024": the year moves with the shift, the season word stays
      // (recognizers/season-years.ts), so each year has its own surrogate to re-identify.
      const season =
        /^((?:våren|sommeren|sommaren|høsten|hausten|vinteren|vintern)\s+)(?=(?:19|20)\d{2}$)/iu.exec(
          real,
        );
      if (season !== null)
        return `${season[1] ?? ''}${this.surrogateFor(type, real.slice(season[0].length), subtype)}`;
    }
    // A value written exactly as before gets exactly the answer it got (its entry never changes).
    const asWritten = `${type}|${real}`;
    const repeated = this.repeatedValues.get(asWritten);
    if (repeated !== undefined) return repeated;
    const key = normalise(type, real);
    const existing = this.entries.get(`${type}|${key}`);
    if (existing !== undefined) {
      const same = this.sameLayout(type, real, existing);
      if (this.repeatedValues.size < 100_000 && real.length <= 200)
        this.repeatedValues.set(asWritten, same);
      return same;
    }
    let surrogate = this.createSurrogate(type, real, subtype);
    for (
      let attempt = 0;
      attempt < 20 && this.usedSurrogates.has(surrogate.toLowerCase());
      attempt++
    ) {
      surrogate = this.createSurrogate(type, real, subtype);
    }
    this.entries.set(`${type}|${key}`, { type, key, real, surrogate });
    this.usedSurrogates.add(surrogate.toLowerCase());
    return surrogate;
  }

  /** A value seen before in another layout ("14 03 03 527 51" vs "14030352751") keeps that layout. */
  private sameLayout(type: PhiType, real: string, entry: VaultEntry): string {
    if ((type === 'ID' || type === 'PHONE') && real !== entry.real) {
      return formatLike(
        real,
        entry.surrogate.replace(/\D/gu, ''),
        type === 'ID' ? [6, 5] : [3, 2, 3],
      );
    }
    if (type === 'DATE' && real !== entry.real) {
      const parsed = parseDate(real.replace(/(\d)\.$/u, '$1'));
      if (parsed !== undefined)
        return formatDate(
          shiftDate(parsed, this.dateOffsetDays),
          styleAfterShift(parsed, this.dateOffsetDays),
        );
    }
    return applyCase(entry.surrogate, real);
  }

  /** A surrogate for one institution or workplace name: a surrogate place with its kept words. */
  private institutionSurrogate(real: string): string {
    const source = getSurrogateSource(this.lexicon);
    const place =
      this.pickFromPool(
        source.places,
        this.workplacePoolCursors,
        (candidate) =>
          !this.usedSurrogates.has(candidate.toLowerCase()) && !candidate.includes(' '),
      ) ?? 'Sted';
    const words = real.split(/\s+/u);
    const kept = words.filter((word) => {
      const lower = word.toLowerCase();
      return (
        word === lower ||
        this.lexicon.institutionHeadWords.has(lower) ||
        this.lexicon.institutionLeadWords.has(lower)
      );
    });
    if (words.length === 1) {
      const lower = real.toLowerCase();
      const suffix = this.lexicon.institutionSuffixes.find(
        (ending) => lower.endsWith(ending) && lower.length > ending.length + 2,
      );
      if (suffix !== undefined) return `${place}${suffix}`;
      if (
        this.lexicon.institutionLeadWords.has(lower) ||
        this.lexicon.institutionHeadWords.has(lower)
      )
        return real;
      return place;
    }
    const leads = words.filter(
      (word, index) => index === 0 && this.lexicon.institutionLeadWords.has(word.toLowerCase()),
    );
    const rest = kept.filter((word) => !leads.includes(word));
    if (leads.length > 0) return [...leads, place].join(' ');
    return [place, ...rest].join(' ');
  }

  /**
   * "W-A-R-S-A-M-E", "k, o, w, a, l": a name spelled letter by letter is one name part, the letters
   * joined, and its surrogate is spelled the same way ("N-O-W-A-K"). So the name said whole in
   * another segment is that person too, and the model reads one spelled name, not a chain of names.
   */
  private spelledPersonSurrogate(real: string, letters: readonly string[]): string {
    const joined = letters.join('').toLowerCase();
    const whole = this.personSurrogate(joined.charAt(0).toUpperCase() + joined.slice(1));
    const separator = /^\p{L}(\s*[-,.]\s*|\s+)/u.exec(real)?.[1] ?? '-';
    // Each letter in the case of the letter said in its place ("K, o, w, a" → "S, a, f, i").
    const isUpper = (letter: string | undefined): boolean =>
      letter !== undefined && letter === letter.toUpperCase();
    return (whole.match(/\p{L}/gu) ?? [])
      .map((letter, index) =>
        isUpper(letters[Math.min(index, letters.length - 1)])
          ? letter.toUpperCase()
          : letter.toLowerCase(),
      )
      .join(separator);
  }

  private personSurrogate(real: string): string {
    const spelled = spelledName.test(real) ? (real.match(/\p{L}/gu) ?? []) : [];
    if (spelled.length >= 3) return this.spelledPersonSurrogate(real, spelled);
    const source = getSurrogateSource(this.lexicon);
    const parts = real.split(/(\s+|-)/u);
    const words = parts.filter((part) => part.trim().length > 0 && part !== '-');
    let gender: 'female' | 'male' | undefined;
    for (const word of words) {
      const lower = word.toLowerCase();
      const female = this.lexicon.femaleNames.has(lower);
      const male = this.lexicon.maleNames.has(lower);
      if (female !== male) {
        gender = female ? 'female' : 'male';
        break;
      }
    }
    let wordIndex = 0;
    return parts
      .map((part) => {
        if (part.trim().length === 0 || part === '-') return part;
        const position = wordIndex++;
        const lower = part.toLowerCase();
        // A title in the span ("doktor Vatne", "dr. Nilsen") stays as written; it is not a name part.
        if (personTitles.has(lower.replace(/\.$/u, '')) && position < words.length - 1) return part;
        const genitive =
          lower.length > 3 &&
          lower.endsWith('s') &&
          !this.nameParts.has(lower) &&
          (this.nameParts.has(lower.slice(0, -1)) ||
            this.lexicon.femaleNames.has(lower.slice(0, -1)) ||
            this.lexicon.maleNames.has(lower.slice(0, -1)) ||
            this.lexicon.surnames.has(lower.slice(0, -1)));
        const base = genitive ? lower.slice(0, -1) : lower.replace(/\.$/u, '');
        let entry = this.nameParts.get(base);
        if (entry === undefined) {
          const isGiven = this.lexicon.femaleNames.has(base) || this.lexicon.maleNames.has(base);
          const isLast = position === words.length - 1 && words.length > 1;
          const role: 'given' | 'family' =
            isGiven && !(isLast && this.lexicon.surnames.has(base))
              ? 'given'
              : words.length === 1 && !this.lexicon.surnames.has(base)
                ? 'given'
                : 'family';
          const partGender =
            this.lexicon.femaleNames.has(base) && !this.lexicon.maleNames.has(base)
              ? 'female'
              : this.lexicon.maleNames.has(base) && !this.lexicon.femaleNames.has(base)
                ? 'male'
                : gender;
          const list =
            role === 'family'
              ? source.surnames
              : partGender === 'male'
                ? source.maleNames
                : partGender === 'female'
                  ? source.femaleNames
                  : this.randomInt(2) === 0
                    ? source.femaleNames
                    : source.maleNames;
          const picked =
            (this.isNamePoolUsedUp(list)
              ? this.pickFromUsedUpPool(list)
              : this.pick(
                  list,
                  (name) =>
                    !this.usedSurrogates.has(name.toLowerCase()) &&
                    !this.realNameParts.has(name.toLowerCase()) &&
                    !this.nameParts.has(name.toLowerCase()) &&
                    name.toLowerCase() !== base,
                )) ?? 'Navn';
          entry = { real: base, surrogate: picked, role };
          this.nameParts.set(base, entry);
          this.usedSurrogates.add(picked.toLowerCase());
        }
        const surrogate = applyCase(entry.surrogate, part.replace(/s$/u, ''));
        return genitive
          ? `${surrogate}s`
          : part.endsWith('.') && part.length <= 3
            ? `${surrogate.charAt(0)}.`
            : surrogate;
      })
      .join('');
  }

  private randomDigits(count: number): string {
    let digits = '';
    while (digits.length < count) digits += String(this.randomInt(10));
    return digits;
  }

  private createSurrogate(type: PhiType, real: string, subtype: string | undefined): string {
    const source = getSurrogateSource(this.lexicon);
    switch (type) {
      case 'ID': {
        const digits = toDigits(real);
        const idDate = digits.length === 11 ? readIdDate(digits) : undefined;
        if (idDate !== undefined && idDate.kind !== 'FH-nummer' && subtype !== 'kontonummer') {
          const century = idDate.twoDigitYear <= 30 ? 2000 : 1900;
          const shifted = shiftDate(
            { day: idDate.day, month: idDate.month, year: century + idDate.twoDigitYear },
            this.dateOffsetDays,
          );
          const synthetic = createSyntheticNationalId({
            day: shifted.day ?? 1,
            month: shifted.month ?? 1,
            twoDigitYear: (shifted.year ?? 2000) % 100,
            dNumber: idDate.kind === 'D-nummer',
            nextIndividual: () => this.randomInt(1000),
          });
          return formatLike(real, synthetic, [6, 5]);
        }
        if (subtype === 'kontonummer' || subtype === 'organisasjonsnummer') {
          const weights =
            subtype === 'kontonummer' ? [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] : [3, 2, 7, 6, 5, 4, 3, 2];
          for (let attempt = 0; attempt < 50; attempt++) {
            const body =
              (subtype === 'organisasjonsnummer' ? '9' : '') +
              this.randomDigits(weights.length - (subtype === 'organisasjonsnummer' ? 1 : 0));
            const full = appendMod11ControlDigit(body, weights);
            if (full !== undefined)
              return formatLike(real, full, subtype === 'kontonummer' ? [4, 2, 5] : [3, 3, 3]);
          }
        }
        if (digits.length === 11 && subtype !== 'kontonummer') {
          // An 11-digit number we could not read as a birth date still gets a synthetic number
          // (month + 80), so the surrogate can never be a real person's fødselsnummer.
          const synthetic = createSyntheticNationalId({
            day: 1 + this.randomInt(28),
            month: 1 + this.randomInt(12),
            twoDigitYear: this.randomInt(100),
            dNumber: false,
            nextIndividual: () => this.randomInt(1000),
          });
          return formatLike(real, synthetic, [6, 5]);
        }
        const length = Math.max(digits.length, 5);
        return formatLike(
          real,
          String(1 + this.randomInt(9)) + this.randomDigits(length - 1),
          [6, 5],
        );
      }
      case 'PHONE': {
        const digits = toDigits(real);
        const prefix =
          digits.length === 10 && digits.startsWith('47')
            ? '47'
            : digits.length === 12 && digits.startsWith('0047')
              ? '0047'
              : '';
        const local = digits.slice(prefix.length);
        const mobile = local.startsWith('4') || local.startsWith('9') || local.length === 0;
        const first = mobile
          ? this.randomInt(2) === 0
            ? '4'
            : '9'
          : String([2, 3, 5, 6, 7][this.randomInt(5)] ?? 2);
        return formatLike(real, prefix + first + this.randomDigits(7), [3, 2, 3]);
      }
      case 'EMAIL': {
        // No real name part of the consultation inside the surrogate address either: "ola.…@"
        // would put the real Ola's name in front of the model.
        const notReal = (name: string): boolean => !this.realNameParts.has(name.toLowerCase());
        const given = this.pick(source.femaleNames.concat(source.maleNames), notReal) ?? 'Navn';
        const family = this.pick(source.surnames, notReal) ?? 'Navnesen';
        const plain = (value: string): string =>
          value.toLowerCase().replace(/æ/gu, 'ae').replace(/ø/gu, 'o').replace(/å/gu, 'a');
        return `${plain(given)}.${plain(family)}@epost.example`;
      }
      case 'ADDRESS': {
        if (/^(?:postboks|boks)/iu.test(real))
          return `${real.split(/\s/u)[0] ?? 'Postboks'} ${1 + this.randomInt(999)}`;
        const letter = /\d\s?([A-Ha-h])$/u.exec(real)?.[1];
        const street = `${streetStems[this.randomInt(streetStems.length)] ?? 'Furu'}${streetEndings[this.randomInt(streetEndings.length)] ?? 'veien'}`;
        return `${street} ${1 + this.randomInt(120)}${letter === undefined ? '' : ` ${letter.toUpperCase()}`}`;
      }
      case 'POSTAL_CODE':
        return source.postalCodes[this.randomInt(source.postalCodes.length)] ?? '0000';
      case 'LOCATION':
        return applyCase(
          this.pickFromPool(
            source.places,
            this.placePoolCursors,
            (place) => !this.usedSurrogates.has(place.toLowerCase()),
          ) ?? 'Sted',
          real,
        );
      case 'ORGANIZATION':
      case 'WORKPLACE':
        // "Statens vegvesen, avdeling Molde": a name and its unit after a comma, each replaced
        // as its own name, so the surrogate keeps the shape ("Frosta vegvesen, Vik avdeling").
        return real
          .split(/(,\s+)/u)
          .map((part) => (/^,\s+$/u.test(part) ? part : this.institutionSurrogate(part)))
          .join('');
      case 'DATE': {
        const digits = real.replace(/\D/gu, '');
        if (
          /^\d+$/u.test(real.replace(/\s/gu, '')) &&
          (digits.length === 6 || digits.length === 8)
        ) {
          const year =
            digits.length === 8
              ? Number(digits.slice(4))
              : (Number(digits.slice(4)) <= 30 ? 2000 : 1900) + Number(digits.slice(4));
          const shifted = shiftDate(
            { day: Number(digits.slice(0, 2)), month: Number(digits.slice(2, 4)), year },
            this.dateOffsetDays,
          );
          const text = `${String(shifted.day).padStart(2, '0')}${String(shifted.month).padStart(2, '0')}${digits.length === 8 ? String(shifted.year) : String((shifted.year ?? 0) % 100).padStart(2, '0')}`;
          return formatLike(real, text, [2, 2, 4]);
        }
        const trailingDot =
          /\d\.\d{1,2}\.$/u.test(real) || /^den\s{1,3}\d{1,2}\.$/iu.test(real) ? '.' : '';
        const parsed = parseDate(trailingDot === '' ? real : real.slice(0, -1));
        if (parsed === undefined) return '[dato]';
        return (
          formatDate(
            shiftDate(parsed, this.dateOffsetDays),
            styleAfterShift(parsed, this.dateOffsetDays),
          ) + (parsed.style.kind === 'words' && trailingDot !== '' ? '' : trailingDot)
        );
      }
      case 'AGE':
        return generalise('AGE', real);
      case 'PERSON':
        return this.personSurrogate(real);
      case 'OTHER':
        if (subtype === 'URL') return `https://www.nettside${this.randomInt(1000)}.example/`;
        if (subtype === 'IP') return `192.0.2.${1 + this.randomInt(254)}`;
        if (subtype === 'kjennemerke')
          return `${plateLetters[this.randomInt(plateLetters.length)] ?? 'AB'} ${this.randomDigits(5)}`;
        return '[fjernet]';
    }
    return '[fjernet]';
  }
}

/** The coarse placeholder for the 'generalise' action. */
export function generalise(type: PhiType, real: string): string {
  switch (type) {
    case 'AGE': {
      const age = parseAge(real);
      if (age === undefined) return '[alder]';
      if (age >= 90) return 'over 89 år';
      return `i ${Math.floor(age / 10) * 10}-årene`;
    }
    case 'DATE': {
      const parsed = parseDate(real);
      return parsed?.year === undefined ? '[dato]' : String(parsed.year);
    }
    case 'PERSON':
      return '[navn]';
    case 'ID':
      return '[id-nummer]';
    case 'PHONE':
      return '[telefonnummer]';
    case 'EMAIL':
      return '[e-post]';
    case 'ADDRESS':
      return '[adresse]';
    case 'POSTAL_CODE':
      return '[postnummer]';
    case 'LOCATION':
      return '[sted]';
    case 'ORGANIZATION':
      return '[virksomhet]';
    case 'WORKPLACE':
      return '[arbeidsplass]';
    case 'OTHER':
      return '[fjernet]';
  }
}

/** The parsed age of an AGE entity, if it has one. */
export function ageOf(text: string): number | undefined {
  return parseAge(text);
}

/**
 * A new, empty vault for one consultation. `random` supplies cryptographic randomness (for
 * example `IdGenerator.randomBytes`); it is used once, for the seed and the date offset.
 */
export function createVault(options: {
  random: (bytes: number) => Buffer;
  lexicon?: Lexicon;
}): Vault {
  const bytes = options.random(34);
  if (bytes.length < 34) throw new InvalidInputError('random source returned too few bytes');
  const seed = Buffer.from(bytes.subarray(0, 32));
  // ±2 to ±52 weeks: far enough to hide the real date, whole weeks so weekdays stay right.
  const weeks = 2 + (bytes.readUInt8(32) % 51);
  const sign = bytes.readUInt8(33) % 2 === 0 ? 1 : -1;
  return new Vault({
    seed,
    counter: 0,
    dateOffsetDays: sign * weeks * 7,
    entries: [],
    nameParts: [],
    ...(options.lexicon === undefined ? {} : { lexicon: options.lexicon }),
  });
}

/** The vault as a JSON string, for the integrator to encrypt with the consultation key. */
export function serializeVault(vault: Vault): string {
  return JSON.stringify(vault.toState());
}

/**
 * Restores a vault from `serializeVault` output. Throws `InvalidInputError` for text that is not
 * JSON and `IntegrityError` for JSON that is not a vault; neither message echoes the content.
 */
export function parseVault(json: string): Vault {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new InvalidInputError('vault is not valid JSON');
  }
  const parsed = vaultSchema.safeParse(value);
  if (!parsed.success) throw new IntegrityError('vault does not match the expected structure');
  const state = parsed.data;
  return new Vault({
    seed: Buffer.from(state.seed, 'hex'),
    counter: state.counter,
    dateOffsetDays: state.dateOffsetDays,
    entries: state.entries,
    nameParts: state.nameParts,
  });
}
