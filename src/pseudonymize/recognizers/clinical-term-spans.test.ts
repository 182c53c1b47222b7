import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('clinical terms, units, tables and values that look like identifiers', () => {
  it('leaves the columns of a laboratory table alone', () => {
    expect(
      found(
        [
          'Analyse            Innkomst   Dag 2   Dag 4   Utreise   Referanse',
          'Bilirubin           68          41      22       14      5–25',
          'Kreatinin           92          84      79       81      45–90',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('still replaces a telephone number written with single spaces, and the given name Dag', () => {
    expect(found('Ring meg på 22 11 33 44 i morgen.')).toEqual(['PHONE 22 11 33 44']);
    expect(found('Dag kom i dag med kona.')).toEqual(['PERSON Dag']);
  });

  it('reads a catheter size, a rule named after a city and an English title as terms', () => {
    expect(found('Permanent kateter Foley 14 Ch, silikon, byttes hver 3. måned.')).toEqual([]);
    expect(found('San Francisco syncope rule vurderer synkope.')).toEqual([]);
    expect(found('New York Heart Association (NYHA) klasse I–IV graderer hjertesvikt.')).toEqual(
      [],
    );
  });

  it('reads eponyms of signs, tests and grades, viruses and product names as no persons', () => {
    expect(found('Årsak: Magesmerter. Murphy negativ, Rovsing positiv.')).toEqual([]);
    expect(found('Weber A, B og C beskriver ankelbrudd.')).toEqual([]);
    expect(found('Scoliometer ved mistanke om skoliose, Adams forbøyningstest.')).toEqual([]);
    expect(found('West Nile-virus og Zika finnes ikke i Norge.')).toEqual([]);
    expect(found('Inadine mot sårbunnen, Mepilex Border Flex som sekundærbandasje.')).toEqual([]);
    expect(
      found('Fortykningsmiddel Thick & Easy i all drikke etter vurdering fra logoped.'),
    ).toEqual([]);
  });

  it('still replaces those surnames after a title or a cue word', () => {
    expect(found('Henvist av dr. Weber.')).toEqual(['PERSON dr. Weber']);
    expect(found('Pasienten Murphy har vondt.')).toEqual(['PERSON Murphy']);
    expect(found('Legen heter Adams.')).toEqual(['PERSON Adams']);
  });

  it('reads a span of years, a listed clock time and a value after a change as no age or date', () => {
    expect(found('Estimert 10-års risiko etter NORRISK 2: 7 %.')).toEqual([]);
    expect(found('OxyNorm 5 mg gitt kl. 09.30 og 14.10 med god effekt.')).toEqual([]);
    expect(found('Gitt 1 enhet SAG med stigning til 10.2. Fragmin 5000 IE.')).toEqual([]);
    expect(
      found('Legekontoret holder stengt fra og med skjærtorsdag til og med 2. påskedag.'),
    ).toEqual([]);
  });

  it('still replaces an age, a date and a holiday that date an event in a life', () => {
    expect(found('Hun fylte 10 år i går.')).toEqual(['AGE 10 år']);
    expect(found('Sykmelding forlenget til 10.2.')).toEqual(['DATE 10.2.']);
    expect(found('Time 14.10 hos fastlegen.')).toEqual(['DATE 14.10']);
    expect(found('Hun ble operert 2. påskedag.')).toEqual(['DATE 2. påskedag']);
  });

  it('reads laboratory values with one decimal and visual acuity as no dates', () => {
    expect(found('Glukose fastende 5.8. HbA1c 41.')).toEqual([]);
    expect(found('Laktat 3.1, ved kontroll 1.4. Temperaturen var 38.9.')).toEqual([]);
    expect(found('Etter middag opp mot 11.2. Ett målt lavt blodsukker.')).toEqual([]);
    expect(found('TAPSE 2.2. Albumin/kreatinin-ratio 8.2. CEA 2.1.')).toEqual([]);
    expect(
      found('Visus uten korreksjon 6/12 høyre og 6/9 venstre, med korreksjon 6/6 begge.'),
    ).toEqual([]);
  });

  it('still replaces a day and a month after an ordinary word', () => {
    expect(found('Kontroll 5.8. hos fastlegen.')).toEqual(['DATE 5.8.']);
    expect(found('Innlagt 3.4., utskrevet 5.4.')).toEqual(['DATE 3.4.', 'DATE 5.4.']);
  });

  it('reads the months of a yearly plan, a list of weeks and a hospital unit as no identifiers', () => {
    expect(
      found(
        'Årshjul for sykehjemmet\nJanuar: gjennomgang av legemiddellister. Februar: brannøvelse.',
      ),
    ).toEqual([]);
    expect(found('Kontroller i svangerskapet i uke 24, 28, 32, 36, 38, 40 og 41.')).toEqual([]);
    expect(found('Flyttet til Observasjonsposten.')).toEqual([]);
    expect(found('Rocky Mountain spotted fever finnes ikke her.')).toEqual([]);
  });

  it("reads the ages of groups and rules as no one person's age", () => {
    expect(found('Tarmscreeningen inviterer alle som fyller 55 år.')).toEqual([]);
    expect(found('Tidlig ultralyd tilbys gravide som fyller 35 år ved termin.')).toEqual([]);
    expect(found('Barn 6–12 år: 250 mg x 3. Barn 1–5 år: 125 mg x 3.')).toEqual([]);
    expect(found('En 2-åring trenger 11–14 timer søvn i døgnet.')).toEqual([]);
    expect(found('Personer i 70- og 80-årene faller oftere.')).toEqual([]);
    expect(found('Aldersgrensen for kjøp av øl er 18 år og for brennevin 20 år.')).toEqual([]);
  });

  it('still replaces the age of one person', () => {
    expect(found('Hun fyller 55 år i mai.')).toEqual(['AGE 55 år', 'DATE mai']);
    expect(found('En 2-åring ble innlagt med feber.')).toEqual(['AGE 2-åring']);
  });

  it('reads a spoken dose and the month of a school holiday as no age or date', () => {
    expect(found('det blir en stikkpille på hundre og tjuefem milligram')).toEqual([]);
    expect(found('Høstferien er i oktober. Skolene starter etter sommerferien.')).toEqual([]);
  });

  it('still replaces a spoken age over 89', () => {
    expect(found('hun er hundre og to år')).toEqual(['AGE hundre og to år']);
  });

  it('reads days per week, the age of a thing and the year of a reform as no identifiers', () => {
    expect(found('Dialyse 3/7 på dialyseavdelingen. Legevakten er bemannet 24/7.')).toEqual([]);
    expect(found('Bilen er 15 år gammel og har ikke automatgir.')).toEqual([]);
    expect(found('Hørselsapparatet er 6 år gammelt og skal byttes.')).toEqual([]);
    expect(found('Samhandlingsreformen kom i 2012 og ga kommunene mer ansvar.')).toEqual([]);
    expect(found('Insulin ble oppdaget i 1921.')).toEqual([]);
    expect(found('Prolia 1/6 måneder.')).toEqual([]);
    expect(found('Til foreldre med barn på 4 år')).toEqual([]);
  });

  it("still replaces a day of July, a person's age and the year of a diagnosis", () => {
    expect(found('Kontroll 3/7 hos fastlegen.')).toEqual(['DATE 3/7']);
    expect(found('Mannen er 40 år gammel.')).toEqual(['AGE 40 år gammel']);
    expect(found('Barnet er 4 år gammelt.')).toEqual(['AGE 4 år']);
    expect(found('Hun fikk diabetes i 2012, og har brukt insulin siden.')).toEqual(['DATE 2012']);
  });

  it('reads ages of onset, week-by-week plans and months as subjects as no identifiers', () => {
    expect(found('Multippel sklerose debuterer vanligvis mellom 20 og 40 år.')).toEqual([]);
    expect(found('Median alder ved diagnose er 67 år.')).toEqual([]);
    expect(found('Uke 1–2: gå korte turer. Uke 3–6: øke gradvis. Uke 7–12: styrke.')).toEqual([]);
    expect(found('Desember er den mørkeste måneden.')).toEqual([]);
  });

  it('still replaces an age at onset in one life and the month of a visit', () => {
    expect(found('Hun debuterte med epilepsi i 14 års alder.')).toEqual(['AGE 14 års']);
    expect(found('I juni blir det ny kontroll.')).toEqual(['DATE juni']);
  });
  it('reads the weeks of a series with notes, of a programme stage and after postoperative days as no dates', () => {
    expect(
      found(
        [
          'Uke 1: morgen 156/94, kveld 149/90',
          'Uke 2: morgen 151/92, kveld 147/88',
          'Uke 3 (etter oppstart av Amlodipin 5 mg): morgen 142/86',
          'Uke 4: morgen 138/84',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(found('Hjemmeprogram fase 1 (uke 1–4), tre dager i uken.')).toEqual([]);
    expect(found('Postoperativ dag 0: 7; dag 1: 6; dag 2: 4; uke 6: 1.')).toEqual([]);
    expect(found('Fase 2 (uke 5–8) med styrketrening.')).toEqual([]);
  });

  it('still replaces calendar weeks after a programme stage or a day count (fail closed)', () => {
    expect(found('Opptrening fase 2 (uke 32–35) på rehabiliteringssenteret.')).toContain(
      'DATE uke 32',
    );
    expect(found('Postoperativt dag 1: 5; dag 2: 4; uke 32: kontroll hos fastlegen.')).toContain(
      'DATE uke 32',
    );
  });

  it('still replaces a calendar week in a dated note, a single week of a stage and a week beside days without a start', () => {
    expect(
      found(['Uke 1: rolig.', 'Uke 2: bedre.', 'Uke 3 (operert 12.3.): sengeliggende.'].join('\n')),
    ).toContain('DATE Uke 3');
    expect(found('Fase 1 (uke 12) er ferie.')).toContain('DATE uke 12');
    expect(found('Dag 1: kvalm; dag 2: bedre; uke 14: kontroll.')).toContain('DATE uke 14');
  });
  it('reads the edition or version in the name of a screening tool or guideline as no date', () => {
    expect(found('Screening med NRS 2002 ved innleggelse: 4 poeng.')).toEqual([]);
    expect(found('Partiell respons etter RECIST 1.1. Ingen nye lesjoner.')).toEqual([]);
    expect(found('Stadium G3a A2 etter KDIGO 2012.')).toEqual([]);
  });

  it('still replaces the year of a scan and a date after an unlisted abbreviation', () => {
    expect(found('CT 2019 viste ingen metastaser.')).toContain('DATE 2019');
    expect(found('Kontroll MR 1.1. på poliklinikken.')).toContain('DATE 1.1.');
  });

  it('still replaces a date after a revision, an edition or a guideline body (fail closed)', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['Planlagt revisjon 14.3. på ortopedisk avdeling.', '14.3'],
      ['Innkalt til revisjon 03.04. ved poliklinikken.', '03.04'],
      ['Ny utgave 12.03. av planen.', '12.03'],
      ['Vurdert etter ESC 12.03. hos kardiolog.', '12.03'],
    ];
    for (const [text, date] of cases)
      expect(found(text).some((entity) => entity.startsWith(`DATE ${date}`))).toBe(true);
  });
  it('reads the make and model of a medical device as no person', () => {
    expect(found('Hoste-assistent CoughAssist E70 brukes morgen og kveld.')).toEqual([]);
  });

  it('still replaces a name beside a product name or after a device noun (fail closed)', () => {
    expect(found('Kontakt datter Kari Hansen WhatsApp 912 34 567.')).toContain(
      'PERSON Kari Hansen',
    );
    expect(found('Videosamtale med Kari Hansen FaceTime kl. 10.').join()).toContain('Kari Hansen');
    expect(found('Pasienten heter Sean FitzGerald og bor alene.').join()).toContain(
      'Sean FitzGerald',
    );
    expect(found('Han har fått pacemaker Hansen sa at kontrollen gikk fint.')).toContain(
      'PERSON Hansen',
    );
    expect(found('Har fått ny rullator Olsen fra kommunen kom med den.')).toContain('PERSON Olsen');
  });

  it('still replaces a person after a title, a name with an inner capital and a person beside a device word', () => {
    expect(found('Samtale med dr. Anne Braun om pacemakeren.')).toContain('PERSON dr. Anne Braun');
    expect(found('Pasienten heter MaryAnn Hansen.')).toContain('PERSON MaryAnn Hansen');
    expect(found('Samtale med psykolog Tom McGill.')).toContain('PERSON psykolog Tom McGill');
    expect(found('Han har pacemaker Kari sier at det går bra.')).toContain('PERSON Kari');
  });
  it('reads an unlisted eponym or brand among known drugs and eponyms in one enumeration as no person', () => {
    expect(found('Faste medisiner: Eliquis, Furix, Zykadia og Levaxin.')).toEqual([]);
    expect(found('Faste medisiner: Eliquis, Furix, Zykadia 150 mg og Levaxin.')).toEqual([]);
  });

  it('still replaces a name or a place that is, or stands in, a member of a list of drugs (fail closed)', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['Fastlege Hansen har startet Marevan, Albyl og Furix.', 'Hansen'],
      ['Pasient: Nilsen, medisiner: Marevan, Albyl, Lasix.', 'Nilsen'],
      ['Pårørende: Haugen (sønn), Marevan og Albyl hentes på apoteket.', 'Haugen'],
      ['Hansen startet Eliquis, Furix og Albyl i går.', 'Hansen'],
      ['Sykepleier Lunde ga Paracet, Ibux og Marevan kl. 08.', 'Lunde'],
      ['Kopi: Fastlege Strand, Marevan, Albyl.', 'Strand'],
      ['Innlagt Tromsø, startet Marevan, Albyl og Furix.', 'Tromsø'],
      ['Deltakere: Berg, Wells, Barrett og Lunde.', 'Lunde'],
    ];
    for (const [text, name] of cases)
      expect(found(text).some((entity) => entity.endsWith(name))).toBe(true);
  });

  it('still replaces a given name, a titled name and a name beside a single drug in an enumeration', () => {
    expect(found('Paracet, Ibux og Kari hjelper henne med dosetten.')).toContain('PERSON Kari');
    expect(found('Bruker Eliquis, Furix og dr. Pauwels, Marevan og Xarelto.')).toContain(
      'PERSON dr. Pauwels',
    );
    expect(found('Bruker Eliquis, og Gartland følger opp.')).toContain('PERSON Gartland');
  });
  it('reads a time that opens an entry of a log among clock times as no date', () => {
    expect(
      found('02.31 Ressurs fremme. 02.48 Avreise med pasient. 03.05 Ankomst akuttmottak.'),
    ).toEqual([]);
    expect(found('07.50 ankomst. 08.12 induksjon. 08.15 intubasjon. 08.30 snitt.')).toEqual([]);
  });

  it('still replaces a date before clock times, hours apart and in a run of dates', () => {
    expect(found('Innlagt 08.12 kl. 09.30, operert 09.45.')).toContain('DATE 08.12');
    expect(found('08.12 Innlagt. 14.30 operert. 16.45 på post.')).toContain('DATE 08.12');
    // The first entry of a log may be its date: no earlier entry makes it a time.
    expect(found('11.03 Innlagt via legevakt.\n11.45 Vurdert av LIS.\n12.30 CT caput.')).toContain(
      'DATE 11.03',
    );
    expect(found('03.05 Innlagt. 04.05 Utskrevet. 05.05 Kontroll.')).toContain('DATE 03.05');
  });

  it('reads the English name of a psychological test as no person', () => {
    expect(
      found('Hukommelse: RAVLT (Rey Auditory Verbal Learning Test) innlæring over fem forsøk.'),
    ).toEqual([]);
    expect(found('Rey Complex Figure kopi 34 av 36, utsatt gjenkalling svak.')).toEqual([]);
  });

  it('still replaces a person beside a test name, or a given name before a test word', () => {
    expect(found('Rey Complex Figure kopi 34. Kari Hansen kom til samtale.')).toContain(
      'PERSON Kari Hansen',
    );
    expect(found('Samtale med Kari Hansen Test i dag.')).toContain('PERSON Kari Hansen Test');
  });

  it('reads a classification and its Roman grade as no person or organisation', () => {
    expect(found('En 14 mm polypp i colon sigmoideum (Paris 0-Ip), fjernet med slynge.')).toEqual(
      [],
    );
    expect(found('En 6 mm sessil polypp (Paris 0-IIa, NICE type 2).')).toEqual([]);
    expect(
      found('Ultralyd etter Graf-metoden type Ia. Perthes sykdom, Catterall gruppe II.'),
    ).toEqual([]);
  });

  it('still replaces a person beside a classification, or a given name before a grade noun', () => {
    expect(found('Type Ia. Kari Hansen kom til kontroll.')).toContain('PERSON Kari Hansen');
    expect(found('Samtale med Ia Hansen om polyppen.')).toContain('PERSON Ia Hansen');
    expect(found('Samtale med Kari gruppe II i dag.')).toContain('PERSON Kari');
  });
});
