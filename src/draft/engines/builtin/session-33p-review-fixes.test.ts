/*
 * Session 33p: review findings on the 33h/33k rules. Fresh synthetic text (not the shared or eval
 * cases). (1) «Kneet er bygget for å tåle mye, men …» keeps the advice that follows; (2) a hedged
 * assessment stays hedged in Vurdering («Trolig …»); (3) «Jeg tror dette er alvorlig.» names no
 * condition; (4) «De kom brått.» about people is no onset.
 */
import { describe, expect, it } from 'vitest';

import { namedCondition } from './classify.js';
import { compressStatement } from './compress-statement.js';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

const knee = [
  ['lege', 'Hva kan jeg hjelpe deg med?'],
  ['pasient', 'Jeg vred kneet i fotball i går og det er hovent.'],
] as const;

describe('how the body is made, with advice after it, keeps the advice', () => {
  it('keeps «… men med denne skaden skal du avlaste og bruke krykker i to uker»', async () => {
    const output = await draft([
      ...knee,
      [
        'lege',
        'Kneet er bygget for å tåle mye, men med denne skaden skal du avlaste og bruke krykker i to uker.',
      ],
    ]);
    expect(section(output, 'tiltak')).toMatch(/krykker/u);
  });

  it('keeps a drug said after the explanation', async () => {
    const output = await draft([
      ...knee,
      [
        'lege',
        'Kneet er laget for å tåle belastning, og Paracet 1 g inntil fire ganger daglig hjelper.',
      ],
    ]);
    expect(`${section(output, 'tiltak')} ${section(output, 'anamnese')}`).toMatch(/Paracet/u);
  });

  it('keeps an imperative said after the explanation', async () => {
    const output = await draft([
      ...knee,
      ['lege', 'Kneet er bygget for å bære deg, bruk krykker de neste tre dagene.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(/krykker/u);
  });

  it('still leaves out «Skulderen er laget for å bevege seg i mange retninger.»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i skulderen etter at jeg malte taket.'],
      ['lege', 'Skulderen er laget for å bevege seg i mange retninger.'],
    ]);
    expect(output.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ')).not.toMatch(
      /laget for|retninger/u,
    );
  });
});

const elbow = [
  ['lege', 'Hva kan jeg hjelpe deg med?'],
  ['pasient', 'Jeg har hatt vondt i albuen og prikking i fingrene i tre uker.'],
] as const;

describe('a hedged assessment stays hedged', () => {
  it('writes «Jeg tror dette er en musearm, men det kan også være en nerveinnklemming.» hedged', async () => {
    const output = await draft([
      ...elbow,
      ['lege', 'Jeg tror dette er en musearm, men det kan også være en nerveinnklemming.'],
    ]);
    expect(section(output, 'vurdering')).toBe(
      'Trolig musearm, differensialdiagnose nerveinnklemming.',
    );
  });

  it('writes «Dette er nok en vanlig virusinfeksjon.» as «Trolig virusinfeksjon.»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt feber og vondt i halsen i tre dager.'],
      ['lege', 'Dette er nok en vanlig virusinfeksjon.'],
    ]);
    expect(section(output, 'vurdering')).toBe('Trolig virusinfeksjon.');
  });

  it('writes «Jeg tror dette er en senebetennelse.» as «Trolig senebetennelse.»', async () => {
    const output = await draft([...elbow, ['lege', 'Jeg tror dette er en senebetennelse.']]);
    expect(section(output, 'vurdering')).toBe('Trolig senebetennelse.');
  });

  it('keeps the unhedged «Dette er en virusinfeksjon.» as «Virusinfeksjon.»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt feber og vondt i halsen i tre dager.'],
      ['lege', 'Dette er en virusinfeksjon.'],
    ]);
    expect(section(output, 'vurdering')).toBe('Virusinfeksjon.');
  });
});

describe('an adjective after «Jeg tror dette er» is no condition', () => {
  it('names no condition in «alvorlig», «uforsvarlig», «forbigående»', () => {
    for (const sentence of [
      'Jeg tror dette er alvorlig.',
      'Jeg mener dette er uforsvarlig.',
      'Jeg tror dette er forbigående.',
      'Jeg tror dette er harmløst.',
    ])
      expect(namedCondition(sentence)).toBeUndefined();
  });

  it('still names the condition after an article', () => {
    expect(namedCondition('Jeg tror dette er en senebetennelse.')).toBe('senebetennelse');
    expect(namedCondition('Jeg tror dette er bihulebetennelse.')).toBe('bihulebetennelse');
  });
});

describe('an onset needs a symptom as subject', () => {
  it('writes «Smertene kom plutselig.» and «Det kom gradvis.» as an onset', () => {
    expect(compressStatement('Smertene kom plutselig.', 'history')).toBe('Plutselig debut.');
    expect(compressStatement('Det kom gradvis.', 'history')).toBe('Gradvis debut.');
    expect(compressStatement('Hodepinen kom brått.', 'history')).toBe('Brått debut.');
  });

  it('leaves «De kom brått.», «Han kom plutselig.» about people alone', () => {
    expect(compressStatement('De kom brått.', 'history')).not.toMatch(/debut/u);
    expect(compressStatement('Han kom plutselig.', 'history')).not.toMatch(/debut/u);
    expect(compressStatement('Hun kom plutselig, helt uten å ringe først.', 'history')).not.toMatch(
      /debut/u,
    );
  });
});
