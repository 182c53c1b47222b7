/*
 * Session 8 of issue 12: the anamnesis reads as a GP's note, second parts of two-part questions
 * and screening negatives survive, a relative's illness stays theirs, and the clinician's
 * explanations stay out. Fresh synthetic text (not the shared d01–d06 nor the eval cases); each
 * test is one thing a clinician reading the draft would notice.
 */
import { describe, expect, it } from 'vitest';
import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('two-part questions answered with one no', () => {
  it('keeps the second part that shares the first part’s "har du"', async () => {
    const output = await draft([
      ['lege', 'Hva bringer deg hit?'],
      ['pasient', 'Jeg får hjertebank innimellom, sånn anfallsvis.'],
      ['lege', 'Har du besvimt, eller hatt vondt i brystet når du anstrenger deg?'],
      ['pasient', 'Nei, ingen av delene.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ikke besvimt\./u);
    expect(history).toMatch(/Ikke brystsmerter ved anstrengelse\./u);
  });

  it('writes "blitt tung i pusten" as dyspné and keeps both negatives', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg skal ha kontroll av blodtrykket.'],
      ['lege', 'Har du hatt vondt i brystet eller blitt tung i pusten når du går?'],
      ['pasient', 'Nei, ikke noe av det.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen dyspné ved gange\./u);
    expect(history).toMatch(/Ikke brystsmerter\./u);
  });

  it('turns a parent’s "ingen av delan" to a head-injury question into two negatives', async () => {
    const output = await draft([
      ['lege', 'Hei, og du er pappa?'],
      ['pårørende', 'Ja. Ho datt ned fra klatrestativet i barnehagen i dag.'],
      ['lege', 'Slo hun hodet, eller var hun borte en stund?'],
      ['pårørende', 'Nei, ingen av delan.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Slo ikke hodet\./u);
    expect(history).toMatch(/Ikke bevisstløs\./u);
  });
});

describe('mental-health screening', () => {
  it('keeps a negative suicide screening asked after a preamble with a colon', async () => {
    const output = await draft([
      ['lege', 'Hvordan har det gått siden sist?'],
      ['pasient', 'Eg søv betre, men eg er framleis nedstemt.'],
      [
        'lege',
        'Dette spør jeg alle om: Har du hatt tanker om å ta livet ditt, eller har du lagt noen planer?',
      ],
      ['pasient', 'Nei, ikkje noko sånt.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen suicidale tanker eller planer\./u);
  });

  it('writes self-harm and wish-to-die questions answered no in a note’s words', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har vært veldig stressa og sover dårlig.'],
      [
        'lege',
        'Har du hatt tanker om å skade deg selv, eller tanker om at livet ikke er verdt å leve?',
      ],
      ['pasient', 'Nei. Ikke i det hele tatt.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen tanker om selvskading\./u);
    expect(history).toMatch(/Ingen livslede\./u);
    expect(history).not.toMatch(/(?<![\p{L}])(?:du|deg)(?![\p{L}])/u);
  });
});

describe('relatives and dialect', () => {
  it('writes a relative’s illness confirmed with "ja" as family history, never as a diagnosis', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har hatt noen rare rykninger i armen.'],
      ['lege', 'Du sa forrige gang at faren din har epilepsi?'],
      ['pasient', 'Ja, det stemmer.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Far har epilepsi\./u);
    expect(output.diagnoses.map((diagnosis) => diagnosis.code)).not.toContain('N88');
  });

  it('writes the mother’s own illness, said in dialect, as hers and not the child’s', async () => {
    const output = await draft([
      ['lege', 'Hei, og du e mamma?'],
      ['pårørende', 'Ja. Han har hatt vondt i kneet sia i går.'],
      ['pårørende', 'Æ har sjøl leddgikt, så æ blei redd.'],
      ['lege', 'Jonas, har du slått deg på kneet?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Mor har leddgikt/u);
    expect(history).not.toMatch(/Komparent har|Jonas/u);
    expect(output.diagnoses).toEqual([]);
  });

  it('writes a sister’s "sukkersjuke, type ein" as Søster har diabetes type 1', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg er så tørst og tissar heile tida.'],
      ['lege', 'Er det nokon i familien med sjukdom?'],
      ['pasient', 'Syster mi har sukkersjuke, type ein.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Søster har diabetes type 1\./u);
    expect(history).not.toMatch(/syster|sukkersjuke|(?<![\p{L}])mi(?![\p{L}])/iu);
  });
});

describe('the anamnesis as a GP writes it', () => {
  it('drops the story framing of onset, fever and medicines', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i øret.'],
      ['lege', 'Når startet det?'],
      ['pasient', 'Det begynte på tirsdag, så det er vel fire dager nå.'],
      ['lege', 'Har du hatt feber?'],
      ['pasient', 'Ja, jeg har hatt feber. Og i natt frøs jeg, skalv helt.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Jeg bruker ingen faste medisiner. Bare ibux.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Startet på tirsdag, 4 dager\./u);
    expect(history).toMatch(/Ingen faste medisiner\./u);
    expect(history).toMatch(/[Ff]rysninger i natt/u);
    expect(history).not.toMatch(/Det begynte|så det er|Bare ibux/u);
  });

  it('leaves out a third party’s name given in apposition', async () => {
    const output = await draft([
      ['lege', 'Hva plager deg?'],
      ['pasient', 'Jeg har hatt diaré siden i går.'],
      ['lege', 'Er det noen rundt deg som har vært syke?'],
      ['pasient', 'Naboen, Gunvor, hun hadde omgangssyke i helgen.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Naboen hadde omgangssyke i helgen\./u);
    expect(history).not.toMatch(/Gunvor/u);
  });

  it('keeps "klarer å drikke" when the no goes on with a complaint that holds "ikke" in a word', async () => {
    const output = await draft([
      ['lege', 'Hva plager deg?'],
      ['pasient', 'Jeg har vondt i halsen.'],
      ['lege', 'Klarer du å drikke vann, eller kaster du opp?'],
      ['pasient', 'Nei, nei, det går, men det stikker litt når jeg svelger.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Klarer å drikke vann\./u);
    expect(history).toMatch(/Stikker litt ved svelging\./u);
    expect(history).not.toMatch(/Det går, men/u);
  });

  it('writes what a named third party got in the same sentence, never as the patient’s', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt diaré i to dager.'],
      ['lege', 'Er det noen rundt deg som har vært syke?'],
      [
        'pasient',
        'Kollegaen min hadde omgangssyke forrige uke. Hun fikk væskeerstatning på legevakta.',
      ],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Kollegaen hadde omgangssyke forrige uke, fikk væskeerstatning/u);
    expect(history).not.toMatch(/(?:^|\. )Hun fikk/u);
  });

  it('does not take talk about parking as the reason for contact', async () => {
    const output = await draft([
      ['lege', 'Kom inn. Fant du parkering?'],
      ['pasient', 'Ja, etter å ha kjørt rundt tre ganger i garasjen.'],
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      ['pasient', 'Jeg har hatt vondt i korsryggen i to uker.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/korsryggen/u);
    expect(allText(output)).not.toMatch(/garasjen|kjørt rundt/u);
  });
});

describe('the clinician’s explanations to the patient', () => {
  it('keeps the prescription and leaves out an announced explanation that names a drug', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt tett nese og vondt i kinnet i to uker.'],
      [
        'lege',
        'Jeg skal forklare deg litt: antibiotika hjelper ikke mot virus, men når det blir verre igjen, hjelper penicillin ofte.',
      ],
      ['lege', 'Du får penicillin, en million enheter, tre ganger daglig i ti dager.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/[Pp]enicillin/u);
    expect(allText(output)).not.toMatch(/virus|forklare/u);
  });

  it('drops the causal "for den kan …" clause after a decision', async () => {
    const output = await draft([
      ['lege', 'Hva er problemet?'],
      ['pasient', 'Jeg er tett i nesen og har brukt nesespray i to uker.'],
      ['lege', 'Da skal du slutte med nesesprayen nå, for den kan gi tett nese av seg selv.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/nesespray/iu);
    expect(text).not.toMatch(/av seg selv/u);
  });
});
