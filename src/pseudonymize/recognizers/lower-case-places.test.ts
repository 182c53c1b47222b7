import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('recognizeLowerCasePlaces', () => {
  it('finds a lower-case foreign town after a word of moving, living or origin', () => {
    expect(found('pasient: vi flyttet fra gdansk for fem år siden.')).toEqual(['LOCATION:gdansk']);
    expect(found('pasient: mora bor fortsatt i aleppo, vi snakker på telefon.')).toEqual([
      'LOCATION:aleppo',
    ]);
  });

  it('finds a second town joined by "og"', () => {
    expect(found('pasient: vi var på ferie i sarajevo og mostar.')).toEqual([
      'LOCATION:sarajevo',
      'LOCATION:mostar',
    ]);
  });

  it('leaves ordinary words after the same cues alone', () => {
    expect(found('pasient: vi flyttet fra byen til landet.')).toEqual([]);
    expect(found('pasient: hun kom fra jobb og hadde vondt i brystet.')).toEqual([]);
  });

  it('never takes a clinical state after "kom i" for a town', () => {
    expect(found('hun kom i asystoli og ble gjenopplivet.')).toEqual([]);
    expect(found('han kom i anafylaksi etter rekene.')).toEqual([]);
    expect(found('sykdommen kom i remisjon etter kuren.')).toEqual([]);
    expect(found('han kom i ketoacidose i helga.')).toEqual([]);
  });

  it('never takes a care setting after "kom fra" for a town', () => {
    expect(found('pasient: han kom hjem fra rehab i går.')).toEqual([]);
    expect(found('pasient: mor kom fra hospice forrige uke.')).toEqual([]);
  });

  it('still finds a town after "kom fra" and after "flyttet fra"', () => {
    expect(found('pasient: han kom fra gdansk i fjor.')).toEqual(['LOCATION:gdansk']);
    expect(found('pasient: vi kom hit fra mostar og sarajevo.')).toEqual([
      'LOCATION:mostar',
      'LOCATION:sarajevo',
    ]);
    expect(found('pasient: vi flyttet fra gdansk i fjor.')).toEqual(['LOCATION:gdansk']);
  });

  it('takes a lower-case place no list knows after a bus, ferry or boat and "fra"/"frå"', () => {
    expect(found('pasient: skolebussen frå fimreite går tidleg.')).toContain('LOCATION:fimreite');
    expect(found('pasient: ho tek bussen frå ylvisåker kvar dag.')).toContain('LOCATION:ylvisåker');
    expect(found('pasient: båten fra tjugum var forsinket.')).toContain('LOCATION:tjugum');
  });

  it('leaves ordinary words after a bus or ferry, and "i" after one, alone', () => {
    expect(found('pasient: bussen fra sykehuset gikk for tidlig.')).toEqual([]);
    expect(found('pasient: ferja fra fastlandet var innstilt.')).toEqual([]);
    expect(found('pasient: bussen i morgon går seinare.')).toEqual([]);
  });
});
