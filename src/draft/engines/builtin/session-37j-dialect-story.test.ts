/*
 * Session 37j (issue 12): long stories told in strong regional speech. The note keeps the facts in
 * bokmål note language: an østerdalsk dose said «sjøtti-fem» is 75 mg and the verifier finds it in
 * the transcript, «skjønner du» addressed to the doctor goes, and a symptom verb rewritten as a
 * term after «og det» leaves no dummy subject. Fresh text.
 */
import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote as draft } from './testing/draft-lines.js';

describe('strong regional speech in the note', () => {
  it('writes the østerdalsk dose «sjøtti-fem» as 75', async () => {
    const output = await draft([
      ['lege', 'Hvilke medisiner bruker du?'],
      ['pasient', 'Æ tar Albyl-E, sjøtti-fem milligram, ein om dagen.'],
    ]);
    expect(allText(output)).toMatch(/Albyl-E,? 75/u);
    expect(allText(output)).not.toMatch(/sjøtti/u);
  });

  it('leaves out «skjønner du» addressed to the doctor', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jo, skjønner du, æ har vørti så tung i pusten når æ går i bakken.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/tung i pusten/iu);
    expect(text).not.toMatch(/skjønner du/iu);
    expect(text).not.toMatch(/vørti/iu);
  });

  it('«…, og det svir når jeg tisser» becomes «…, og dysuri» without a dummy «det»', async () => {
    const output = await draft([
      ['lege', 'Hva er grunnen til at du kommer?'],
      ['pasient', 'Jeg må tisse hele tiden, og det svir når jeg tisser.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/dysuri/iu);
    expect(text).not.toMatch(/og det dysuri/iu);
  });
});

describe('comments around a fact go, the fact stays', () => {
  it('«Rart du spør om det, for …» keeps only what follows', async () => {
    const output = await draft([
      ['lege', 'Må du sove med flere puter enn før?'],
      ['pasient', 'Ja, det er rart du spør om det, for æ har begynt å sove med to puter.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/sove med 2 puter/u);
    expect(text).not.toMatch(/rart|du spør/iu);
  });

  it('a closing «det gjør jeg» goes; a negated one stays', async () => {
    const output = await draft([
      ['lege', 'Feber eller nattesvette?'],
      ['pasient', 'Ikke feber. Men jeg svetter litt om natten, det gjør jeg.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/[Ss]vetter litt om natten/u);
    expect(text).not.toMatch(/det gjør/u);
    const negated = await draft([
      ['lege', 'Røyker du?'],
      ['pasient', 'Snus bruker jeg, men røyke, det gjør jeg ikke.'],
    ]);
    expect(allText(negated)).toMatch(/ikke/u);
  });

  it('«Å ja,» before an answer goes', async () => {
    const output = await draft([
      ['lege', 'Drikker du mye kaffe?'],
      ['pasient', 'Å ja, jeg drikker vel fem-seks kopper om dagen.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/5-6 kopper/u);
    expect(text).not.toMatch(/Å ja/u);
  });
});
