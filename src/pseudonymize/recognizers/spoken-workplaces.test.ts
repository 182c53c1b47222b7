import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeSpokenWorkplaces', () => {
  it('takes a chain said in lower case in a work frame, and a known place after it as its site', () => {
    const result = found('pasient: jeg jobber på kiwi på bryn.');
    expect(result).toContain('WORKPLACE kiwi');
    expect(result).toContain('LOCATION bryn');
    expect(found('pasient: jeg jobber på meny på ski, i ferskvaren.')).toContain('LOCATION ski');
  });

  it('takes the owner after a generic place of work for the workplace', () => {
    expect(found('pasient: jeg jobber på lageret hos europris.')).toContain('WORKPLACE europris');
  });

  it('takes a place before "kommune" in a work frame for the employer', () => {
    expect(found('pasient: eg jobbar i kommunen, altså sogndal kommune.')).toContain(
      'WORKPLACE sogndal kommune',
    );
  });

  it('takes a gym or shop after a verb of training or shopping for an organisation', () => {
    expect(found('pasient: jeg trener på sats tre ganger i uka.')).toContain('ORGANIZATION sats');
    expect(found('pasient: vi handler alltid på spar i bygda.')).toContain('ORGANIZATION spar');
    expect(found('pasient: vi kjøpte det på vitusapotek i går.')).toContain(
      'ORGANIZATION vitusapotek',
    );
  });

  it('takes an unknown name after a definite business noun and a comma', () => {
    expect(found('pasient: jeg jobber på sykehjemmet, lindegården.')).toContain(
      'WORKPLACE lindegården',
    );
  });

  it('takes a name and a lower-case business word in a work frame for one workplace', () => {
    expect(found('pasient: jeg jobber hos fredriksen rør nå.')).toContain(
      'WORKPLACE fredriksen rør',
    );
    expect(found('pasient: jeg har sommerjobb på peppes pizza.')).toContain(
      'WORKPLACE peppes pizza',
    );
    expect(found('pasient: jeg kjører for tidenes transport.')).toContain(
      'WORKPLACE tidenes transport',
    );
    expect(found('pasient: han køyrer for tidenes transport.')).toContain(
      'WORKPLACE tidenes transport',
    );
    expect(found('pasient: jeg har kjørt for tidenes transport i ti år.')).toContain(
      'WORKPLACE tidenes transport',
    );
    expect(found('pasient: han jobber i transport og kjørte for fort.')).toEqual([]);
  });

  it('leaves ordinary words, times and dialect nouns after the same prepositions alone', () => {
    expect(found('pasient: jeg jobber på lager og løfter mye.')).toEqual([]);
    expect(found('pasient: vi handler på butikken nede i gata.')).toEqual([]);
    expect(found('pasient: eg trenar på laurdagar.')).toEqual([]);
    expect(found('pasient: ho åshild på kontoret ringde meg.')).not.toContain(
      'ORGANIZATION ringde',
    );
    expect(found('pasient: eg jobbar på skulen.')).toEqual([]);
  });

  it('takes cleaning said as the job as a work frame', () => {
    expect(found('pasient: jeg vasker på Scandic Lerkendal om morgenen.')).toEqual([
      'WORKPLACE Scandic Lerkendal',
    ]);
    expect(found('Hun vasker hendene på badet.')).toEqual([]);
    expect(found('Han vasker opp på kjøkkenet etter middag.')).toEqual([]);
  });
});
