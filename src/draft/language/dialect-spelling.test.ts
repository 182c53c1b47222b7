import { describe, expect, it } from 'vitest';
import { toBokmalSpelling } from './dialect-spelling.js';

describe('the bokmål spelling of a nynorsk or dialect word', () => {
  it('rewrites body parts and illnesses spelled the nynorsk way', () => {
    expect(toBokmalSpelling('Hjartesvikt')).toBe('hjertesvikt');
    expect(toBokmalSpelling('bakhovudet')).toBe('bakhodet');
    expect(toBokmalSpelling('hovudpine')).toBe('hodepine');
    expect(toBokmalSpelling('augebotnen')).toBe('øyebunnen');
    expect(toBokmalSpelling('sukkersjuka')).toBe('sukkersyka');
    expect(toBokmalSpelling('hoftebrot')).toBe('hoftebrudd');
    expect(toBokmalSpelling('nasen')).toBe('nesen');
    expect(toBokmalSpelling('bringa')).toBe('brystet');
  });

  it('leaves bokmål words, and the heart on its own, as they are', () => {
    expect(toBokmalSpelling('hjertet')).toBe('hjertet');
    expect(toBokmalSpelling('hjartet')).toBe('hjartet');
    expect(toBokmalSpelling('brot')).toBe('brot');
    expect(toBokmalSpelling('kvitt')).toBe('kvitt');
    expect(toBokmalSpelling('nasjonal')).toBe('nasjonal');
  });
});
