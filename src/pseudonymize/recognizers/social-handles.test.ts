import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeSocialHandles', () => {
  it('takes a handle said with its service, after a label and a vessel mark', () => {
    expect(found('pasient: han heter fiskegutten88 på tiktok.')).toEqual(['OTHER fiskegutten88']);
    expect(found('Snap: ida.hansen04')).toEqual(['OTHER ida.hansen04']);
    expect(found('Fiskebåten M-45-HØ gikk på grunn.')).toEqual(['OTHER M-45-HØ']);
  });

  it('leaves names before a service and vitamin names alone', () => {
    expect(found('pasient: han heter Ola på Facebook også.')).toEqual(['PERSON Ola']);
    expect(found('Bruker B-12 og D-vitamin, og får T-4 kontrollert.')).toEqual([]);
  });
});

describe('user names said aloud after "brukernavnet er"', () => {
  it('takes the spoken joiners and the parts after them into the handle', () => {
    expect(found('pasient: brukernavnet er jonas underscore åtteåtte, på snap.')).toEqual([
      'OTHER jonas underscore åtteåtte',
    ]);
    expect(found('brukernavnet er kari punktum h, og passordet har hun glemt.')).toEqual([
      'OTHER kari punktum h',
    ]);
  });

  it('stops at the first word that is no joiner', () => {
    expect(found('Brukernavnet er ola og han bruker det overalt.')).toEqual(['OTHER ola']);
  });
});

describe('profile and user names without "@" and without "er"', () => {
  it('takes a handle-shaped name after "profilnavn", and after "brukernavnet på <service> er"', () => {
    expect(
      found('pasient: profilnavn siri.solbakken.77 på instagram, der legger jeg ut alt.'),
    ).toEqual(['OTHER siri.solbakken.77']);
    expect(found('pasient: brukernavnet mitt på snapchat er jonas_hk03.')).toEqual([
      'OTHER jonas_hk03',
    ]);
  });

  it('leaves a profile word followed by an ordinary word, and a plain name', () => {
    expect(found('lege: profilnavn og passord skal du aldri dele.')).toEqual([]);
    expect(found('Blodprøveprofil 3 tas i morgen.')).toEqual([]);
  });
});
