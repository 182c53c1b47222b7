import { describe, expect, it } from 'vitest';
import { asRawText } from '../../core/index.js';
import { detectIdentifiers } from '../detect-identifiers.js';
import { pseudonymizeSegments, vaultSeedBytes } from '../pseudonymize-segments.js';

const seed = new Uint8Array(vaultSeedBytes).fill(3);

function sentText(segments: readonly string[], fnr?: string): string {
  return pseudonymizeSegments({
    segments: segments.map((text) => ({ text: asRawText(text) })),
    ...(fnr === undefined ? {} : { known: { fnr } }),
    seed,
  })
    .segments.map((segment) => segment.text)
    .join('\n');
}

describe('parts of a phone or identity number said on their own', () => {
  it('replaces a wrong start corrected before the whole number ("… nei unnskyld, …")', () => {
    const text = 'Sekstito, førti … nei unnskyld, sekstitre, førti, tolv, null åtte. Mobilen.';
    const found = detectIdentifiers(text).filter((entity) => entity.type === 'PHONE');
    expect(found.map((entity) => entity.text)).toEqual([
      'Sekstito, førti',
      'sekstitre, førti, tolv, null åtte',
    ]);
  });

  it('leaves numbers before a «nei» that corrects something else alone', () => {
    const text = 'Fire, fem ganger. Nei, seks. Ring meg på sekstitre, førti, tolv, null åtte.';
    const found = detectIdentifiers(text).filter((entity) => entity.type === 'PHONE');
    expect(found.map((entity) => entity.text)).toEqual(['sekstitre, førti, tolv, null åtte']);
  });

  it('replaces the first groups read back before the whole number in the same turn', () => {
    const text = 'Nittito, tretti … 92 30 84 11? Og det gamle nummeret er borte.';
    const found = detectIdentifiers(text).filter((entity) => entity.type === 'PHONE');
    expect(found.map((entity) => entity.text)).toContain('Nittito, tretti');
  });

  it('replaces a phone number told in two turns when the clinician reads it back later', () => {
    const sent = sentText([
      'Mitt nummer er nittifem, nittien …',
      'Ja.',
      '… tjueåtte, seksti.',
      '95 91 28 60. Og mannen din?',
    ]);
    expect(sent).not.toMatch(/nittifem|nittien|tjueåtte|seksti|95 91 28 60/u);
  });

  it('replaces a D-nummer said in two turns when the patient is known', () => {
    const sent = sentText(
      ['Femti null to femtisju …', 'Ja?', '… og så fire null null sju tre.'],
      '50025740073',
    );
    expect(sent).not.toMatch(/femti|femtisju|fire null null sju tre/u);
  });

  it('replaces digits said one by one that start a number found in another turn', () => {
    const sent = sentText([
      'Nummeret er fire åtte to …',
      'Fire åtte to, ja?',
      '… ti, ni fem seks.',
      '482 10 956.',
    ]);
    expect(sent).not.toMatch(/fire åtte to|ni fem seks/iu);
  });

  it('leaves counts and doses alone when they are no part of a number of the consultation', () => {
    const sent = sentText([
      'Ta to tre tabletter, og kom tilbake om fire uker.',
      'Ring meg på 95 91 28 60 om det blir verre.',
      'Blodtrykket var hundre og førti over nitti, pulsen sekstifem.',
    ]);
    expect(sent).toContain('to tre tabletter');
    expect(sent).toContain('hundre og førti over nitti, pulsen sekstifem');
  });

  it('leaves typed digits of one note alone even when they end a phone number of the note', () => {
    const text = 'Sentralbord 22 45 10 00. Pasienten veide 10 00 gram mer enn sist.';
    const found = detectIdentifiers(text).map((entity) => entity.text);
    expect(found).toEqual(['22 45 10 00']);
  });

  it('leaves a dose scheme alone even when its digits end a phone number of the text', () => {
    const text = 'Sentralbord 22 45 10 00.\nMetoprolol 1-0-0-0\nApixaban 1-0-1-0';
    const found = detectIdentifiers(text).map((entity) => entity.text);
    expect(found).toEqual(['22 45 10 00']);
  });

  it('leaves typed doses, times and dates alone when a number of another segment ends or starts with them', () => {
    const sent = sentText([
      'Sentralbordet er 23 07 50 00.',
      'Fragmin 5 000 IE daglig, kl. 10 00 og D-vitamin 10 000 IE.',
    ]);
    expect(sent).toContain('Fragmin 5 000 IE daglig, kl. 10 00 og D-vitamin 10 000 IE.');
    const known = sentText(['Neste time 01 02 kl 10.'], '01028512345');
    expect(known).toContain('Neste time 01 02 kl 10.');
  });

  it('leaves a spoken part alone whose last group is 000 or that a unit follows', () => {
    const sent = sentText([
      'Sentralbordet er 23 07 50 00.',
      'Insulin femti null null enheter, fem tusen i kveld.',
    ]);
    expect(sent).toContain('femti null null enheter, fem tusen i kveld');
  });
});

describe('typed parts of the known D-nummer', () => {
  it('replaces five typed digits that end the known number, read out in two goes', () => {
    const sent = sentText(
      ['Jeg har D-nummer. 630386 ... vent, jeg har det på telefonen ... 270 68.'],
      '63038627068',
    );
    expect(sent).not.toMatch(/270 68/u);
  });
});
