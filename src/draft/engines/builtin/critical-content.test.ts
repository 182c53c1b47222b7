import { describe, expect, it } from 'vitest';

import { criticalTopics, isGuardedClause } from './critical-content.js';
import { safetyLexicon, toLexiconPattern } from './safety-lexicon.js';

describe('the clause guard every compression rule consults', () => {
  it.each([
    ['gjøre slutt på det', 'Har tenkt at det hadde vært best å gjøre slutt på det'],
    ['ta livet mitt', 'Har tenkt på å ta livet mitt'],
    ['ikke orke mer', 'Sier at hun ikke orke mer'],
    ['orker ikke mer', 'Orker ikke mer av dette'],
    ['selvmord', 'Ingen selvmordstanker'],
  ])('keeps suicidal wording, also indirect ("%s")', (_label, clause) => {
    expect(criticalTopics(clause)).toContain('suicidal');
  });

  it.each([
    ['chest-pain', 'Hadde vondt i brystet i går kveld'],
    ['chest-pain', 'Ingen brystsmerter'],
    ['breathlessness', 'Blitt tung i pusten'],
    ['breathlessness', 'Ikke andpusten'],
    ['haemoptysis', 'Har hostet opp blod to ganger'],
    ['stroke-or-weakness', 'Ble slapp i høyre arm'],
    ['stroke-or-weakness', 'Redd for at det var et slag'],
    ['stroke-or-weakness', 'Kona syntes han var skjev i munnen'],
    ['pregnancy', 'Kan være gravid'],
    ['allergy', 'Ikke allergisk mot noe'],
    ['allergy', 'Tåler ikke penicillin'],
    ['anticoagulant', 'Bruker Eliquis'],
    ['anticoagulant', 'Ingen blodfortynnende'],
    ['suspected-diagnosis', 'Mistenker at det har gått opp til nyrene'],
    ['suspected-diagnosis', 'Det kan være en blodpropp'],
    ['red-flag', 'Ikke blod i avføringen'],
    ['red-flag', 'Ingen feber eller nakkestivhet'],
  ])('keeps a clause about %s ("%s")', (topic, clause) => {
    expect(criticalTopics(clause)).toContain(topic);
    expect(isGuardedClause(clause)).toBe(true);
  });

  it('keeps a dose said in digits, in words or by a drug name alone', () => {
    expect(criticalTopics('Selexid 200 mg x 3')).toEqual(
      expect.arrayContaining(['dose', 'number', 'drug']),
    );
    expect(criticalTopics('fem hundre, to ganger daglig')).toContain('number');
    expect(criticalTopics('Fortsetter med Metformin')).toContain('drug');
  });

  it('keeps a diagnosis the engine codes even without a cue word', () => {
    expect(criticalTopics('Vanlig cystitt')).toContain('coded-diagnosis');
  });

  it.each([
    'Viruset gir hevelse i strupehodet, rett under stemmebåndene',
    'Det er en vanlig sykdom, og den kan behandles godt',
    'Vanlig i den alderen',
    'Så da ringte pas. hit',
  ])('lets go of pedagogy and filler that say none of it ("%s")', (clause) => {
    expect(criticalTopics(clause)).toEqual([]);
    expect(isGuardedClause(clause)).toBe(false);
  });
});

describe('the safety lexicon as data', () => {
  it('reads a phrase only at word boundaries', () => {
    const chestPain = toLexiconPattern((entry) => entry.topic === 'chest-pain');
    expect(chestPain.test('Brystsmerter ved anstrengelse')).toBe(true);
    expect(chestPain.test('Tidligere hjertebrystsmertefri')).toBe(false);
  });

  it('gives the safety net a wording for every red flag it writes', () => {
    const written = safetyLexicon.filter(
      (entry) => entry.safetyNet === true && entry.topic === 'red-flag',
    );
    expect(written.length).toBeGreaterThan(0);
    for (const entry of written) expect(entry.noteWording).toMatch(/\.$/u);
  });
});

describe('the guard errs on the side of keeping', () => {
  it('keeps pedagogy that names a drug or blood, since it cannot tell it from a decision', () => {
    expect(
      isGuardedClause(
        'Jern trengs for å lage røde blodceller, som frakter oksygen rundt i kroppen',
      ),
    ).toBe(true);
  });
});

describe('one source of truth for the safety net and the guard', () => {
  it('guards every anticoagulant the safety net writes as «Bruker …»', () => {
    const netNames = safetyLexicon
      .filter((entry) => entry.safetyNet === true && entry.topic === 'anticoagulant')
      .flatMap((entry) => entry.phrases);
    expect(netNames).toContain('eliquis');
    for (const name of netNames)
      expect(criticalTopics(`Bruker ${name}`)).toContain('anticoagulant');
  });
});
