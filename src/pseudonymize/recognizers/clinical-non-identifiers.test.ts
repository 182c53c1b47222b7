import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('weeks that are steps of a plan, weeks of pregnancy or weeks after an operation', () => {
  it('keeps a dosing plan, a pregnancy and a post-operative week in the note', () => {
    expect(found('Opptrapping: uke 1 12,5 mg, uke 2 25 mg, uke 3 50 mg.')).toEqual([]);
    expect(found('Første uke 5 mg, andre uke 10 mg.')).toEqual([]);
    expect(found('Uke 32 i svangerskapet, alt normalt.')).toEqual([]);
    expect(found('Ultralyd i uke 12 og uke 18 tilbys alle gravide.')).toEqual([]);
    expect(found('Sykmeldt i uke 2 og 3 etter operasjonen.')).toEqual([]);
    expect(found('Rehabilitering i uke 6-12 postoperativt.')).toEqual([]);
  });

  it('still replaces a calendar week', () => {
    expect(found('Operert i uke 9, kontroll i uke 12, etter avtale.')).toEqual([
      'DATE uke 9',
      'DATE uke 12',
    ]);
  });
});

describe('years of a guideline, a register or a clock', () => {
  it('keeps the year of a guideline, a handbook and a register figure', () => {
    expect(found('Nasjonal faglig retningslinje for diabetes (2023) anbefaler dette.')).toEqual([]);
    expect(found('Legemiddelhåndboken 2024 anbefaler Selexid.')).toEqual([]);
    expect(found('Andelen pasienter med HbA1c under 7 økte fra 2019 til 2023.')).toEqual([]);
  });

  it('keeps clock times and amounts written as four digits', () => {
    expect(found('Medisin gis kl. 2000.')).toEqual([]);
    expect(found('Besøk mellom 1800 og 2000.')).toEqual([]);
    expect(found('Væske 2000 per døgn.')).toEqual([]);
    expect(found('Nattevakt 2145-0730.')).toEqual([]);
  });

  it('still replaces the year of a person’s event and a telephone number after its label', () => {
    expect(found('Hun fikk diagnosen i 2016 og bruker Metformin.')).toEqual(['DATE 2016']);
    expect(found('Tlf. 2145-0730')).toEqual(['PHONE 2145-0730']);
  });
});

describe('shares, scores and durations written with a slash', () => {
  it('keeps doses in a list, murmur grades, blood pressure in cmHg and months as twelfths', () => {
    expect(found('Vaksine dose 1/3, 2/3 og 3/3 gitt.')).toEqual([]);
    expect(found('Systolisk bilyd 3/6.')).toEqual([]);
    expect(found('Blodkultur 2/2 flasker positive.')).toEqual([]);
    expect(found('BT 12/8.')).toEqual([]);
    expect(found('Kontroll om 6/12.')).toEqual([]);
    expect(found('Plager for 3/12 siden.')).toEqual([]);
    expect(found('Kontroll om 1/2 år.')).toEqual([]);
  });

  it('still replaces a day and month written with a slash', () => {
    expect(found('Innlagt 3/11, utskrevet 7/11.')).toEqual(['DATE 3/11', 'DATE 7/11']);
  });
});

describe('ordinals, doses and headings', () => {
  it('keeps an ordinal before a noun', () => {
    expect(found('Den 2. dosen ble gitt i dag.')).toEqual([]);
    expect(found('Dette er den 3. gangen hun kommer.')).toEqual([]);
  });

  it('still replaces a day of the month', () => {
    expect(found('Kom tilbake den 14. Da var hun bedre.')).toEqual(['DATE den 14.']);
    expect(found('Innlagt den 12. og utskrevet den 15.')).toEqual(['DATE den 12.', 'DATE den 15.']);
  });

  it('keeps a drug strength and a common-noun heading', () => {
    expect(found('Prolia 60 mg sc hver 6. måned.')).toEqual([]);
    expect(found('Hagen: Sansehagen er åpen fra våren til høsten.')).toEqual([]);
  });

  it('still replaces a street with its number and a speaker who is named', () => {
    expect(found('Hun bor i Prestegata 60 sammen med mannen.')).toContain('ADDRESS Prestegata 60');
    expect(found('Kari: Jeg har hatt vondt i tre dager.')).toEqual(['PERSON Kari']);
  });
});

describe('clock times written like a day and a month', () => {
  it('keeps a time beside a time of day and a log entry among clock times', () => {
    expect(found('I natt 03.05 fikk hun brystsmerter.')).toEqual([]);
    expect(found('Neste dose 20.10 i kveld.')).toEqual([]);
    expect(found('Tilsyn 01.30: sover.\nTilsyn 02.10: sover.\n')).toEqual([]);
  });

  it('still replaces a day and a month with a clock time after it', () => {
    expect(found('Kontroll 14.10 kl. 10.30 hos fastlegen.')).toEqual(['DATE 14.10']);
    expect(found('Sykmeldt til og med 14.12.')).toEqual(['DATE 14.12']);
  });
});

describe('days that hold for everyone and spoken ordinals', () => {
  it('keeps the day a routine changes and a spoken ordinal before a noun', () => {
    expect(found('Fra 1. januar gjelder nye rutiner på avdelingen.')).toEqual([]);
    expect(found('det var på mandag den andre gangen')).toEqual([]);
  });

  it('still replaces the day of one person’s event and a spoken date', () => {
    expect(found('Hun har frikort fra 1. juli.')).toEqual(['DATE 1. juli']);
    expect(found('det var den ellevte september')).toEqual(['DATE den ellevte september']);
  });
});

describe('laboratory answers: ranges, units and hormones', () => {
  it('keeps the upper end of a reference range and a unit before the next sentence', () => {
    expect(found('Referanse 3.5–4.4.')).toEqual([]);
    expect(found('Testosteron hos menn 7.6–31.4.')).toEqual([]);
    expect(found('Kortisol 250–690 nmol/L. Østradiol lav.')).toEqual([]);
    expect(found('Testosteron hos menn og østradiol hos kvinner varierer.')).toEqual([]);
  });

  it('still replaces a date range written with dots and an initial after "signert"', () => {
    expect(found('Ferie 3.5.–4.5.')).toEqual(['DATE 3.5.', 'DATE 4.5.']);
    expect(found('Prøvene er signert L. Østby.')).toEqual(['PERSON L. Østby']);
  });

  it('keeps a quoted week of pregnancy, a nynorsk article and a service in the genitive', () => {
    expect(found('Merknad: «uke 12» i svangerskapskontroll betyr svangerskapsuke.')).toEqual([]);
    expect(found('Bipolar liding hos ein onkel.')).toEqual([]);
    expect(found('Frisklivssentralens tilbud to ganger i uka.')).toEqual([]);
  });
});

describe('a count of people in a month', () => {
  it('keeps a count said in words before "i <month>" in a sentence about no one', () => {
    expect(found('Vi fikk over seksti i mars med pollenallergi.')).toEqual([]);
    expect(found('Det var mange i mars.')).toEqual([]);
  });

  it('still replaces the month of a birthday, a move and a person’s event', () => {
    expect(found('Han fylte seksti i mars.')).toEqual(['AGE seksti', 'DATE mars']);
    expect(found('Fylte nittito i mai og bor alene.')).toEqual(['AGE nittito', 'DATE mai']);
    expect(found('Flyttet til Nedre Slottsgate 7 i mars.')).toEqual([
      'ADDRESS Nedre Slottsgate 7',
      'DATE mars',
    ]);
  });
});

describe('nynorsk nouns and clinics named by an ordinary word', () => {
  it('keeps a nynorsk definite noun, a nynorsk adverb and a clinic at a sentence start', () => {
    expect(found('Brukaren bur åleine.')).toEqual([]);
    expect(found('Kontroll på Hudpoliklinikken.')).toEqual([]);
    expect(found('Utviklingen ble vurdert med Vineland, Bayley og Griffiths.')).toEqual([]);
    expect(found('Det kom hundre i juli i fjor med flått.')).toEqual([]);
  });

  it('still replaces a given name ending like a nynorsk noun', () => {
    expect(found('Maren kom i går.')).toEqual(['PERSON Maren']);
  });
});

describe('symptoms scored out of ten', () => {
  it('keeps a pain or nausea score and a score at rest', () => {
    expect(found('Smertene er 8/10.')).toEqual([]);
    expect(found('Kvalme: 3/10.')).toEqual([]);
    expect(found('Målet er under 4/10 i hvile.')).toEqual([]);
  });

  it('still replaces the same figures as dates of an event', () => {
    expect(found('Smertene er 8/10 i dag. Hun falt 8/10 og brakk armen.')).toEqual(['DATE 8/10']);
    expect(found('Smertene startet 8/10.')).toEqual(['DATE 8/10']);
  });
});

describe('makers of medical products', () => {
  it('keeps a supplier named after "fra"', () => {
    expect(found('SenSura Mio og Conveen bestilles fra Coloplast via apoteket.')).toEqual([]);
    expect(found('Målt med Accu-Chek fra Roche.')).toEqual([]);
  });

  it('still replaces the same company as a workplace', () => {
    expect(found('Han jobber som lagerarbeider hos Coloplast i Tromsø.')).toEqual([
      'WORKPLACE Coloplast',
      'LOCATION Tromsø',
    ]);
  });
});

describe('clinical systems a note is kept in (s33d)', () => {
  it('are no places: «kurven i Metavision», «registreres i Viedoc»', () => {
    expect(found('Vi har gått gjennom kurven i Metavision og journalen.')).toEqual([]);
    expect(found('Alle data registreres i Viedoc og hentes fra DIPS.')).toEqual([]);
  });
  it('still makes the maker a workplace in a work frame', () => {
    expect(found('Hun jobber i DIPS.')).toEqual(['WORKPLACE DIPS']);
  });
});

describe('«gruppe» before a category letter (s33d)', () => {
  it('is no organisation: «MSIS gruppe A»', () => {
    expect(found('Meldingspliktig etter MSIS gruppe A ved mistanke om sykdom.')).toEqual([]);
  });
  it('still finds a firm named «X gruppe»', () => {
    expect(found('Han jobber i Aker gruppe og trives.')).toEqual(['WORKPLACE Aker gruppe']);
  });
});

describe('a series of check-up weeks and the year a service began (s34j)', () => {
  it('reads rising weeks of check-ups as no telephone number and no calendar week', () => {
    expect(found('Kontroller hos jordmor i uke 28, 32, 36, 38 og 40.')).toEqual([]);
  });
  it('keeps telephone numbers in pairs and calendar weeks of a holiday', () => {
    expect(found('Ring 45, 12, 34, 56 ved behov.')).toEqual(['PHONE 45, 12, 34, 56']);
    expect(found('Ferie uke 28, 29, 30 og 31.')).toEqual(['DATE uke 28']);
  });
  it('reads the year of a recommendation or of an offer to everyone as no date', () => {
    expect(found('ESC-anbefalingene fra 2021 er fulgt.')).toEqual([]);
    expect(found('Fra 2021 tilbys alle kvinner over 25 år HPV-test.')).toEqual([]);
  });
  it('keeps the year of an offer to one person', () => {
    expect(found('Fra 2019 tilbys hun oppfølging.')).toEqual(['DATE 2019']);
  });
});

describe('national digital services', () => {
  it('keeps Altinn, where the follow-up plan is filed, in the note', () => {
    expect(found('Oppfølgingsplan oppdatert i Altinn.')).toEqual([]);
  });
});
