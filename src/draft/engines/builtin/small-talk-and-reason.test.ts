import { describe, expect, it } from 'vitest';
import { writeNumbersAsDigits } from '../../language/norwegian-numbers.js';
import { toNominalReason } from './create-builtin-drafter.js';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('small talk and the reason for contact', () => {
  it('leaves the weather and the dog out and writes the check-up as Kontaktårsak', async () => {
    const output = await draftJournalNote([
      ['lege', 'Velkommen inn. For et vær i dag, da.'],
      ['pasient', 'Ja, det har snødd siden i går, og bussen var sen.'],
      ['lege', 'Ja, det har vært grått lenge. Hvordan går det med katten?'],
      ['pasient', 'Hun sover mest, hun.'],
      ['lege', 'Du skulle komme til kontroll av stoffskiftet. Hvordan har du det?'],
      ['pasient', 'Jeg er mindre trøtt enn sist, og jeg fryser ikke lenger.'],
    ]);
    expect(allText(output)).not.toMatch(/grått|snødd|katten|vær/iu);
    expect(sectionText(output, 'kontaktarsak')).toMatch(
      /^Kontroll av thyreoidea|^Kontroll av stoffskiftet/u,
    );
  });

  it('leaves out the answer to a question about something else before the opening question', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, Jonas. Fikk du parkert greit i dag?'],
      [
        'pasient',
        'Ja, etter hvert. Det var helt fullt nede ved butikken, så jeg kjørte rundt to ganger.',
      ],
      ['lege', 'Ja, det er ikke lett. Men hva er det som bringer deg hit?'],
      ['pasient', 'Venstre øye har vært rødt og vondt siden i går morges.'],
    ]);
    expect(allText(output)).not.toMatch(/butikken|2 ganger/u);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/øye/u);
  });

  it('reads the nynorsk "Fortel." as the opening, so a story about fishing stays out', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, Øystein. Korleis gjekk fisket i sommar?'],
      ['pasient', 'Vi fekk ein laks på seks kilo. Men no er det ryggen.'],
      ['lege', 'Fortel.'],
      [
        'pasient',
        'Eg løfta ein båtmotor for ti dagar sidan, og sidan har eg hatt vondt i korsryggen.',
      ],
    ]);
    expect(allText(output)).not.toMatch(/laks|6 kg/u);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/rygg/u);
  });

  it('keeps what a relative tells in answer to who she is', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, Solveig, og du er datteren?'],
      ['pårørende', 'Ja, jeg heter Kari. Mamma har vært så slapp de siste ukene, og hun er blek.'],
      ['lege', 'Hvordan har du det selv, Solveig?'],
      ['pasient', 'Eg er så trøytt. Eg blir andpusten i trappa.'],
    ]);
    expect(allText(output)).toMatch(/slapp/u);
  });

  it('writes «Jeg har fått svar på blodprøvene dine» as the reason, and leaves out having read them', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei. Jeg har fått svar på blodprøvene dine. Langtidsblodsukkeret er femtiåtte.'],
      ['pasient', 'Er det farlig?'],
      ['lege', 'Eg har sett på prøvane frå fastlegen. GT er hundre og tjue.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toBe('Svar på blodprøver.');
    expect(allText(output)).not.toMatch(/sett på prøvene/u);
    expect(allText(output)).toMatch(/GT 120|GT er 120/u);
  });

  it('names the visit for test results as a noun phrase', () => {
    expect(toNominalReason('Kontroll: var her for blodprøvene, og nå har svarene kommet.')).toBe(
      'Svar på blodprøver.',
    );
    expect(toNominalReason('Skal komme til oppfølging av astmaen.')).toBe('Oppfølging av astmaen.');
    expect(toNominalReason('Vondt i kneet i 2 uker.')).toBe('Vondt i kneet i 2 uker.');
  });

  it('names a visit the GP sent the patient to as a referral', () => {
    expect(toNominalReason('Fastlegen sende pas.')).toBe('Henvist fra fastlege.');
    expect(toNominalReason('Fastlegen sendte pas. hit.')).toBe('Henvist fra fastlege.');
    expect(toNominalReason('Fastlegen sendte pas. hit med brystsmerter.')).toBe(
      'Fastlegen sendte pas. hit med brystsmerter.',
    );
  });
});

describe('blood pressure said with a hyphen', () => {
  it('reads "hundre og femti over nitti-to" as 150/92, never as 90 and 2', async () => {
    expect(writeNumbersAsDigits('hundre og femti over nitti-to')).toBe('150 over 92');
    const output = await draftJournalNote([
      ['lege', 'Har du målt blodtrykket hjemme?'],
      ['pasient', 'Ja, det har ligget på hundre og femti over nitti-to.'],
      ['lege', 'Da måler jeg. Blodtrykket er hundre og femti over nitti-to, puls syttifire.'],
    ]);
    expect(allText(output)).not.toMatch(/90-2|\/90/u);
    expect(sectionText(output, 'funn')).toMatch(/BT 150\/92/u);
  });
});

describe('an announced explanation', () => {
  it('leaves out every sentence of it, also one naming a drug or a lab test, and keeps the dose', async () => {
    const output = await draftJournalNote([
      ['pasient', 'Jeg har så mye halsbrann om kveldene, i over en måned nå.'],
      [
        'lege',
        'Jeg skal forklare litt om dette. Magesekken lager syre, og ringmuskelen øverst lukker seg ikke helt. Omeprazol demper syreproduksjonen, og Hb forteller oss om du blør. Vi starter med Omeprazol tjue milligram hver morgen i fire uker.',
      ],
    ]);
    const plan = sectionText(output, 'tiltak');
    expect(plan).toMatch(/Omeprazol 20 mg/u);
    expect(allText(output)).not.toMatch(/ringmuskel|demper syreproduksjonen|forteller oss/iu);
  });
});

describe('a nurse answering for the patient', () => {
  it('writes her denial as the patient’s negatives and her report as the history', async () => {
    const output = await draftJournalNote([
      ['lege', 'God morgen. Jeg er tilsynslegen.'],
      ['sykepleier', 'Han har hostet mer de siste to dagene og spist dårlig.'],
      ['lege', 'Har han hatt vondt i brystet, eller virket tungpusten?'],
      ['sykepleier', 'Nei, ikke noe av det.'],
      ['lege', 'Lungene har knatrelyder basalt høyre side. Metning nittitre prosent.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(/Ikke brystsmerter|Ingen brystsmerter/u);
    expect(history).toMatch(/(?:Ingen|Ikke)[^.]*(?:dyspné|tungpust)/u);
    expect(sectionText(output, 'funn')).not.toMatch(/brystsmerter|dyspné/u);
  });
});

describe('session 18: dialect small talk and the clinician explaining in dialect', () => {
  it('leaves out the drive, the dog in the car and the football, said in dialect', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, Randi. Korleis gjekk turen over fjellet i dag?'],
      ['pårørende', 'Fin den, men vegen var glatt. Bikkja sitt ute i bilen og ventar.'],
      ['lege', 'Så du Molde i går, forresten?'],
      ['pasient', 'Å ja, eg heiv meg rundt i sofaen heile andre omgang.'],
      ['lege', 'Kva er det som plagar deg?'],
      ['pasient', 'Eg har hatt hoste og feber i fem dagar.'],
    ]);
    expect(allText(output)).not.toMatch(/fjellet|glatt|bilen|sofaen|omgang/iu);
    expect(allText(output)).toMatch(/feber/u);
  });

  it('drops "Det er sånn at …" and "Det vi veit er at …" and keeps the prescription after them', async () => {
    const output = await draftJournalNote([
      ['lege', 'Kva gjeld det i dag?'],
      ['pasient', 'Eg har svie når eg tissar, sidan i går.'],
      [
        'lege',
        'Det er sånn at bakteriane kjem seg opp i blæra, og då blir slimhinna irritert. Det vi veit er at dei aller fleste blir friske på nokre dagar med medisin.',
      ],
      ['lege', 'Du får Selexid, fire hundre milligram tre gongar dagleg i tre dagar.'],
    ]);
    expect(allText(output)).not.toMatch(/slimhinna|bakterie|friske/iu);
    expect(sectionText(output, 'tiltak')).toMatch(/Selexid 400 mg/u);
  });

  it('leaves "Eg har undersøkt kneet." out of Anamnese and keeps the finding after it', async () => {
    const output = await draftJournalNote([
      ['lege', 'Kva er problemet?'],
      ['pasient', 'Kneet hovnar opp når eg går i trapper.'],
      ['lege', 'Eg har undersøkt kneet. Det er væske i leddet og ømt medialt.'],
    ]);
    expect(sectionText(output, 'anamnese')).not.toMatch(/undersøkt/u);
    expect(sectionText(output, 'funn')).toMatch(/^Væske/u);
  });

  it('reads the nurse\'s "Dette er Hallvard, 52 år, …" as the reason, not as an assessment', async () => {
    const output = await draftJournalNote([
      [
        'sykepleier',
        'Dette er Hallvard, femtito år, han har kutta seg i venstre tommel med tapetkniv i kveld.',
      ],
      ['lege', 'Hei. Blør det fortsatt?'],
      ['pasient', 'Nei, det har stoppa no.'],
    ]);
    expect(sectionText(output, 'vurdering')).not.toMatch(/Hallvard|kutta|tommel/u);
    expect(allText(output)).toMatch(/tommel/u);
  });

  it('keeps "Du blir kalla inn til …" after the decision in Tiltak', async () => {
    const output = await draftJournalNote([
      ['lege', 'Kva gjeld det?'],
      ['pasient', 'Hofta er så vond at eg ikkje klarar å gå til butikken lenger.'],
      [
        'lege',
        'Eg set deg opp på venteliste for hofteprotese. Du blir kalla inn til preoperativ poliklinikk først.',
      ],
    ]);
    expect(sectionText(output, 'tiltak')).toMatch(/venteliste/u);
    expect(sectionText(output, 'tiltak')).toMatch(/preoperativ poliklinikk/u);
  });
});
