/*
 * Session 28k: defects found on the session 28 dev cases, each on fresh synthetic text (not the
 * shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  draftLines,
  sectionText as section,
} from './testing/draft-lines.js';

describe("Kontaktårsak when the patient opens with a relative's illness", () => {
  it.each([
    [
      'in the same turn',
      [
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        [
          'pasient',
          'Kona har hatt feber og hoste i fire dager. Nå har jeg også fått vondt i halsen, siden i går.',
        ],
      ],
      /halsen/u,
    ],
    [
      'in the next answer',
      [
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Dattera mi har hatt omgangssyke hele uka.'],
        ['lege', 'Og du da?'],
        ['pasient', 'Jeg har fått diaré og magesmerter siden i går.'],
      ],
      /diaré|magesmerter/u,
    ],
  ] as const)("heads the note with the patient's own complaint told %s", async (_, lines, own) => {
    const output = await draft(lines);
    const reason = section(output, 'kontaktarsak');
    expect(reason).toMatch(own);
    expect(reason).not.toMatch(/[Kk]ona|[Dd]atter|omgangssyke|feber og hoste/u);
    // Nothing is dropped: the relative's illness stays in the note.
    expect(allText(output)).toMatch(/omgangssyke|feber og hoste/u);
  });

  it("keeps the child's complaint told by a parent as the reason", async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe dere med?'],
      ['pårørende', 'Datteren min har hatt feber og vondt i øret i tre døgn.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/feber|øret/u);
  });
});

describe('a referral that confirms a diagnosis', () => {
  it('keeps the question to the specialist when the referral says «for å bekrefte diagnosen»', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Eg har hatt diaré i to månader og gått ned tre kilo.'],
      ['lege', 'Blodprøvene viser at transglutaminase-antistoff er 86, klart forhøyet.'],
      [
        'lege',
        'Prøvene tyder på cøliaki, så jeg henviser deg til gastromedisinsk poliklinikk for gastroskopi med biopsier for å bekrefte diagnosen.',
      ],
    ]);
    const question = section(output, 'problemstilling');
    expect(question).toMatch(/cøliaki/iu);
    expect(question).toMatch(/gastroskopi/u);
  });

  it('still leaves out confirming the identity', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Kan du bekrefte fødselsdatoen din først?'],
      ['pasient', 'Eg har hatt diaré i to månader.'],
      ['lege', 'Da vil jeg bekrefte adressen din og telefonnummeret.'],
    ]);
    expect(allText(output)).not.toMatch(/bekrefte|adressen/u);
  });
});

describe('a reason for a drug choice that carries safety-critical content', () => {
  it('keeps the allergy and the drug given when «Fordi du er allergisk …» opens the sentence', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i halsen og feber i fire dager.'],
      ['lege', 'Mandlene er røde og hovne, med belegg.'],
      [
        'lege',
        'Fordi du er allergisk mot penicillin, fikk du Dalacin intravenøst i stedet, og væske.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/penicillin/iu);
    expect(text).toMatch(/allergi|CAVE/iu);
    expect(text).toMatch(/Dalacin/u);
  });

  it('keeps the allergy in an epikrise told as the reason for the antibiotic', async () => {
    const output = await draftLines('epikrise', [
      ['lege', 'Du ble lagt inn for tre dager siden med feber og hoste.'],
      ['lege', 'Røntgen viste lungebetennelse.'],
      ['lege', 'Fordi du tåler ikke penicillin, fikk du erytromycin intravenøst.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/penicillin/iu);
    expect(text).toMatch(/erytromycin/iu);
  });

  it('still drops a reason that only compares drugs', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg svir når jeg tisser, og det har vart i to dager.'],
      ['lege', 'Urinstix viser nitritt og leukocytter.'],
      ['lege', 'Jeg skriver ut Selexid 200 milligram tre ganger daglig i tre dager.'],
      ['lege', 'Fordi det virker godt på blæra og er et smalt middel.'],
    ]);
    expect(allText(output)).not.toMatch(/smalt middel/u);
  });
});

describe('a bacterial species with an abbreviated genus', () => {
  it.each(['E. coli', 'S. aureus', 'H. pylori', 'C. difficile', 'Strep. pyogenes'])(
    'keeps «%s» whole in a finding',
    async (species) => {
      const output = await draft([
        ['lege', 'Hva gjelder det?'],
        ['pasient', 'Jeg har hatt diaré og feber i fem dager.'],
        ['lege', `Prøven du tok i forrige uke viste ${species} i avføringen, og CRP er 60.`],
      ]);
      expect(allText(output)).toContain(species);
    },
  );
});

describe('drug names in a dialect sentence', () => {
  it.each(['Imovane', 'Truxal', 'Cipramil', 'Lyrica'])(
    'keeps «%s» as said while the dialect around it is normalised',
    async (drug) => {
      const output = await draft([
        ['lege', 'Hva gjelder det?'],
        ['pasient', `Æ har itje sovi på tre veka, og æ har brukt ${drug} som æ fekk av legen.`],
        ['lege', `Eg skriv ut ${drug} ved behov i to veker, og du tek ikkje Stilnoct.`],
      ]);
      const text = allText(output);
      expect(text).toContain(drug);
      expect(text).not.toMatch(new RegExp(`${drug.slice(0, -3)}ene`, 'u'));
    },
  );

  it('keeps a capitalised name inside a nynorsk sentence', async () => {
    const output = await draft([
      ['lege', 'Kva gjeld det?'],
      ['pasient', 'Eg har hatt vondt i ryggen i to veker etter at eg bar Trondane sine ting.'],
    ]);
    expect(allText(output)).not.toMatch(/Trondene/u);
  });
});
