/*
 * Session 26: the drafter rules of that session, each on fresh synthetic text (not the shared
 * cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  draftLines,
  sectionText as section,
} from './testing/draft-lines.js';

describe("the clinician's impression said in lay words", () => {
  it('writes «Dette høres ut som …» as «Trolig …» in Vurdering, not in Funn', async () => {
    const output = await draft([
      ['lege', 'Hvordan sover du?'],
      ['pasient', 'Jeg er trøtt hele dagen, og kona sier jeg slutter å puste om natta.'],
      ['lege', 'Halsomkretsen er førtiseks centimeter. Svelget er trangt.'],
      ['lege', 'Dette høres ut som søvnapné, altså pustestopp under søvn.'],
    ]);
    expect(section(output, 'vurdering')).toMatch(/^Trolig søvnapné/u);
    expect(section(output, 'funn')).not.toMatch(/søvnapné/u);
    expect(allText(output)).not.toMatch(/høres ut som/u);
  });

  it('writes «og jeg tror ikke det er noe farlig» as «ikke noe farlig», never «ikke det er»', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Hjertet hopper over et slag om kvelden.'],
      ['lege', 'EKG viser sinusrytme.'],
      ['lege', 'Dette høres ut som ekstraslag, og jeg tror ikke det er noe farlig.'],
    ]);
    expect(section(output, 'vurdering')).toBe('Trolig ekstraslag, ikke noe farlig.');
    expect(allText(output)).not.toMatch(/ikke det er/u);
  });
});

describe('an announced explanation to the patient', () => {
  it('leaves out what follows «La meg forklare.» and keeps the decision after it', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Hjertet hopper over et slag om kvelden.'],
      ['lege', 'EKG viser sinusrytme.'],
      [
        'lege',
        'Dette høres ut som ekstraslag. La meg forklare. Hjertet har et eget elektrisk system, og av og til kommer et slag for tidlig.',
      ],
      ['lege', 'Jeg tar blodprøver, TSH og Hb.'],
    ]);
    expect(allText(output)).not.toMatch(/elektrisk system/u);
    expect(section(output, 'tiltak')).toMatch(/TSH og Hb/u);
  });

  it('leaves out «Medisinen jeg gir deg nå stopper …» and keeps the prescription', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Det svir bak brystbeinet etter maten.'],
      ['lege', 'Magen er myk og uøm.'],
      [
        'lege',
        'Dette høres ut som refluks. Jeg skal forklare. Medisinen jeg gir deg nå stopper syreproduksjonen i magen, så spiserøret får ro.',
      ],
      ['lege', 'Du får Somac førti milligram én gang daglig i fire uker.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).not.toMatch(/syreproduksjonen/u);
    expect(plan).toMatch(/Somac 40 mg/u);
  });
});

describe("a relative's own illness", () => {
  it('keeps «Mor har astma» and leaves out what it means to her («så jeg blir redd …»)', async () => {
    const output = await draft([
      ['lege', 'Hei, er du mamma?'],
      ['pårørende', 'Ja. Han har hostet og pepet i tre dager.'],
      ['lege', 'Har noen i familien astma?'],
      ['pårørende', 'Jeg har astma selv, så jeg blir redd når han piper.'],
      ['lege', 'Lungene: litt piping bilateralt.'],
    ]);
    expect(section(output, 'anamnese')).toBe('Mor har astma selv.');
  });

  it("leaves out «men det er ikke det vi er her for» after the relative's illness", async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pårørende', 'Han snorker og slutter å puste om natta.'],
      ['pårørende', 'Jeg har forresten selv astma, men det er jo ikke det vi er her for.'],
      ['lege', 'Svelget er trangt.'],
    ]);
    expect(allText(output)).toMatch(/selv astma\./u);
    expect(allText(output)).not.toMatch(/her for/u);
  });
});

describe("a relative's own illness with a clause about the patient", () => {
  it("keeps the missed inhaler after «Jeg har astma selv, men …» as the patient's", async () => {
    const output = await draft([
      ['lege', 'Hei, er du mamma?'],
      ['pårørende', 'Ja. Han har hostet og pepet i tre dager.'],
      ['lege', 'Har noen i familien astma?'],
      ['pårørende', 'Jeg har astma selv, men han har ikke tatt inhalatoren sin på en uke.'],
      ['lege', 'Lungene: litt piping bilateralt.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Mor har astma selv\. Har ikke tatt inhalatoren sin på 1 uke\./u);
  });

  it("keeps the patient's smoking after «Mannen min har KOLS, så …»", async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hostet hele vinteren.'],
      ['lege', 'Noen sykdommer i familien?'],
      ['pasient', 'Mannen min har KOLS, så jeg sluttet å røyke i fjor.'],
    ]);
    expect(allText(output)).toMatch(/Ektemann har KOLS\. Sluttet å røyke i fjor\./u);
  });
});

describe('Kontaktårsak is why the patient came', () => {
  it('is never the answer to «Hvilke medisiner bruker du?»', async () => {
    const output = await draft([
      ['lege', 'Hvilke medisiner bruker du?'],
      ['pasient', 'Amlodipin fem milligram og Lipitor tjue.'],
      ['lege', 'Noe annet?'],
      ['pasient', 'Jeg har hatt vondt i hodet i to uker.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Vondt i hodet i 2 uker.');
    expect(section(output, 'anamnese')).toMatch(/Amlodipin 5 mg/u);
  });

  it('is never a denial answered to a question («Klager ikke over …»)', async () => {
    const output = await draft([
      ['lege', 'Gjør det vondt, eller ser hun dårlig?'],
      ['pårørende', 'Hun klager ikke over at det gjør vondt.'],
      ['lege', 'Noe annet?'],
      ['pårørende', 'Hun har hatt puss fra øynene siden i går.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Puss fra øynene siden i går.');
    expect(section(output, 'kontaktarsak')).not.toMatch(/ikke/u);
  });
});

describe('the next visit', () => {
  it('writes «… og vi ses igjen om fire uker med svarene» as «…, og kontroll om 4 uker med svarene.»', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vært svimmel i en uke.'],
      ['lege', 'Blodtrykket er hundre og tjue over åtti.'],
      ['lege', 'Jeg tar blodprøver, og vi ses igjen om fire uker med svarene.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(/Blodprøver, og kontroll om 4 uker med svarene\./u);
    expect(allText(output)).not.toMatch(/[Ss]es igjen/u);
  });
});

describe('the story told around the reason for contact', () => {
  it('leaves the cabin trip out of «Årsak og problemstilling» and keeps when it began', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva er det som plager deg?'],
      [
        'pasient',
        'Det begynte i sommer, vi var på hytta på fjellet og skulle bære inn ved, og så vrei jeg kneet.',
      ],
      ['lege', 'McMurray er positiv medialt.'],
      ['lege', 'Jeg henviser deg til ortoped for vurdering av artroskopi.'],
    ]);
    const reason = section(output, 'problemstilling');
    expect(reason).toMatch(/begynte i sommer/u);
    expect(reason).not.toMatch(/hytta/u);
  });
});

describe("a spouse's illness told by the patient", () => {
  it('keeps «Ektemannen har KOLS» and leaves out «så har vært redd for lungene»', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hostet hele vinteren.'],
      ['lege', 'Noen sykdommer i familien?'],
      ['pasient', 'Ektemannen min har KOLS, så jeg har vært redd for lungene.'],
    ]);
    expect(allText(output)).toMatch(/Ektemannen har KOLS\./u);
    expect(allText(output)).not.toMatch(/redd for lungene/u);
  });
});
