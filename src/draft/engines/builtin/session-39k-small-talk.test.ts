/*
 * Session 39k (issue 12): numbers told in small talk — a bus route, a price, a football score, a
 * pet's age, the age someone turned, tons of fish — do not keep a retold story in the note; a
 * number next to a symptom, a measurement, a drug or a habit stays. Fresh text.
 */
import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote as draft } from './testing/draft-lines.js';

describe('numbers told in small talk', () => {
  it('leaves out a pet and its age told around a fall, keeps the fall and the hand', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva har skjedd?'],
        ['pasient', 'Jeg skled på isen ved trappa og tok meg for med venstre hånd.'],
        ['lege', 'Fortell mer.'],
        [
          'pasient',
          'Det hovnet opp med en gang. Katta mi, Pusen, hun er fjorten år, hun satt i vinduet og så på hele greia.',
        ],
      ]),
    );
    expect(text).toMatch(/venstre hånd/u);
    expect(text).toMatch(/hovnet/u);
    expect(text).not.toMatch(/14|vinduet|greia/u);
  });

  it('leaves out the price of what was tried, keeps what was tried and that it did not help', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt på utsiden av albuen.'],
        ['lege', 'Har du prøvd noe?'],
        [
          'pasient',
          'Jeg kjøpte en sånn strikk til albuen på Biltema til hundre og nittini kroner, men den hjalp ikke.',
        ],
      ]),
    );
    expect(text).toMatch(/strikk/u);
    expect(text).toMatch(/hjalp ikke/u);
    expect(text).not.toMatch(/199|kroner/u);
  });

  it('leaves out a count of things told around the work, keeps the work and the duration', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt på utsiden av albuen.'],
        ['lege', 'Hva jobber du med?'],
        [
          'pasient',
          'Jeg er snekker, vi har fjorten enheter på Jeløy som skal være ferdig, og jeg har skrudd gips i tre måneder.',
        ],
      ]),
    );
    expect(text).toMatch(/snekker/u);
    expect(text).toMatch(/3 måneder/u);
    expect(text).not.toMatch(/14|enheter/u);
  });

  it('keeps a number that belongs to the patient: alcohol, temperature, a relative’s illness and age', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i stortåa.'],
        ['lege', 'Hvordan er det med alkohol?'],
        [
          'pasient',
          'Et par pils på kampen, og lørdag ble det vel fire halvlitere, det var jo seier, vi vant to–en.',
        ],
        ['lege', 'Har du hatt feber?'],
        ['pasient', 'Nei, jeg målte trettisju komma en på ferga i går.'],
        ['lege', 'Hjertesykdom i familien?'],
        ['pasient', 'Far døde av hjerteinfarkt da han var sekstitre, han ble bare sekstitre.'],
      ]),
    );
    expect(text).toMatch(/4 halvlitere/u);
    expect(text).toMatch(/37,1/u);
    expect(text).toMatch(/63/u);
  });
});

describe('the patient reading the plan back', () => {
  it('leaves out the drugs the patient repeats after they were prescribed', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har målt høyt blodtrykk hjemme i to uker.'],
        [
          'lege',
          'Vi starter med Amlodipin fem milligram en gang daglig, og Atorvastatin tjue milligram om kvelden.',
        ],
        ['pasient', 'Amlodipin og Atorva… den andre. Må jeg ta dem resten av livet?'],
      ]),
    );
    expect(text).toMatch(/Amlodipin 5 mg/u);
    expect(text.match(/Amlodipin/gu)).toHaveLength(1);
    expect(text).not.toMatch(/Atorva…|den andre/u);
  });

  it('keeps a prescribed drug the patient says they already take or did not tolerate', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i stortåa.'],
        ['lege', 'Du får Naproxen fem hundre milligram to ganger daglig i fem dager.'],
        ['pasient', 'Naproxen tålte jeg ikke i fjor, jeg fikk vondt i magen.'],
      ]),
    );
    expect(text).toMatch(/Naproxen tålte/u);
  });
});
