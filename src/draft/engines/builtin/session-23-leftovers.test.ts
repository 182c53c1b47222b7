/*
 * Session 23 of issue 12: leftover defects of the builtin drafter, each on fresh synthetic text
 * (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('session 23 leftovers', () => {
  it('writes a denied family history as "Ingen … i familien"', async () => {
    const output = await draft([
      ['lege', 'Kva er problemet i dag?'],
      ['pasient', 'Eg har fått vondt og hovent kne.'],
      ['lege', 'Har nokon i familien hatt blodpropp?'],
      ['pasient', 'Nei, ingen i familien har hatt blodpropp.'],
      ['lege', 'Er det leddgikt i familien?'],
      ['pasient', 'Nei, det er det ikkje.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toContain('Ingen blodpropp i familien.');
    expect(history).toContain('Ingen leddgikt i familien.');
    expect(history).not.toMatch(/Noen har ikke/u);
  });

  it('keeps "bipolar" as the word (never "bipoler") in nynorsk', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har vore så nedstemt sidan jul.'],
      ['lege', 'Du har ei kjend liding frå før?'],
      ['pasient', 'Eg har bipolar liding, sidan eg var tjue.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/bipolar lidelse/u);
    expect(history).not.toMatch(/bipoler/u);
  });

  it('reads "Ventolinen" as the salbutamol inhaler it is', async () => {
    const output = await draft([
      ['lege', 'Kva gjeld det?'],
      ['pasient', 'Eg blir så tung i pusten når eg spring.'],
      ['lege', 'Kva medisinar brukar du?'],
      ['pasient', 'Ventolinen, to drag før trening.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ventolin/u);
  });
});

describe('one statement per fact', () => {
  it('says a weight loss confirmed by the relative and the patient once', async () => {
    const output = await draft([
      ['lege', 'Kva skjedde?'],
      ['pasient', 'Eg har hosta sidan sommaren og gått ned ti kilo.'],
      ['lege', 'Ti kilo?'],
      ['pårørende', 'Ja, ti kilo. Han har ikkje hatt matlyst.'],
      ['pasient', 'Ja, ja. Ti kilo, ja.'],
    ]);
    const note = output.sections
      .flatMap((part) => part.sentences.map((line) => line.text))
      .join(' ');
    expect(note.match(/10 kg/gu)).toHaveLength(1);
    expect(note).toMatch(/matlyst/u);
  });
});

describe('a relative taking back a hedged no', () => {
  it('writes the allergy the daughter remembers, never "Trolig ikke allergisk"', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har hatt feber og hoste i fire dagar.'],
      ['lege', 'Er du allergisk mot nokon medisinar?'],
      ['pasient', 'Nei, eg trur ikkje det.'],
      ['pårørende', 'Jo, du fekk utslett av penicillin den gongen du hadde halsbetennelse.'],
      ['pasient', 'Å ja, det er sant.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/CAVE penicillin \(utslett\)/u);
    expect(history).not.toMatch(/(?:Trolig|Ingen|Ikke)[^.]*allerg/u);
  });
});

describe('"Ja, eller nei, vent" corrections', () => {
  it('keeps only the corrected dose', async () => {
    const output = await draft([
      ['lege', 'Kva er bakgrunnen for timen?'],
      ['pasient', 'Eg har vore langt nede sidan hausten.'],
      ['lege', 'Kor mykje Lithionit tek du?'],
      ['pasient', 'To tablettar om kvelden. Ja, eller nei, vent, det vart auka til tre i sommar.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/3 tablett/u);
    expect(history).not.toMatch(/2 tablett/u);
  });

  it('joins a taking back that points back («den …») to what it takes back, without the marker', async () => {
    const output = await draft([
      ['lege', 'Kva gjeld det i dag?'],
      ['pasient', 'Eg har blitt meir tung i pusten.'],
      ['lege', 'Kva inhalatorar har du?'],
      [
        'pårørende',
        'Du har jo Seretide. Ja, eller nei, vent, den slutta du med i sommar fordi du fekk sopp i munnen.',
      ],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Seretide, men den sluttet pas\. med i sommar/u);
    expect(history).not.toMatch(/eller nei|vent/u);
  });

  it('writes any other taking back without a value as its own sentence, without the marker', async () => {
    const output = await draft([
      ['lege', 'Kva gjeld det i dag?'],
      ['pasient', 'Eg har blitt meir tung i pusten.'],
      ['lege', 'Kva inhalatorar har du?'],
      [
        'pårørende',
        'Du har jo Seretide. Ja, eller nei, vent, Seretide slutta du med i sommar fordi du fekk sopp i munnen.',
      ],
    ]);
    const history = section(output, 'anamnese');
    // (The statement it takes back goes: the correction says all of it and more.)
    expect(history).toMatch(/seretide sluttet pas\. med i sommar/iu);
    expect(history).not.toMatch(/har Seretide|eller nei|vent|, men/u);
  });
});

describe('values and sputum said the short way', () => {
  it('writes a blood pressure read out in digits and again in words once', async () => {
    const output = await draft([
      ['lege', 'Kva gjeld det?'],
      ['pasient', 'Eg skal sjekke blodtrykket.'],
      ['lege', 'Blodtrykket er BT 162/94, altså hundre og sekstito over nittifire.'],
    ]);
    expect(section(output, 'funn')).toBe('BT 162/94.');
  });

  it('writes "ikke hemoptyse" for sputum "men ikkje blod", and leaves urine alone', async () => {
    const output = await draft([
      ['lege', 'Kva gjeld det?'],
      ['pasient', 'Eg har hosta i to veker.'],
      ['lege', 'Hostar du opp noko?'],
      ['pasient', 'Litt gult slim om morgonen, men ikkje blod.'],
      ['lege', 'Og urinen?'],
      ['pasient', 'Han er mørk, men ikkje blod.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/slim om morgenen, ikke hemoptyse\./u);
    expect(history).not.toMatch(/Mørk[^.]*hemoptyse/u);
  });
});

describe('announcements and tags a note leaves out', () => {
  it('writes the x-ray result, not that an x-ray is being taken', async () => {
    const output = await draft([
      ['lege', 'Kva skjedde?'],
      ['pasient', 'Eg datt på sykkelen og slo handa.'],
      ['lege', 'Vi tar et røntgenbilde nå.'],
      ['lege', 'Har sett røntgenbildet. Det viser et brudd i håndleddet.'],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toMatch(/brudd i håndleddet/u);
    expect(findings).not.toMatch(/Tar et røntgenbilde/u);
  });

  it('drops the pronoun said after a fact as a tag («Ja, ti om dagen, han.»)', async () => {
    const output = await draft([
      ['lege', 'Kva skjedde?'],
      ['pasient', 'Eg har hosta i fire veker.'],
      ['lege', 'Røyker du?'],
      ['pasient', 'Ja, ti om dagen, han.'],
    ]);
    expect(section(output, 'anamnese')).not.toMatch(/, han\./u);
  });
});
