import { describe, expect, it } from 'vitest';

import { tokenize } from '../tokenize.js';
import { recognizeInitials } from './initials.js';

function initials(text: string): string[] {
  return recognizeInitials(text, tokenize(text)).map((candidate) =>
    text.slice(candidate.start, candidate.end),
  );
}

describe('recognizeInitials', () => {
  it('finds dotted initials with or without spaces', () => {
    expect(initials('Samtale med K.M. og E. S. i dag.')).toEqual(['K.M.', 'E. S.']);
  });

  it('finds bare capitals after a shift named as its nurse, not a clinical abbreviation', () => {
    expect(initials('Rapport fra nattevakt (ES) om urolig natt.')).toEqual(['ES']);
    expect(initials('Kveldsvakta ØS: pasienten sov godt.')).toEqual(['ØS']);
    expect(initials('Nattevakt: EKG tatt kl. 03.')).toEqual([]);
  });

  it('finds bare capitals only after a signature word', () => {
    expect(initials('Sign. HRT')).toEqual(['HRT']);
    expect(initials('CRP og EKG tatt.')).toEqual([]);
  });

  it('leaves abbreviations such as "P.S." and lower-case ones such as "f.eks." alone', () => {
    expect(initials('P.S. Husk f.eks. blodprøven.')).toEqual([]);
  });

  it('finds initials after a verb of writing with "av", and the typist after a slash', () => {
    expect(initials('Diktert av TH, godkjent av KB.')).toEqual(['TH', 'KB']);
    expect(initials('Sign. OLS/kt')).toEqual(['OLS/kt']);
  });

  it('leaves clinical abbreviations after the same words alone', () => {
    expect(initials('Vurdert av NAV. Pasienten fikk PCI/CABG og EKG/CT.')).toEqual([]);
  });

  it('takes no spinal level for an author and typist', () => {
    expect(initials('Prolaps L4/L5 med affeksjon av L5-roten. Degenerasjon C5/C6.')).toEqual([]);
    expect(initials('Diktert av TH/kt.')).toEqual(['TH/kt']);
  });

  it('finds bare capitals after a role, a colon label, "drøftet med" and in a copy list', () => {
    expect(initials('Vakthavende lege: ØS')).toEqual(['ØS']);
    expect(initials('Undersøkt av LIS IK i dag.')).toEqual(['IK']);
    expect(initials('Drøftet med TH (bakvakt), enige om plan.')).toEqual(['TH']);
    expect(initials('kopi: SEB, OTL')).toEqual(['SEB', 'OTL']);
    expect(initials('Tilsyn ved nevrolog (PKS).')).toEqual(['PKS']);
    expect(initials('Pasienten er tilsett av AHH kl. 14.')).toEqual(['AHH']);
  });

  it('finds a dictation code opening a line and initials after a slash ending a note', () => {
    expect(initials('IJ/mn')).toEqual(['IJ/mn']);
    expect(initials('Samtale med pasient og kone. /HBL')).toEqual(['HBL']);
  });

  it('keeps clinical abbreviations and tests with a result after a role', () => {
    expect(initials('Fysioterapeut: TUG 14 s, BMI 31.')).toEqual([]);
    expect(initials('Vurdert i AMK, kjørt til KAD-seng. Kontakt NAV og PPT.')).toEqual([]);
  });

  it('finds lower-case initials after "skrevet av" and spoken initials after "det var"', () => {
    expect(initials('Diktert av KHL, skrevet av ts.')).toEqual(['KHL', 'ts']);
    expect(initials('Notatet er skrevet av meg.')).toEqual([]);
    expect(initials('ja det var a k som sa det')).toEqual(['a k']);
    expect(initials('det er i orden')).toEqual([]);
  });

  it('takes a role written before dotted initials into them ("spl. M. S.")', () => {
    expect(initials('Prøvene er tatt av spl. M. S. i dag.')).toEqual(['spl. M. S.']);
  });
});

describe('recognizeInitials, session 19 frames', () => {
  it('finds lower-case initials after a signature word and a colon without a dot', () => {
    expect(initials('Sårskift utført. Sign: kbh')).toEqual(['kbh']);
    expect(initials('Skrevet: ol')).toEqual(['ol']);
    expect(initials('Sign: ok')).toEqual([]);
  });

  it('finds initials before a role with a number in brackets and after a handover', () => {
    expect(initials('Vurdering ved KHV (LIS2): virusinfeksjon.')).toEqual(['KHV']);
    expect(initials('Overlapp gitt til RMS kl. 15.')).toEqual(['RMS']);
    expect(initials('Resept gitt til CRP kontroll.')).toEqual([]);
  });

  it('finds initials after a dash that ends a note', () => {
    expect(initials('Rekvirert blodprøver. -TLK')).toEqual(['TLK']);
  });
});

describe('bodies that approve or register, after «godkjent av» (s33d)', () => {
  it('are no initials: «godkjent av REK», «meldt til MSIS»', () => {
    expect(initials('Studien er godkjent av REK og Statens legemiddelverk.')).toEqual([]);
    expect(initials('Protokollen er godkjent av DMP.')).toEqual([]);
  });
  it("still finds a writer's initials in the same frame", () => {
    expect(initials('Notatet er godkjent av RKE.')).toEqual(['RKE']);
  });
});

describe('ambiguous body abbreviations are initials outside «godkjent av / meldt til» (s33r)', () => {
  it('finds a writer «ført av NEM», «skrevet av HOD»', () => {
    expect(initials('Notat ført av DSA.')).toEqual(['DSA']);
    expect(initials('Journal skrevet av HOD.')).toEqual(['HOD']);
  });
  it('still keeps the body after «godkjent av», «meldt til», and unambiguous ones anywhere', () => {
    expect(initials('Prosjektet er godkjent av NEM.')).toEqual([]);
    expect(initials('Journal ført av FHI.')).toEqual([]);
  });
});

describe('«A. S.» as a signature (s40b)', () => {
  it('takes «A. S.» after a verb of writing and «av» for initials', () => {
    expect(initials('Avtalt hjemmebesøk. Skrevet av A. S.')).toEqual(['A. S.']);
    expect(initials('Vurdert av A.S. i dag.')).toEqual(['A.S.']);
  });

  it('still reads «A.S.» elsewhere as the company form', () => {
    expect(initials('Han eier Bygg A.S. sammen med broren.')).toEqual([]);
    expect(initials('Levert av A.S. Norsk Medisinaldepot.')).toEqual([]);
  });
});

describe('r40b: only «A.S.» signs after «av», and not before a capitalised word', () => {
  it('keeps the union and a firm after a verb of writing and «av»', () => {
    expect(initials('Godkjent av E.U. i 2019.')).toEqual([]);
    expect(initials('Utført av A.S. Bygg og Anlegg.')).toEqual([]);
    expect(initials('Undersøkt av B.C. og funnet normal.')).toEqual([]);
    expect(initials('Skrevet av A. S.')).toEqual(['A. S.']);
  });
});
