import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('the decision stays, the explanation around it goes', () => {
  const consultation = [
    ['lege', 'Hva gjelder det?'],
    ['pasient', 'Jeg har fått kløende, skjellende flekker på leggene som ikke går over.'],
    ['lege', 'Jeg undersøker huden. Det er velavgrensede, skjellende plakk på begge legger.'],
    ['lege', 'Dette er psoriasis, og krem alene er ikke nok.'],
    ['pasient', 'Er medisinen farlig for nyrene?'],
    [
      'lege',
      'Den kan påvirke nyrene, og det er derfor vi tar blodprøver. Det går som regel over på noen uker med behandling. Blodprøver hver fjortende dag de første to månedene. Kontroll om tre måneder.',
    ],
  ] as const;

  it('keeps «ikke nok», which says the opposite without «nok»', async () => {
    const output = await draftJournalNote(consultation);
    expect(sectionText(output, 'vurdering')).toMatch(/ikke nok/u);
  });

  it('leaves out why tests are taken and how the illness usually goes', async () => {
    const output = await draftJournalNote(consultation);
    expect(allText(output)).not.toMatch(/det er derfor|som regel/iu);
  });

  it('writes tests to come as the plan, not as findings', async () => {
    const output = await draftJournalNote(consultation);
    expect(sectionText(output, 'tiltak')).toMatch(/Blodprøver hver fjortende dag/u);
    expect(sectionText(output, 'funn')).not.toMatch(/fjortende/u);
  });
});

describe('short answers about drugs', () => {
  it('never writes a blood thinner as in use when the patient takes it back with «nei vent»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i kneet i tre uker.'],
      ['lege', 'Bruker du blodfortynnende?'],
      ['pasient', 'Ja, jeg bruker Marevan. Nei vent, den sluttet jeg med i fjor.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).not.toMatch(/(?:^|\. )Bruker (?:blodfortynnende|Marevan)/u);
    expect(history).toMatch(/ikke blodfortynnende|[Ss]luttet med Marevan/u);
  });

  it('writes «Bare Ibux nå» to «Har du tatt noe for det?» as what was taken, not a bare drug name', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i korsryggen etter at jeg løftet en sofa.'],
      ['lege', 'Har du tatt noe for det?'],
      ['pasient', 'Bare Ibux nå.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/Tatt Ibux/u);
  });

  it('leaves the dialect «Næ» out of the note', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Æ har hatt vondt i halsen i fire dager.'],
      ['lege', 'Bruker du noen faste medisiner?'],
      ['pasient', 'Næ, ingen medisina i det hele tatt.'],
    ]);
    expect(allText(output)).not.toMatch(/Næ/u);
  });
});

describe('a nynorsk plan', () => {
  it('writes «kom att om tre månader» as a Kontroll, in bokmål', async () => {
    const output = await draftJournalNote([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har hatt vondt i magen etter maten i to veker.'],
      ['lege', 'Eg skriv ut Somac tjue milligram, og kom att om tre månader.'],
    ]);
    const plan = sectionText(output, 'tiltak');
    expect(plan).toMatch(/[Kk]ontroll om 3 måneder/u);
    expect(plan).not.toMatch(/att|månader/u);
  });
});

describe('corrections and the examination in a specialist consultation', () => {
  it('replaces a duration said in words with the number a «nei vent» gives, and leaves no «Vent,»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Fortell.'],
      [
        'pasient',
        'Jeg har hatt vondt i høyre hofte i snart et halvt år. Nei vent, det er nærmere ni måneder.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/9 måneder/u);
    expect(text).not.toMatch(/halvt år|Vent/u);
  });

  it('writes what is seen after «Jeg ser inn med otoskop nå» as findings, and a general statement about the illness not at all', async () => {
    const output = await draftJournalNote([
      ['lege', 'Fortell.'],
      ['pasient', 'Jeg har hatt vondt i venstre øre i tre dager.'],
      [
        'lege',
        'Jeg ser inn med otoskop nå. Venstre trommehinne er rød og buker. Høyre trommehinne er normal.',
      ],
      [
        'lege',
        'Det ser ut som en ørebetennelse. Den kommer ofte etter en forkjølelse. Du får Apocillin.',
      ],
    ]);
    expect(sectionText(output, 'funn')).toMatch(/Venstre trommehinne (?:er )?rød/u);
    expect(sectionText(output, 'anamnese')).not.toMatch(/trommehinne/u);
    expect(allText(output)).not.toMatch(/kommer ofte/u);
  });
});

describe('what the clinician sees', () => {
  it('writes «Jeg ser …» as a finding without the «Jeg ser», but not what the records show', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har fått kløende, skjellende flekker på albuene.'],
      ['lege', 'Jeg ser at du bruker Marevan.'],
      ['lege', 'Jeg ser velavgrensede, skjellende plakk på begge albuer.'],
    ]);
    expect(sectionText(output, 'funn')).toMatch(/^Velavgrensede, skjellende plakk/u);
    expect(sectionText(output, 'funn')).not.toMatch(/Marevan/u);
  });
});
