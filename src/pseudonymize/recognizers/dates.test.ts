import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** What a reader of the pseudonymized text would see replaced: type and text of each date. */
function dates(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'DATE')
    .map((entity) => entity.text);
}

describe('recognizeDates: dates said aloud or written short', () => {
  it('replaces a birth date said with ordinals and a two-digit year as one date', () => {
    expect(dates('Pasient: jeg er født fjerde i tiende sekstini, så jeg er pensjonist.')).toEqual([
      'fjerde i tiende sekstini',
    ]);
    expect(dates('pasient: født fjortende andre åttitre ja')).toEqual(['fjortende andre åttitre']);
    expect(dates('pasient: født fjerde i ti sekstini')).toEqual(['fjerde i ti sekstini']);
  });

  it('takes a year said in words into the date, in one word or several', () => {
    expect(dates('Fødselsdato? tjuetredje mars totusenogfire.')).toEqual([
      'tjuetredje mars totusenogfire',
    ]);
    expect(dates('Han er født trettiførste desember nitten åttini.')).toEqual([
      'trettiførste desember nitten åttini',
    ]);
    expect(dates('Født nittende desember tjuehundreogfire.')).toEqual([
      'nittende desember tjuehundreogfire',
    ]);
  });

  it('reads nynorsk ordinals', () => {
    expect(dates('Eg er fødd attande mai nittenfemtifire, på Voss.')).toEqual([
      'attande mai nittenfemtifire',
    ]);
  });

  it('replaces a date with its nynorsk weekday and a four-letter month abbreviation whole', () => {
    expect(dates('Neste kontroll tysdag 3. nov. kl. 10.')).toEqual(['tysdag 3. nov.']);
    expect(dates('Time laurdag 7. des. på poliklinikken.')).toEqual(['laurdag 7. des.']);
    expect(dates('Operert 14. febr. 2023 på Lillehammer.')).toEqual(['14. febr. 2023']);
    expect(dates('pasient: det byrja onsdag den niande, etter vakta.')).toEqual([
      'onsdag den niande',
    ]);
    // A weekday alone is relative time, in nynorsk too.
    expect(dates('pasient: eg kjem att på måndag.')).toEqual([]);
  });

  it('replaces "den 3. i 11." whole, with the weekday in front', () => {
    expect(dates('Kontroll onsdag den 3. i 11. klokka ti.')).toEqual(['onsdag den 3. i 11.']);
    expect(dates('Født 2. i 7. 1950, står det.')).toEqual(['2. i 7. 1950']);
  });

  it('finds years said in several words after a cue, and short birth years', () => {
    expect(dates('mamma døde i to tusen og fire og pappa i to tusen og ti')).toEqual([
      'to tusen og fire',
      'to tusen og ti',
    ]);
    expect(dates('jeg er født i nitten hundre og sekstini.')).toEqual([
      'nitten hundre og sekstini',
    ]);
    expect(dates('Jeg er født i syttiåtte.')).toEqual(['syttiåtte']);
  });

  it('finds a day and month out of ten joined by "og" to a date, or after an admission word', () => {
    expect(dates('Pasienten ble innlagt 4/10 og 6/10.')).toEqual(['4/10', '6/10']);
    expect(dates('Smerter 7/10 ved innkomst, innlagt 6/10.')).toEqual(['6/10']);
  });

  it('finds a weekday and a day number with its dot as one date', () => {
    expect(dates('Tirsdag 14. var hun her for kontroll.')).toEqual(['Tirsdag 14.']);
    expect(dates('Ny time på tirsdag 14.')).toEqual(['tirsdag 14.']);
    expect(dates('Kom tirsdag den 14. til kontroll.')).toEqual(['tirsdag den 14.']);
  });

  it('leaves a weekday with a clock time, or with an ordinal before its noun, alone', () => {
    expect(dates('Møte tirsdag 14.30 på kontoret.')).toEqual([]);
    expect(dates('Mandag 1. dose gitt, tirsdag 2. postoperative dag uten feber.')).toEqual([]);
  });

  it('leaves two pain scores out of ten joined by "og" alone', () => {
    expect(dates('VAS 4/10 og 6/10 i hvile.')).toEqual([]);
    expect(dates('Smerte 4/10, 6/10 ved bevegelse.')).toEqual([]);
  });

  it('leaves ordinals with a noun, amounts, scores, gestational weeks and clock times alone', () => {
    expect(dates('Han bor i andre etasje, den andre i tredje etasje.')).toEqual([]);
    expect(dates('Egenandelen er to tusen kroner. Han gikk fem tusen skritt.')).toEqual([]);
    expect(dates('Smerter VAS 7/10 i går, 4/10 i dag. Apgar 9/10.')).toEqual([]);
    expect(dates('Centor 4/4. Centor-kriteriene 4/4: feber, belegg. GCS 14/15.')).toEqual([]);
    expect(dates('Gravid i uke 31. Marevan, uke 31 av svangerskapet.')).toEqual([]);
    expect(dates('SF-mål 31 cm i uke 33. Symfyse-fundus-mål 28 cm i uke 30.')).toEqual([]);
    expect(dates('Gitt 2,5 mg Morfin s.c. kl. 22.10. Effekt etter 20 min.')).toEqual([]);
    // Still dates: a week number and a date with a slash outside a score.
    expect(dates('Kontroll uke 9, og ny time 7/10.')).toEqual(['uke 9', '7/10']);
    expect(dates('Centor 4/4. Kontroll 4/4.')).toEqual(['4/4']);
  });

  it('reads muscle strength and Apgar triples as scores, not as dates', () => {
    expect(dates('Kraft 4/5 i venstre arm, 5/5 høyre. Muskelkraft grad 3/5 distalt.')).toEqual([]);
    expect(dates('Apgar 8/9/10. Apgar 9/10/10 hos gutten.')).toEqual([]);
    // Still dates: the same figures with no score before them.
    expect(dates('Hun kom 8/9/10. Kraftig smerte fra 4/5.')).toEqual(['8/9/10', '4/5']);
  });

  it('reads a combination strength and "around the clock" as no dates', () => {
    expect(dates('Atacand Plus 16/12,5 mg x 1. Døgnkontinuerlig tilsyn 24/7.')).toEqual([]);
    expect(dates('Hun kom 16/12. Innlagt 24/7 med brudd.')).toEqual(['16/12', '24/7']);
  });

  it('reads shares and counts ("4/5 av pasientene", "5/7 netter") as no dates', () => {
    expect(dates('Omtrent 4/5 av pasientene blir bra. 2/5 av dosen. Hun sov 5/7 netter.')).toEqual(
      [],
    );
    expect(
      dates('9/10 pasienter får effekt. Oppfylte 2/9 kriterier. Scoret 7/8 på testen.'),
    ).toEqual([]);
    // Still dates: a day and month before "av" and a person, or with no count after it.
    expect(dates('Vurdert 4/5 av fastlegen. Innlagt 7/5 og utskrevet 9/5.')).toEqual([
      '4/5',
      '7/5',
      '9/5',
    ]);
  });

  it('reads a dotted value in a result table row with a unit or a limit as no date', () => {
    const table = [
      'Analyse | Resultat | Referanse | Enhet',
      'Urin-ratio, morgenprøve | 04.03 | < 05.0 | mg/mmol',
      'Fritt tyroksin | 13.06 | 12.0–22.0 | pmol/L',
      'Dosering | 11.09 | > 10.00 |',
    ].join('\n');
    expect(dates(table)).toEqual([]);
    // Counter-example: a table of visit dates, with no unit and no limit in the row, keeps them.
    const visits = [
      'Kontroll | Dato | Sted',
      'Første | 04.03 | poliklinikk',
      'Andre | 13.06 | hjemme',
    ];
    expect(dates(visits.join('\n'))).toEqual(['04.03', '13.06']);
    // A date cell next to a unit cell still counts when it stands in a date column of its own row.
    expect(dates('Prøvetatt 04.03 | Kalium | 4.1 | mmol/L')).toEqual(['04.03']);
  });

  it('reads lab values with a decimal point and negative values as no dates', () => {
    expect(dates('INR 2.10 i dag. TSH 3.12, fT4 12.05. Ferritin 12.08. Hb: 11.08.')).toEqual([]);
    expect(dates('pH 7.31, BE -3.10. Versjon 3.10 av programmet.')).toEqual([]);
    // A work rotation and a room number.
    expect(dates('Vakt 08-16, turnus 7/7. Samtale i rom 3.12 på post 4.')).toEqual([]);
    expect(dates('Innlagt 7/7 og utskrevet 9/7. Kom tilbake 3.12.')).toEqual([
      '7/7',
      '9/7',
      '3.12',
    ]);
    // A differential count and a lab name with its specimen prefix.
    expect(
      dates('Leukocytter 11.4, nøytrofile 8.2. Lymfocytter 1.2. S-kreatinin 9.8. P-glukose 7.4.'),
    ).toEqual([]);
    // Still dates: after a verb or a plain noun, and the end of a range with a dash.
    expect(dates('Prøven ble tatt 10.12. Kontroll 14.12 hos fastlegen.')).toEqual([
      '10.12',
      '14.12',
    ]);
    expect(dates('Hun var borte 10.-12.08. i fjor.')).toContain('12.08');
  });

  it('reads visual acuity, clock tests, hertz and section numbers as no dates', () => {
    expect(dates('Visus 6/9 høyre, 6/6 venstre. Klokketest 3/5. MoCA 21/30.')).toEqual([]);
    expect(dates('Hørselstap 40 dB ved 4000 Hz. Audiogram 500-2000 Hz normalt.')).toEqual([]);
    expect(dates('Se prosedyre pkt. 3.2.1. Kapittel 4.2.1. beskriver dette.')).toEqual([]);
    // Still dates: a day and month with its closing dot, a year after "i".
    expect(dates('Hun kom 2.1. og flyttet i 2000.')).toEqual(['2.1.', '2000']);
  });

  it('keeps a month alone in a general statement, but replaces it when it dates an event', () => {
    expect(dates('Flåttsesongen varer gjerne fra april til oktober.')).toEqual([]);
    expect(dates('Helsestasjonen holder vanligvis stengt i juli.')).toEqual([]);
    expect(dates('Hun ble operert i oktober og var sykmeldt til desember.')).toEqual([
      'oktober',
      'desember',
    ]);
  });

  it('leaves a month in a statement about people in general, and replaces one that dates an event', () => {
    expect(dates('Mai og juni er verst for allergikerne.')).toEqual([]);
    expect(dates('Pollen fra bjørk gir allergi hos mange i april og mai.')).toEqual([]);
    expect(dates('De fleste blir bedre i august.')).toEqual([]);
    expect(dates('Hun ble operert i mai.')).toEqual(['mai']);
  });

  it('takes no week counted from an event, lab value or figure number for a date', () => {
    expect(dates('Uke 6 etter operasjonen kan hun belaste.')).toEqual([]);
    expect(dates('I uke 2 av behandlingen kom utslettet.')).toEqual([]);
    expect(dates('Hun ble innlagt i uke 14.')).toEqual(['uke 14']);
    expect(dates('Vekt 3400 g ved fødsel i uke 39.')).toEqual([]);
    expect(dates('Hun ble født i uke 3 av 1980.')).toEqual(['uke 3', '1980']);
    expect(dates('Gjennomsnitt 1.5.')).toEqual([]);
    expect(dates('Dosen økes til 5 mg. Kalium 3.4.')).toEqual([]);
    expect(dates('Se figur 2.4 og 2.5.')).toEqual([]);
    expect(dates('Ny kontroll 3.4.')).toEqual(['3.4.']);
  });

  it('takes no value after "Verdien", "Tallet" or a ratio for a date (session 26)', () => {
    expect(dates('Verdien 4.10 er lav.')).toEqual([]);
    expect(dates('Tallet 3.11 er en verdi.')).toEqual([]);
    expect(dates('Albumin/kreatinin-ratio 3.10 er lett forhøyet.')).toEqual([]);
    expect(dates('Hun ble innlagt 4.10 med feber.')).toEqual(['4.10']);
    expect(dates('Kontroll 3.11 på poliklinikken.')).toEqual(['3.11']);
  });

  it('keeps months in a statement about the pollen season, not a month of an event', () => {
    expect(dates('Bjørkepollen gir plager i april og mai hvert år.')).toEqual([]);
    expect(dates('Bjørkepollen gir plager i april og mai.')).toEqual([]);
    expect(dates('Hun kom til Norge i april og fikk pollenallergi.')).toEqual(['april']);
  });

  it('takes no series of lab values, BMI, version or week of pregnancy after "termin" for a date', () => {
    expect(dates('Leukocytter 14.2/11.0/8.9.')).toEqual([]);
    expect(dates('Høyde 164 cm. BMI 26.5.')).toEqual([]);
    expect(dates('Programvare oppdatert til 12.1.')).toEqual([]);
    expect(dates('Termin beregnet ut fra ultralyd i uke 18.')).toEqual([]);
    expect(dates('Svangerskapskontroll, uke 32')).toEqual([]);
    expect(dates('Termin 12.3. Ny ultralyd i uke 18.')).toEqual(['12.3.', 'uke 18']);
    expect(dates('Ny kontroll 26.5.')).toEqual(['26.5.']);
  });

  it('finds named holidays, counted ones with their ordinal, but not opening hours on them', () => {
    expect(dates('pasient: han døde tredje juledag i fjor.')).toEqual(['tredje juledag']);
    expect(dates('pasient: eg datt natt til andre påskedag.')).toEqual(['andre påskedag']);
    expect(dates('Fikk brystsmerter julaften.')).toEqual(['julaften']);
    expect(dates('Legekontoret er stengt julaften og nyttårsaften.')).toEqual([]);
    expect(dates('Han har vondt i juledagene.')).toEqual([]);
  });

  it('takes the ordinal said before "nyttårsdag" into the holiday', () => {
    expect(dates('pasient: det begynte første nyttårsdag, jeg husker det.')).toEqual([
      'første nyttårsdag',
    ]);
    // Counter-example: an ordinal before another named day is no part of it.
    expect(dates('lege: første julaften hjemme gikk fint.')).toEqual(['julaften']);
  });

  it('finds a year said in two digits after a holiday, with or without "i", as its own span', () => {
    expect(dates('pasient: jeg ble operert første pinsedag i nittifire, husker det godt.')).toEqual(
      ['første pinsedag', 'nittifire'],
    );
    expect(dates('pasient: han døde julaften åttisju.')).toEqual(['julaften', 'åttisju']);
    // A count or a span of years after the holiday is no year.
    expect(dates('pasient: julaften i fjor var vi hjemme.')).toEqual(['julaften']);
    expect(dates('pasient: første juledag i tjue år har vi vært hos mor.')).toEqual([
      'første juledag',
    ]);
    expect(dates('pasient: julaften i tjue minutter var jeg ute.')).toEqual(['julaften']);
  });

  it('finds a year said in two digits after a month as a span of its own, not a count', () => {
    expect(dates('pasient: æ va innlagt i oktober tjuetre med det.')).toEqual([
      'oktober',
      'tjuetre',
    ]);
    expect(dates('Fra mai tjue pasienter på venteliste.')).toEqual(['mai']);
    expect(dates('I mars tjue to dager på rad.')).toEqual(['mars']);
  });
  it('takes no check named by a week of pregnancy, nor a week in a text about a pregnancy, for a date', () => {
    expect(dates('Kommer til uke 32-kontroll hos fastlegen.')).toEqual([]);
    expect(
      dates(
        'Førstegangsgravid, følges hos jordmor. Blodtrykket er fint. Ny time i uke 30, deretter uke 34 og uke 38.',
      ),
    ).toEqual([]);
    expect(dates('Ferie i uke 30, deretter ny time.')).toEqual(['uke 30']);
  });

  it('keeps months alone in recommendations and in what comes back every season or night', () => {
    expect(dates('Vaksinen anbefales fra september til desember.')).toEqual([]);
    expect(dates('Om høsten, særlig i oktober, blir eksemet verre.')).toEqual([]);
    expect(dates('Hun sover dårlig i juni fordi det er lyst om natta.')).toEqual([]);
    expect(dates('Det er vanlig at plagene letter i april.')).toEqual([]);
    expect(dates('Hun ble operert i april og har hatt smerter siden.')).toEqual(['april']);
  });

  it('keeps months alone in timetables, spans of months and statements about many people', () => {
    // A timetable: plural weekdays, "kvar/annenhver", and the sentence after a timetable.
    expect(dates('Blodprøver tas tirsdager og torsdager, men ikke i juli.')).toEqual([]);
    expect(dates('Pasientar med diabetes vert kalla inn kvart år i mars.')).toEqual([]);
    expect(dates('Gruppa møtes fredager kl. 11 i salen. I juni flyttes treningen ut.')).toEqual([]);
    expect(dates('Legen har visitt tirsdager kl. 10 og er borte i juli.')).toEqual([]);
    // A span of months with no person and no past event in the sentence.
    expect(dates('Sett på refleks fra oktober til mars.')).toEqual([]);
    expect(dates('Varmebølger i juli og august gir risiko for dehydrering.')).toEqual([]);
    expect(dates('Det er ikke kurs i juni, juli og august.')).toEqual([]);
    // A generic subject opens the sentence; a month compared with the others.
    expect(dates('Mange får vinterdepresjon fra november.')).toEqual([]);
    expect(dates('Kommunen tilbyr ferieavløsning i juli.')).toEqual([]);
    expect(dates('Ho har mest plager i april.')).toEqual([]);
    // Many people or a course anywhere in the sentence; a heading's colon and a slash of months.
    expect(dates('Det er mørkt i desember, og mange blir slitne.')).toEqual([]);
    expect(dates('Neste kurs starter i september.')).toEqual([]);
    expect(dates('Pollensesong: mai/juni for bjørk, juni/juli for gress.')).toEqual([]);
    expect(dates('Om vinteren (nov.–mars) faller flere eldre.')).toEqual([]);
  });

  it('still replaces a month that dates one person or a past event', () => {
    expect(dates('Hun var sykmeldt fra mars til mai.')).toEqual(['mars', 'mai']);
    expect(dates('Innlagt i juni og juli med pneumoni.')).toEqual(['juni', 'juli']);
    expect(dates('Han fikk hjerteinfarkt i februar.')).toEqual(['februar']);
    expect(dates('Hun fødte i august og har sovet lite etterpå.')).toEqual(['august']);
    expect(dates('Trener tirsdager og torsdager. Hun ble operert i mai.')).toEqual(['mai']);
    expect(dates('Han var mest plaget i mars.')).toEqual(['mars']);
    expect(dates('Henvist til kurs i mars etter hjerteinfarktet.')).toEqual(['mars']);
    expect(dates('Innlagt: mai/juni med pneumoni.')).toEqual(['mai', 'juni']);
  });

  it("keeps a day of the year that comes back every year, but not one person's date", () => {
    expect(dates('Legevakten har ekstra bemanning 17. mai og nyttårsaften.')).toEqual([]);
    expect(dates('Legekontoret er stengt 24. desember og 31. desember.')).toEqual([]);
    expect(dates('Influensavaksinen tilbys fra 1. oktober hvert år.')).toEqual([]);
    expect(dates('Hun ble innlagt 17. mai, som vanlig travelt.')).toEqual(['17. mai']);
    expect(dates('Kontroll 3. mars, deretter årlig.')).toEqual(['3. mars']);
    expect(dates('Stengt 24. desember 2025.')).toEqual(['24. desember 2025']);
    expect(dates('Lønn utbetales den 20. hver måned.')).toEqual([]);
    expect(dates('Julaften og nyttårsaften er legevakten travel.')).toEqual([]);
    expect(dates('Beboerne får pinnekjøtt på julaften.')).toEqual([]);
    expect(dates('Statistikken viser flest fall i januar.')).toEqual([]);
    expect(dates('Hun kom hjem julaften og nyttårsaften.')).toEqual(['julaften', 'nyttårsaften']);
  });
});

describe('a short slash date after a clinical event word', () => {
  it('finds "3/4" after "innlagt", "operert", "født" though it could be a fraction', () => {
    expect(dates('Innlagt 3/4.')).toEqual(['3/4']);
    expect(dates('Operert 3/4 med osteosyntese, henvist 1/2 til ortoped.')).toEqual(['3/4', '1/2']);
    expect(dates('Født 1/4 til termin.')).toEqual(['1/4']);
  });

  it('keeps fractions and scores that are no event as non-dates', () => {
    expect(dates('CAGE 3/4 ved innkomst.')).toEqual([]);
    expect(dates('Hun har spist 3/4 av porsjonen.')).toEqual([]);
    expect(dates('Operert 3/4 av pasientene uten komplikasjoner.')).toEqual([]);
  });
});

describe('the week of a numbered study visit (s33d)', () => {
  it('is no calendar week: «Besøk 3 (uke 2)»', () => {
    expect(dates('Besøk 3 (uke 2), besøk 4 (uke 4) og besøk 5 (uke 12): blodprøver.')).toEqual([]);
  });
  it('is still a calendar week without a series of numbered visits', () => {
    expect(dates('Kontroll i uke 9.')).toEqual(['uke 9']);
    expect(dates('Besøk 2 (uke 30) ble avlyst.')).toEqual(['uke 30']);
    expect(dates('Han kommer tilbake (uke 14) etter ferien.')).toEqual(['uke 14']);
  });
});

describe('a month in a decision about a service (s33d)', () => {
  it('is no date: «Ekstra lege på vakt fra januar er vedtatt», «Ny rutine innføres fra mars»', () => {
    expect(dates('Ekstra lege på vakt fredag og lørdag kveld fra januar er vedtatt.')).toEqual([]);
    expect(dates('Ny rutine innføres fra mars.')).toEqual([]);
  });
  it("is still a date in a decision about one person's care", () => {
    expect(dates('Hun fikk vedtatt hjemmesykepleie fra januar.')).toEqual(['januar']);
  });
});

describe('a spoken year after a holiday, before a verb (s33r)', () => {
  it('finds «andre juledag i åttifire fikk hun», «julaften syttiseks døde han»', () => {
    expect(dates('pasient: andre juledag i åttifire fikk hun slag.')).toEqual([
      'andre juledag',
      'åttifire',
    ]);
    expect(dates('pasient: julaften syttiseks døde faren.')).toEqual(['julaften', 'syttiseks']);
    expect(dates('pasient: første pinsedag i tjuetre kom vi hjem.')).toEqual([
      'første pinsedag',
      'tjuetre',
    ]);
  });
  it('still leaves a count before its noun: «julaften i tjueto minutter», «tjuefire timer»', () => {
    expect(dates('pasient: julaften i tjueto minutter var jeg ute.')).toEqual(['julaften']);
    expect(dates('pasient: første juledag i tjuefire timer sov han.')).toEqual(['første juledag']);
  });
});
