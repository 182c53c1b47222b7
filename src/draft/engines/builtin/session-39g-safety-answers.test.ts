/*
 * Session 39g (dev h465–h476): safety content said in awkward ways — a passive death wish told in
 * the answer to the suicide screening, plans asked without a clinical word, an allergy named after
 * a no taken back, and «not now» / «not until today» in bokmål and dialect.
 */
import { describe, expect, it } from 'vitest';
import { draftHistory } from './testing/draft-lines.js';

const screening = (answer: string, ...more: readonly (readonly ['lege' | 'pasient', string])[]) =>
  draftHistory([
    ['lege', 'Hva kan jeg hjelpe deg med?'],
    ['pasient', 'Jeg får ikke sove.'],
    ['lege', 'Har du hatt tanker om å ta livet ditt, eller planer om å skade deg?'],
    ['pasient', answer],
    ...more,
  ]);

describe('a passive death wish in the answer to the suicide screening', () => {
  it('«Planer? Nei. Men … greit å bare ikke våkne opp igjen» keeps the wish and never denies the thoughts', async () => {
    const said = await screening(
      'Planer? Nei. Men jeg har ligget og tenkt at det hadde vært greit å bare ikke våkne opp igjen, liksom.',
    );
    expect(said).not.toMatch(/Ingen suicid(?:ale )?tanker/u);
    expect(said).toMatch(/greit å bare ikke våkne opp igjen/u);
    expect(said).toMatch(/Ingen suicidplaner\./u);
  });

  it('«Nei, men jeg har tenkt at det hadde vært lettere å ikke være her» denies no suicidal thoughts', async () => {
    const said = await screening(
      'Nei, men jeg har tenkt at det hadde vært lettere å ikke være her.',
    );
    expect(said).toMatch(/lettere å ikke være her/u);
    expect(said).not.toMatch(/Ingen suicid(?:ale )?tanker/u);
  });

  it('a wish the patient denies having («aldri tenkt at det hadde vært bedre …») stays a denial', async () => {
    const said = await screening(
      'Nei, jeg har aldri tenkt at det hadde vært bedre å ikke være her.',
    );
    expect(said).toMatch(/Ingen suicid/u);
  });
});

describe('plans asked right after the screening', () => {
  it('«Har du tenkt på hvordan, eller gjort noen forberedelser?» — «Nei, sånn er jeg ikke.» is «Ingen suicidplaner.»', async () => {
    const said = await screening(
      'Nei, men jeg har tenkt at det hadde vært lettere å ikke være her.',
      ['lege', 'Har du tenkt på hvordan, eller gjort noen forberedelser?'],
      ['pasient', 'Nei, sånn er jeg ikke.'],
    );
    expect(said).toMatch(/Ingen suicidplaner\./u);
  });

  it('a question about plans later in the consultation is no suicide question', async () => {
    const said = await screening(
      'Nei.',
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Nei.'],
      ['lege', 'Har dere noen planer for sommeren, eller forberedelser til ferien?'],
      ['pasient', 'Nei, ikke ennå.'],
    );
    expect(said).not.toMatch(/suicidplaner/u);
  });
});

describe('an allergy named after a no taken back', () => {
  it('«Nei. Jo, forresten, plaster.» never says the patient has no allergy', async () => {
    const said = await draftHistory([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har slått hodet.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Nei. Jo, forresten, plaster. Jeg får utslett av vanlig plaster.'],
    ]);
    expect(said).not.toMatch(/(?:Ikke allergisk|Ingen (?:kjente )?allergier)/u);
    expect(said).toMatch(/plaster/u);
  });
});

describe('«not now» in bokmål and «not until» in dialect', () => {
  it('«Har du feber?» — «Nei, itj nå før i dag.» says no fever before today', async () => {
    const said = await draftHistory([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hoste.'],
      ['lege', 'Har du feber?'],
      ['pasient', 'Nei, itj nå før i dag.'],
    ]);
    expect(said).toMatch(/Ingen feber før i dag\./u);
  });

  it('«Har du vondt i brystet?» — «Nei, ikke nå.» is still a plain no (documents)', async () => {
    const said = await draftHistory([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i magen.'],
      ['lege', 'Har du vondt i brystet?'],
      ['pasient', 'Nei, ikke nå.'],
    ]);
    expect(said).toMatch(/Ingen brystsmerter/u);
  });
});
