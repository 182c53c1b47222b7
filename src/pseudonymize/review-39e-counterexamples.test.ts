import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { asRawText } from '../core/index.js';
import { detectIdentifiers } from './detect-identifiers.js';
import { createVault, pseudonymizeTranscript } from './index.js';

/**
 * Counterexamples from the review of s39e (r39e), merged into main as 7aeca1bc. Every `it.fails`
 * is a defect that s39e brought in: main before s39e (70e6ae80) gave the expected answer, and the
 * merged rules do not (each was checked to pass on 70e6ae80). Plain `it` tests are guards that
 * pass on the merged rules and must stay green when these are fixed; the «avd. Drammen» guard is
 * what s39e added on purpose. fix39e narrowed the s39e rules: every former `it.fails` now passes
 * as a plain `it`.
 */

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

/** What the model receives for these clinician turns, one line per turn. */
function sentToModel(turns: readonly string[]): string {
  const vault = createVault({ random: (bytes) => randomBytes(bytes) });
  const { transcript } = pseudonymizeTranscript(
    { segments: turns.map((text) => ({ speaker: 'lege' as const, text: asRawText(text) })) },
    { vault },
  );
  return transcript.segments.map((segment) => segment.text).join('\n');
}

describe('r39e: the given name «My» taken for an English pronoun (privacy)', () => {
  // s39e: "is" is in the list of "words only English has", but «is» (ice) is Norwegian.
  const norwegianIce = ['My la is på kneet etter fallet.', 'My fikk is på ankelen.'];
  for (const text of norwegianIce)
    it(`keeps My a person before Norwegian «is» (ice): ${text}`, () => {
      expect(persons(text)).toEqual(['My']);
    });

  // s39e: one English word in a Norwegian clause (code-switching) drops the name.
  const codeSwitched = [
    'My syns det var very vondt.',
    'My sa at det hurts.',
    'Mora til My sier at My is very tired.',
  ];
  for (const text of codeSwitched)
    it(`keeps My a person in a Norwegian clause with an English word: ${text}`, () => {
      expect(persons(text).length).toBe((text.match(/\bMy\b/gu) ?? []).length);
    });

  // s39e: the possessive "my" is never followed by a finite verb; "My was", "My is", "My has" are
  // the name (a parent speaking English through the consultation).
  const englishVerbAfter = [
    'My was coughing all night, sier mor.',
    'My is five years old.',
    'My has had fever since Monday.',
  ];
  for (const text of englishVerbAfter)
    it(`keeps My a person right before an English verb: ${text}`, () => {
      expect(persons(text)).toContain('My');
    });

  // s39e: the rule looks only ahead, so a relation noun before the name does not save it.
  const afterRelationNoun = ['Datteren My was sick.', 'Hennes datter My had fever yesterday.'];
  for (const text of afterRelationNoun)
    it(`keeps My a person after a relation noun: ${text}`, () => {
      expect(persons(text)).toEqual(['My']);
    });

  // s39e: the second «My» reaches the model verbatim although the same line names her.
  it('does not send My to the model when the same line says she is called My', () => {
    expect(sentToModel(['Hun heter My, og My was born in Sweden.'])).not.toMatch(/\bMy\b/u);
  });

  it('still keeps My a person in Norwegian clauses and across turns', () => {
    expect(persons('My har vondt i magen.')).toEqual(['My']);
    expect(persons('My var her i går.')).toEqual(['My']);
    expect(persons('Lille My er med mor.')).toEqual(['My']);
    expect(sentToModel(['Pasienten heter My Hansen.', 'My is very tired, sier mor.'])).not.toMatch(
      /\bMy\b/u,
    );
  });
});

describe('r39e: «avd.» ending a sentence takes the next sentence’s first word as a ward', () => {
  // s39e: the name after "avd." may be a sentence start, so "vår avd. Ingen endringer" becomes
  // "<ward> endringer" — the negation is gone from what the model reads.
  const nextSentence: readonly (readonly [string, string])[] = [
    ['Hun ble skrevet ut fra vår avd. Ingen endringer i medisinene.', 'Ingen endringer'],
    ['Hun er innlagt på vår avd. Mor er til stede.', 'Mor er til stede'],
    ['Overflyttet til vår avd. Afebril.', 'Afebril'],
    ['Overflyttet til vår avd. Stabil.', 'Stabil'],
    ['Hun ble skrevet ut fra vår avd. Kontroll om 6 uker.', 'Kontroll om 6 uker'],
    ['Hun ble skrevet ut fra vår avd. Epikrise sendes fastlege.', 'Epikrise sendes'],
    ['Hun ble skrevet ut fra vår avd. Hjemmesykepleien følger opp.', 'Hjemmesykepleien følger'],
  ];
  for (const [text, kept] of nextSentence)
    it(`keeps the next sentence's clinical words: ${text}`, () => {
      expect(found(text)).toEqual([]);
      expect(sentToModel([text])).toContain(kept);
    });

  // s39e: a person opening the next sentence becomes part of a ward (wrong type, role lost).
  it('keeps a person who opens the next sentence a person', () => {
    expect(found('Overflyttet til vår avd. Rahimi er informert.')).toEqual(['PERSON Rahimi']);
  });
  it('keeps «Fastlege Hansen» a person and «Fastlege» out of a ward', () => {
    const result = found('Overflyttet til vår avd. Fastlege Hansen er informert.');
    expect(result.filter((entry) => entry.startsWith('ORGANIZATION'))).toEqual([]);
    expect(result.join(' ')).toContain('Hansen');
  });
});

describe('r39e: a specialty after «avd.» taken for a named unit (false positives)', () => {
  // s39e: "avd." now takes what "avdeling" took, so the specialty that says where the patient
  // lies is replaced by a surrogate ward ("Hun ligger på Kjerstad avd. etter operasjonen").
  const specialties = [
    'Hun ligger på avd. Intensiv etter operasjonen.',
    'Hun ble overflyttet til avd. Akutt i natt.',
    'Ring avd. Slag ved endring.',
    'Hun ligger på avd. Medisinsk.',
    'Hun ligger på avd. Kirurgisk.',
    'Hun ligger på avd. Hjerte.',
    'Hun ligger på avd. Lunge.',
    'Hun ligger på avd. Kreft.',
    'Hun ligger på avd. Ortopedi.',
    'Hun ligger på avd. Geriatrisk.',
  ];
  for (const text of specialties)
    it(`finds no identifier in: ${text}`, () => {
      expect(found(text)).toEqual([]);
    });

  // s39e: the place after "avd." is cut after its first word ("Securitas, avd. Mo" + "Rana").
  it('keeps a place of three words after «avd.» whole', () => {
    expect(found('Han jobber i Securitas, avd. Mo i Rana.').join(' | ')).toContain('Mo i Rana');
  });

  it('still joins the town after «avd.» to the employer', () => {
    expect(found('Han jobber i Securitas, avd. Drammen.')).toEqual([
      'WORKPLACE Securitas, avd. Drammen',
    ]);
  });
});

describe('r39e: mixed-case acronyms before a capitalised word (false positives)', () => {
  // s39e: haemoglobin variants and other mixed-case clinical abbreviations have the shape of
  // "SiT"/"SiO"; only IgA/IgD/IgE/IgG/IgM are excluded.
  const clinical: readonly (readonly [string, readonly string[]])[] = [
    ['HbS Positiv hos mor.', []],
    ['HbF Forhøyet.', []],
    ['CoA Operert i 2010.', ['DATE 2010']],
    ['ToF Korrigert som barn.', []],
  ];
  for (const [text, expected] of clinical)
    it(`leaves the clinical abbreviation alone: ${text}`, () => {
      expect(found(text)).toEqual(expected);
    });
});

describe('r39e: acronym + unit organisations that change a type', () => {
  // s39e: before, the employer was a WORKPLACE; now the whole span is an ORGANIZATION although
  // the sentence says he works there (district-places checks employment context, this does not).
  it('keeps an employer named by acronym and region a workplace', () => {
    const result = found('Han er ansatt i NRK Vestland som journalist.');
    expect(result.some((entry) => entry.startsWith('WORKPLACE NRK'))).toBe(true);
  });

  // s39e: initials and a surname no list knows that ends like a district become an organisation.
  it('keeps initials before a surname a person («PKJ Tveitland»)', () => {
    expect(persons('Tilsett av PKJ Tveitland i dag.')).toEqual(['PKJ Tveitland']);
  });
  it('keeps initials before a surname a person («OKS Grimeland»)', () => {
    expect(persons('Notat skrevet av OKS Grimeland.')).toEqual(['OKS Grimeland']);
  });
});

describe('r39e: national associations on «-lag» (false positives)', () => {
  // s39e: "-forbund" was dropped for this very reason (a national federation taken for a local
  // one); the bare "-lag" ending brings it back for national associations.
  const national = ['Han er medlem av Norges Bondelag.', 'Hun er medlem av Norges Bygdekvinnelag.'];
  for (const text of national)
    it(`finds no identifier in: ${text}`, () => {
      expect(found(text)).toEqual([]);
    });

  it('still leaves «-slag» words alone', () => {
    expect(found('Pasienten fikk Hjerneslag i fjor.')).toEqual([]);
  });
});
