import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

function foundOfType(text: string, type: string): string[] {
  return found(text).filter((entry) => entry.startsWith(`${type} `));
}

describe('weeks counted from a treatment, a stay or a birth', () => {
  it('leaves the steps of a tapering plan written as "Uke 6 og 7:"', () => {
    const plan = [
      'Uke 1: 30 mg daglig. Uke 2: 25 mg daglig. Uke 3: 20 mg daglig.',
      'Uke 4: 17,5 mg daglig. Uke 5: 15 mg daglig. Uke 6 og 7: 12,5 mg daglig.',
    ].join(' ');
    expect(foundOfType(plan, 'DATE')).toEqual([]);
  });

  it('still replaces a calendar week in a sentence about holidays', () => {
    expect(foundOfType('Hun har ferie uke 6 og 7 og er tilbake etterpå.', 'DATE')).toEqual([
      'DATE uke 6',
    ]);
  });

  it('leaves the second week of a stay of three, and still replaces a week of a year', () => {
    expect(foundOfType('Beboer på korttidsopphold, uke 2 av 3. Går med rullator.', 'DATE')).toEqual(
      [],
    );
    expect(foundOfType('Sykmeldt uke 3 av 2024.', 'DATE')).toContain('DATE uke 3');
  });

  it('leaves the maturity of a newborn in weeks, and still replaces a calendar week', () => {
    expect(foundOfType('Ballard-skår tilsvarende uke 36.', 'DATE')).toEqual([]);
    expect(
      foundOfType('ROP-screening gjøres fra uke 31 korrigert alder hos premature.', 'DATE'),
    ).toEqual([]);
    expect(foundOfType('Time til øyelege i uke 36.', 'DATE')).toEqual(['DATE uke 36']);
  });

  it('leaves the week columns of a table of values, and still replaces one week in a sentence', () => {
    const table = [
      'Analyse        Uke 0   Uke 2   Uke 4   Uke 8   Uke 12',
      'Hb             12.1    12.0    11.8    12.3    12.6',
    ].join('\n');
    expect(foundOfType(table, 'DATE')).toEqual([]);
    expect(foundOfType('Ny Hb tas i uke 8 hos fastlegen.', 'DATE')).toEqual(['DATE uke 8']);
  });

  it('leaves follow-up headings in a series, and still replaces a single heading', () => {
    const notes = [
      'Oppfølging uke 4',
      'Bedre. NRS 3 mot 6 ved start.',
      'Oppfølging uke 8',
      'Nesten smertefri.',
    ].join('\n');
    expect(foundOfType(notes, 'DATE')).toEqual([]);
    expect(foundOfType('Kontroll uke 12\nBedre.', 'DATE')).toEqual(['DATE uke 12']);
  });

  it('leaves weeks counted from an operation named nearby', () => {
    expect(
      foundOfType(
        'Forløp etter operasjon: Gipsskinne i to uker, deretter opptrening fra uke 3.',
        'DATE',
      ),
    ).toEqual([]);
    expect(
      foundOfType(
        'Utskrevet dag 3 etter operasjonen.\nSubjektivt: Går uten krykker siden uke 6.',
        'DATE',
      ),
    ).toEqual([]);
  });

  it('still replaces a calendar week when the line also holds a date or a month', () => {
    expect(foundOfType('Operert 3.2. Etter operasjonen sykmeldt til uke 14.', 'DATE')).toContain(
      'DATE uke 14',
    );
    expect(foundOfType('Sykmeldt til uke 14 i 2025, etter operasjonen.', 'DATE')).toContain(
      'DATE uke 14',
    );
  });
});

describe('ages of groups, programmes and delays', () => {
  it('leaves the rows of a table of age groups and an open group', () => {
    const table = [
      'Aldersgruppe     Antall   Andel',
      '0–4 år            12      4 %',
      '18–44 år          88      29 %',
      '80 år og eldre    24      8 %',
    ].join('\n');
    expect(foundOfType(table, 'AGE')).toEqual([]);
  });

  it("still finds a person's age before 'og'", () => {
    expect(foundOfType('Hun er 80 år og bor alene.', 'AGE')).toEqual(['AGE 80 år']);
  });

  it('leaves the age at which a disease is most frequent, and still finds an age at diagnosis', () => {
    expect(
      foundOfType('Type 1-diabetes har en topp i forekomst rundt 10–14 års alder.', 'AGE'),
    ).toEqual([]);
    expect(foundOfType('Hun fikk diagnosen i 14 års alder.', 'AGE')).toEqual(['AGE 14 års']);
  });

  it('leaves a delay of bone age in years, and still finds a child of that age', () => {
    expect(foundOfType('Beinalder forsinket ett og et halvt år.', 'AGE')).toEqual([]);
    expect(foundOfType('Gutten er ett og et halvt år.', 'AGE')).not.toEqual([]);
  });

  it('leaves the ages of a programme of check-ups, and still finds the ages of children', () => {
    expect(
      foundOfType(
        'Kontroller ved 4 uker, 6 uker, 3, 4 og 10 måneder, 1 år, 15 måneder, 2 år og 4 år.',
        'AGE',
      ),
    ).toEqual([]);
    expect(foundOfType('Barna er 2 år, 4 år og 6 år.', 'AGE')).toContain('AGE 2 år');
  });

  it('leaves a school grade, and still finds a sister of nine', () => {
    expect(foundOfType('Ungdom på 9. trinn kommer med bekymring for vekt.', 'AGE')).toEqual([]);
    expect(foundOfType('Hun har en søster på 9.', 'AGE')).toEqual(['AGE 9']);
  });
});

describe('names of grades, eponyms and nynorsk verbs', () => {
  it('leaves eponyms and cities that name a grade or a type', () => {
    expect(found('Bristol type 6. Wagner grad 2 diabetisk fotsår. Hunt og Hess grad 2.')).toEqual(
      [],
    );
    expect(found('Los Angeles grad B øsofagitt.')).toEqual([]);
  });

  it('still finds a person or a place that is not followed by a grade', () => {
    expect(foundOfType('Hun flyttet til Bristol i fjor.', 'LOCATION')).toEqual([
      'LOCATION Bristol',
    ]);
    expect(foundOfType('Dr. Wagner ringte i dag.', 'PERSON')).toEqual(['PERSON Dr. Wagner']);
  });

  it('leaves two eponyms in the genitive that share a sign, and still finds two owners', () => {
    expect(found('Cullens og Grey Turners tegn ikke til stede.')).toEqual([]);
    expect(foundOfType('Olas og Karis mor ringte i dag.', 'PERSON')).toContain('PERSON Olas');
  });

  it('leaves the nynorsk verb "minna på", and still finds Minna who calls', () => {
    expect(found('Minna på om å bere alarmen.')).toEqual([]);
    expect(foundOfType('Minna på kontoret ringte i dag.', 'PERSON')).toEqual(['PERSON Minna']);
  });
});

describe('generic services and pastimes', () => {
  it('leaves kinds of rehabilitation and a number of hospitals', () => {
    expect(found('Legemiddelassistert rehabilitering følges opp av teamet.')).toEqual([]);
    expect(found('Arbeidsrettet rehabilitering er søkt.')).toEqual([]);
    expect(found('Geneva-skår brukes av noen sykehus i stedet.')).toEqual([]);
  });

  it('still finds a named hospital', () => {
    expect(foundOfType('Hun ble innlagt på Sørlandet sykehus i natt.', 'ORGANIZATION')).toEqual([
      'ORGANIZATION Sørlandet sykehus',
    ]);
  });

  it('leaves a pastime written as one compound, and still finds a named club', () => {
    expect(found('Er med i seniordans og synger i kor.')).toEqual([]);
    expect(foundOfType('Han er med i Sagene turn.', 'ORGANIZATION')).toEqual([
      'ORGANIZATION Sagene turn',
    ]);
  });
});

describe('yearly plans, periods and rights', () => {
  it('leaves weeks and months that recur every year, and still replaces a holiday week', () => {
    expect(
      found('Medisinsk avdeling har planlagt stengte senger i uke 28 til 31 hvert år.'),
    ).toEqual([]);
    expect(found('Sommertid innføres i mars.\nVintertid fra oktober.')).toEqual([]);
    expect(foundOfType('Ferie i uke 28.', 'DATE')).toEqual(['DATE uke 28']);
    expect(foundOfType('Hun flyttet hit i oktober.', 'DATE')).toEqual(['DATE oktober']);
  });

  it('leaves a duration range and the length of a guarantee, and still finds ages', () => {
    expect(found('Søvnproblemer i 2–3 år.')).toEqual([]);
    expect(found('Garantien på rullestolen er 2 år.')).toEqual([]);
    expect(foundOfType('Barnet er 2–3 år.', 'AGE')).toContain('AGE 3 år');
    expect(foundOfType('Hun er 2 år.', 'AGE')).toEqual(['AGE 2 år']);
  });

  it('leaves the age at which a right ends, and still finds the age of one child', () => {
    expect(found('Foreldre har rett til informasjon til barnet er 18 år.')).toEqual([]);
    expect(foundOfType('Hun bor hjemme til barnet er 2 år.', 'AGE')).toEqual(['AGE 2 år']);
  });

  it('leaves a name defined as a tree, and still finds a friend with that name', () => {
    expect(found('Ask er et tre som også kan gi allergi.')).toEqual([]);
    expect(foundOfType('Ask er en god venn av familien.', 'PERSON')).toEqual(['PERSON Ask']);
  });
});

describe('roles, degrees and abbreviations in notes and signatures', () => {
  it('leaves the doctor on a shift named by the shift, and still finds a colleague by name', () => {
    expect(found('Forvakt ringte om kvelden. Mellomvakt kom inn.')).toEqual([]);
    expect(foundOfType('Forvakten, Ingrid Olsen, ringte om kvelden.', 'PERSON')).toEqual([
      'PERSON Ingrid Olsen',
    ]);
  });

  it('leaves a degree and a part-time chair, and still finds a professor by name', () => {
    expect(found('Ph.d., lege i spesialisering.\nProfessor II.')).toEqual([]);
    expect(foundOfType('Professor Hansen ringte.', 'PERSON')).toEqual(['PERSON Professor Hansen']);
  });

  it('leaves "UTP" (utskrivningsklar pasient) opening a sentence, and still finds initials', () => {
    expect(found('AMK varslet legevakten. UTP ble ikke meldt.')).toEqual([]);
    expect(foundOfType('Drøftet med TH i dag.', 'PERSON')).toEqual(['PERSON TH']);
  });
});

describe('possessives and the end of a programme', () => {
  it('leaves "sykepleieren vår", and still finds the nurse named Vår', () => {
    expect(found('Du tar en pusteprøve hos sykepleieren vår.')).toEqual([]);
    expect(foundOfType('Hun snakket med sykepleier Vår i dag.', 'PERSON')).toEqual([
      'PERSON sykepleier Vår',
    ]);
  });

  it('leaves the age a programme of checks ends at, and still finds a child said to turn two', () => {
    expect(found('Det er den siste kontrollen før barnet fyller to.')).toEqual([]);
    expect(foundOfType('Hun flyttet før barnet fyller to.', 'AGE')).toEqual(['AGE to']);
  });
});

describe('numbers of forms', () => {
  it('leaves the number of a form, and still replaces a date after "Kontroll"', () => {
    expect(found('Legeerklæring ved arbeidsuførhet. Skjema 08-07.08. Del 1 til 5.')).toEqual([]);
    expect(foundOfType('Kontroll 07.08 hos fastlegen.', 'DATE')).toEqual(['DATE 07.08']);
  });
});

describe('kinds of workplace written with a capital', () => {
  it('leaves a generic workplace and a kind of department', () => {
    expect(found('Jobber på Legevakten som sykepleier. Lærer på Ungdomsskolen.')).toEqual([]);
    expect(found('Hun jobber som sykepleier på Medisinsk avdeling.')).toEqual([]);
  });

  it('still replaces a school named after its place and a named hospital', () => {
    expect(foundOfType('Han jobber på Kringsjåskolen som lærer.', 'WORKPLACE')).toEqual([
      'WORKPLACE Kringsjåskolen',
    ]);
    expect(foundOfType('Hun jobber på Lovisenberg sykehus.', 'WORKPLACE')).toEqual([
      'WORKPLACE Lovisenberg sykehus',
    ]);
  });
});

describe('weeks of a course and ages of criteria', () => {
  it('leaves weeks counted in a chemotherapy cycle, and still replaces a holiday week', () => {
    expect(
      found('Uke 2 i syklusen er det ofte lave blodverdier. Ved feber i uke 2 ring avdelingen.'),
    ).toEqual([]);
    expect(found('Uke 4 i rehabiliteringsoppholdet: avslutning.')).toEqual([]);
    expect(foundOfType('Hun har ferie i uke 2.', 'DATE')).toEqual(['DATE uke 2']);
  });

  it('leaves ages of criteria and scores, and still finds a person of that age', () => {
    expect(found('Inklusjonskriterier: 18 år eller eldre. Alder 18–75 år ved inklusjon.')).toEqual(
      [],
    );
    expect(found('CHA2DS2-VASc: Alder ≥ 75 år gir 2 poeng.')).toEqual([]);
    expect(found('Studien gjelder personer 40–80 år med høyt blodtrykk.')).toEqual([]);
    expect(foundOfType('Hun er 75 år og bor alene.', 'AGE')).toEqual(['AGE 75 år']);
  });
});

describe('ages of things and of many people in nynorsk speech', () => {
  it('leaves the age of a car, a house and beds, and still finds a boy of twenty', () => {
    expect(found('bilen er tjue år gammal, og huset er hundre år')).toEqual([]);
    expect(found('sengene på avdelinga er femten år gamle')).toEqual([]);
    expect(foundOfType('guten er tjue år gammal', 'AGE')).toEqual(['AGE tjue år gammal']);
  });

  it('leaves a decade of life for many, and still finds one person in that decade', () => {
    expect(found('i femtiårsalderen får mange vondt i ryggen')).toEqual([]);
    expect(foundOfType('ho fekk det i femtiårsalderen', 'AGE')).toEqual(['AGE femtiårsalderen']);
  });
});

describe('the non-identifier rules never hide a patient (session 25 review)', () => {
  it('finds a child whose age is "tre år", while "Ask er et tre" stays a tree', () => {
    expect(foundOfType('Emma er en tre år gammel jente som henvises for astma.', 'PERSON')).toEqual(
      ['PERSON Emma'],
    );
    expect(foundOfType('Jonas er ei tre år gammal jente.', 'PERSON')).toEqual(['PERSON Jonas']);
    expect(found('Ask er et tre som også kan gi allergi.')).toEqual([]);
  });

  it('finds a full name before "type" or "grad", while an eponym naming a grade stays', () => {
    expect(
      foundOfType('Pasienten Kari Nordmann type 2-diabetiker, kommer til kontroll.', 'PERSON'),
    ).toEqual(['PERSON Kari Nordmann']);
    expect(foundOfType('Ola Hansen type A.', 'PERSON')).toEqual(['PERSON Ola Hansen']);
    expect(foundOfType('Kari Nordmann grad 2 ødem ved innkomst.', 'PERSON')).toEqual([
      'PERSON Kari Nordmann',
    ]);
    expect(found('Wagner grad 2 sår på hælen.')).toEqual([]);
  });

  it('finds a calendar week near an operation, and a week near a course in another sentence', () => {
    expect(
      foundOfType('Hun skal opereres i uke 9. Mobiliseres fra dag 1 etter operasjonen.', 'DATE'),
    ).toEqual(['DATE uke 9']);
    expect(foundOfType('Ferie i uke 12. Kontroll 6 uker etter operasjonen.', 'DATE')).toEqual([
      'DATE uke 12',
    ]);
    expect(foundOfType('Uke 12 i kuren. Hun var på ferie i uke 30.', 'DATE')).toEqual([
      'DATE uke 30',
    ]);
  });

  it('finds one person’s decade of life, a promise before an age, and leaves a delay', () => {
    expect(foundOfType('I femtiårsalderen fikk hun mange infeksjoner.', 'AGE')).toEqual([
      'AGE femtiårsalderen',
    ]);
    expect(foundOfType('Mor har lovet å være hjemme til barnet er 2 år.', 'AGE')).toEqual([
      'AGE 2 år',
    ]);
    expect(found('Foreldre har rett til informasjon til barnet er 18 år.')).toEqual([]);
    expect(found('Beinalder forsinket ett og et halvt år.')).toEqual([]);
  });
});

describe('months in sentences about the weather or nature (session 26)', () => {
  it('leaves the months of pollen, warmth and berries', () => {
    expect(foundOfType('Hassel og or i mars, bjørk nå i mai.', 'DATE')).toEqual([]);
    expect(foundOfType('Det blir varmt i juli.', 'DATE')).toEqual([]);
    expect(foundOfType('Jordbær i juli og plommer i august.', 'DATE')).toEqual([]);
  });

  it('still replaces a month that dates a person’s event in the same weather', () => {
    expect(foundOfType('Hun fikk heteslag i juli da det var varmt.', 'DATE')).toEqual([
      'DATE juli',
    ]);
    expect(foundOfType('Han ble innlagt i mars med snø på taket.', 'DATE')).toEqual(['DATE mars']);
  });

  it('still replaces a month of an injury or a finding in a sentence about ice or snow (review)', () => {
    expect(foundOfType('Skled på isen i januar, brudd i hoften.', 'DATE')).toEqual(['DATE januar']);
    expect(
      foundOfType('Frostskader i februar etter en natt ute i snøen og kulda.', 'DATE'),
    ).toEqual(['DATE februar']);
  });
});

describe('number pairs in a list with pairs that cannot be dates (session 26)', () => {
  it('leaves scores, blood pressures and clock times listed together', () => {
    expect(foundOfType('BT 142/88, 4/10, 150/95 og 138/90 i uka.', 'DATE')).toEqual([]);
  });

  it('still replaces a pair in a short list or next to a clock time (review)', () => {
    expect(foundOfType('Født 12.05, 23.40, vekt 3400 g.', 'DATE')).toEqual(['DATE 12.05']);
    expect(foundOfType('Forhold som 142/88 og 4/10 er blodtrykk og smerteskår.', 'DATE')).toEqual([
      'DATE 4/10',
    ]);
  });

  it('still replaces a list in which every pair is a date', () => {
    expect(foundOfType('Kontroller 23.12, 24.12 og 31.12.', 'DATE')).toEqual([
      'DATE 23.12',
      'DATE 24.12',
      'DATE 31.12',
    ]);
  });
});

describe('a time without something said with "ikke på" (session 26)', () => {
  it('leaves "ikke på to år" and still replaces "gutten på to år"', () => {
    expect(foundOfType('Har du vært hos tannlegen? Ikke på to år.', 'AGE')).toEqual([]);
    expect(foundOfType('Gutten på to år har feber.', 'AGE')).toEqual(['AGE to år']);
  });
});

describe('weekday abbreviations joined in opening hours (session 26)', () => {
  it('leaves "Tir og tor" in opening hours and still replaces "Tor og Kari"', () => {
    expect(foundOfType('Søn stengt. Tir og tor kveldsåpent til kl. 19.', 'PERSON')).toEqual([]);
    expect(foundOfType('Tor og Kari kommer kl. 19.', 'PERSON')).toEqual([
      'PERSON Tor',
      'PERSON Kari',
    ]);
  });

  it('still replaces "Sun", "Tor" and a name before "man" outside opening hours (review)', () => {
    expect(foundOfType('Sun og Tor er her.', 'PERSON')).toEqual(['PERSON Sun', 'PERSON Tor']);
    expect(foundOfType('Tor, man blir sliten.', 'PERSON')).toEqual(['PERSON Tor']);
  });
});

describe('titles shortened with a dot before the profession (session 26)', () => {
  it('leaves "Ass.lege" and still replaces the name after the title', () => {
    expect(foundOfType('Signatur: Ass.lege, medisinsk avdeling.', 'PERSON')).toEqual([]);
    expect(
      foundOfType('Signatur: Ass.lege Hansen, medisinsk avdeling.', 'PERSON').some((entry) =>
        entry.includes('Hansen'),
      ),
    ).toBe(true);
  });

  it('still replaces a name written with a dot before the profession (review)', () => {
    expect(foundOfType('Ringte Per.lege i går', 'PERSON')).toEqual(['PERSON Per']);
    expect(foundOfType('Oda.spl tok prøven.', 'PERSON')).toEqual(['PERSON Oda']);
  });
});

describe('seas, deserts and parts of the world (session 26)', () => {
  it('leaves "Middelhavet", "Sør-Amerika" and "Sørøst-Asia" as regions', () => {
    expect(found('Hun har vært i Middelhavet på cruise.')).toEqual([]);
    expect(found('Han har reist i Sør-Amerika og Sørøst-Asia.')).toEqual([]);
  });

  it('still replaces a given name that is also a region word left off the list', () => {
    expect(
      foundOfType('Hun heter Sahara Ali og bor i Skien.', 'PERSON').some((entry) =>
        entry.includes('Sahara'),
      ),
    ).toBe(true);
    expect(
      foundOfType('Han heter Balkan Yilmaz.', 'PERSON').some((entry) => entry.includes('Balkan')),
    ).toBe(true);
  });
});

describe('month headings of a plan of the year (session 26)', () => {
  it('leaves "Januar:", "Februar:", "Mars:" opening the lines of a yearly plan', () => {
    const plan = [
      'Januar: Nyttårskonsert i kantina for alle beboere.',
      'Februar: Karneval og fastelavnsboller.',
      'Mars: Vårrengjøring av rommene.',
    ].join('\n');
    expect(foundOfType(plan, 'DATE')).toEqual([]);
    const school = [
      'Oktober: vekt og høyde 3. trinn.',
      'November: helsesamtaler.',
      'Januar: HPV-vaksine.',
    ];
    expect(foundOfType(school.join('\n'), 'DATE')).toEqual([]);
  });

  it('still replaces two month headings of a finding and its rehabilitation (review)', () => {
    const course = 'Mars: Hoftebrudd venstre side.\nApril: Rehabilitering på sykehjemmet.';
    expect(foundOfType(course, 'DATE')).toEqual(['DATE Mars', 'DATE April']);
  });

  it('still replaces month headings that name a drug or an eponym of the clinical lexicon', () => {
    const course = [
      'Januar: Nyttårskonsert i kantina for alle beboere.',
      'Februar: Marevan byttet ut.',
      'Mars: Parkinson-utredning.',
      'April: Vårrengjøring av rommene.',
    ].join('\n');
    expect(foundOfType(course, 'DATE')).toEqual([
      'DATE Januar',
      'DATE Februar',
      'DATE Mars',
      'DATE April',
    ]);
  });

  it('still replaces month headings of one patient’s course', () => {
    const course = [
      'Forløp',
      'Mars: innlagt med pneumoni.',
      'April: utskrevet.',
      'Mai: kontroll.',
    ].join('\n');
    expect(foundOfType(course, 'DATE')).toEqual(['DATE Mars', 'DATE April', 'DATE Mai']);
  });
});

describe('the change to and from summer time (session 26)', () => {
  it('leaves "Sommertid fra siste helg i mars" and still replaces a month of a person', () => {
    expect(foundOfType('Sommertid fra siste helg i mars.', 'DATE')).toEqual([]);
    expect(foundOfType('Hun ble innlagt siste helg i mars.', 'DATE')).toEqual(['DATE mars']);
  });

  it('still replaces a month three words after "sommertid" (review)', () => {
    expect(foundOfType('Rett etter sommertid og ble operert i april.', 'DATE')).toEqual([
      'DATE april',
    ]);
  });
});

describe('ages of children in general (session 26)', () => {
  it('leaves the ages of children in advice and programmes', () => {
    expect(foundOfType('Barn som er 2 år får tilbud om en samtale.', 'AGE')).toEqual([]);
    expect(foundOfType('Mange barn på 10-11 år har spørsmål om kroppen.', 'AGE')).toEqual([]);
    expect(foundOfType('Småbarn på 1-2 år sover vanligvis 11-14 timer.', 'AGE')).toEqual([]);
    expect(foundOfType('Ungdom på 13-14 år kan ta kontakt selv.', 'AGE')).toEqual([]);
    expect(foundOfType('Tilbudet gjelder barn 0-5 år og deres foreldre.', 'AGE')).toEqual([]);
    expect(foundOfType('Når barnet er 6 måneder, kan det begynne med smaksprøver.', 'AGE')).toEqual(
      [],
    );
  });

  it('still finds the ages of one family’s children and of one child', () => {
    expect(foundOfType('Hun har to barn på 2 og 4 år.', 'AGE')).toEqual(['AGE 2', 'AGE 4 år']);
    expect(foundOfType('Pasienten har barn på 3 år.', 'AGE')).toEqual(['AGE 3 år']);
    expect(foundOfType('Mor kom med barn på 3 år.', 'AGE')).toEqual(['AGE 3 år']);
    expect(foundOfType('Ungdom på 15 med magesmerter.', 'AGE')).toEqual(['AGE 15']);
    expect(foundOfType('Barnet er 15 måneder.', 'AGE')).toEqual(['AGE 15 måneder']);
  });

  it('still finds the ages after "fleire barn som er" (review)', () => {
    expect(foundOfType('Hun har fleire barn som er 2 og 4 år.', 'AGE').length).toBeGreaterThan(0);
  });
});

describe('results in a table row before their reference range (session 26)', () => {
  it('leaves "Kalium   4.11   3.5-5.0" and still replaces a date before a clock time', () => {
    const table = [
      'Analyse   Resultat   Referanse',
      'Kalium    4.11       3.5-5.0',
      'TSH       1.12       0.5-4.0',
    ].join('\n');
    expect(foundOfType(table, 'DATE')).toEqual([]);
    expect(foundOfType('Kontroll 4.11 kl. 14-15', 'DATE')).toEqual(['DATE 4.11']);
    expect(foundOfType('Innlagt    4.11    med feber', 'DATE')).toEqual(['DATE 4.11']);
    expect(foundOfType('Kontroll    4.11    14-15', 'DATE')).toEqual(['DATE 4.11']);
    // Review: a range of clock times, and a row that opens with no analysis name.
    expect(foundOfType('Kontroll   4.11   14.30-15.00', 'DATE')).toEqual(['DATE 4.11']);
  });
});

describe('ages opening the lines of a vaccine programme timetable (session 33)', () => {
  it('leaves "8 år (3. trinn): …" under a programme heading and keeps a development history', () => {
    const timetable = [
      'Skolevaksiner etter programmet',
      '4 måneder: første dose',
      '8 år (3. trinn): oppfriskning',
      '10 år: andre dose',
      '13–14 år (9. trinn): siste dose',
    ].join('\n');
    expect(foundOfType(timetable, 'AGE')).toEqual([]);
    // Counter-example: milestones of one child, under a heading with no programme word.
    const history = ['Utvikling', '1 år: krabbet', '3 år: snakket i setninger', '5 år: syklet'];
    expect(foundOfType(history.join('\n'), 'AGE')).toEqual(['AGE 1 år', 'AGE 3 år', 'AGE 5 år']);
  });
});
