import { randomBytes } from 'node:crypto';
import { pseudonymize } from './pseudonymize.js';
import { describe, expect, it } from 'vitest';
import { asRawText, type Speaker } from '../core/index.js';
import { createVault, pseudonymizeTranscript, reserveNames } from './index.js';

/** What the model receives for these turns, one line per turn. */
function sentToModel(turns: readonly (readonly [Speaker, string])[]): string {
  const vault = createVault({ random: (bytes) => randomBytes(bytes) });
  const { transcript } = pseudonymizeTranscript(
    { segments: turns.map(([speaker, text]) => ({ speaker, text: asRawText(text) })) },
    { vault },
  );
  return transcript.segments.map((segment) => segment.text).join('\n');
}

describe('what one segment of a consultation tells about another', () => {
  it('keeps the numbers and streets of a consultation on its vault, not shared with another', () => {
    const vault = createVault({ random: (bytes) => randomBytes(bytes) });
    reserveNames([asRawText('Ring meg på 97 12 48 31, jeg bor i Kongsgata 9.')], { vault });
    expect([...vault.getConsultationNumbers().keys()]).toEqual(['97124831']);
    expect(vault.hasConsultationStreet('kongsgata')).toBe(true);
    const other = createVault({ random: (bytes) => randomBytes(bytes) });
    expect(other.getConsultationNumbers().size).toBe(0);
    expect(other.hasConsultationStreet('kongsgata')).toBe(false);
  });

  it('hides a phone number told over two turns that nobody reads back', () => {
    const sent = sentToModel([
      ['lege', 'Hvilket nummer kan vi nå deg på?'],
      ['pasient', 'Det er ni sju …'],
      ['lege', 'Ja?'],
      ['pasient', '… tolv, førtiåtte, trettien. Det er jobbtelefonen.'],
    ]);
    expect(sent).not.toMatch(/ni sju|tolv, førtiåtte|trettien/u);
    expect(sent).toContain('Det er jobbtelefonen.');
  });

  it('hides a number whose first two digits are cut off by the other speaker', () => {
    const sent = sentToModel([
      ['pårørende', 'Ring meg heller. Nummeret mitt er fire en...'],
      ['lege', 'Et øyeblikk, jeg må åpne skjemaet. Sånn.'],
      ['pårørende', '...sekstito, tretti, femtini. Og han heter Ahmad.'],
    ]);
    expect(sent).not.toMatch(/fire en|sekstito|femtini/u);
  });

  it('hides a street said again on its own once its address is told in the consultation', () => {
    const sent = sentToModel([
      ['sykepleier', 'Kor bor dokker?'],
      ['pasient', 'Storgata. Storgata 14, i andre etasje.'],
      ['lege', 'Og du bor fortsatt i Nordnesboder?'],
      ['pasient', 'Ja, adressen er Nordnesboder 3. Bare Nordnesboder, uten gate.'],
    ]);
    expect(sent).not.toMatch(/Storgata|Nordnesboder/u);
    expect(sent).toContain('i andre etasje.');
  });

  it('gives a spelled name one spelled surrogate and hides the name said whole later', () => {
    const sent = sentToModel([
      ['pasient', 'Etternavnet er R-I-M-K-E-V-I-C-I-E-N-E.'],
      ['pasient', 'Ja, det står Rimkeviciene og Petrauskas på postkassen.'],
    ]);
    expect(sent).not.toMatch(/Rimkeviciene|R-I-M-K/iu);
    // Spelled as it was said: one name, letter by letter, not a chain of names.
    expect(sent).toMatch(/^Etternavnet er (?:\p{Lu}-){2,}\p{Lu}\.$/mu);
  });

  it('hides a place someone lives in said again with a house number, as that address', () => {
    const sent = sentToModel([
      ['lege', 'Og du bor fortsatt i Nordnesboder?'],
      ['pasient', 'Ja, Nordnesboder 14, men jeg har fått ny postkasse.'],
    ]);
    expect(sent).not.toMatch(/Nordnesboder|\b14\b/u);
    expect(sent).toContain('men jeg har fått ny postkasse.');
  });

  it('never hands out, as a surrogate, a name said only inside an e-mail address', () => {
    const seeded = (seed: number) => (bytes: number) => Buffer.alloc(bytes, seed);
    const first = asRawText('Hei, Kari. Hvordan går det?');
    // Which surrogate would "Kari" get from this seed if nothing were reserved?
    const probe = pseudonymize(first, { vault: createVault({ random: seeded(5) }) }).text;
    const surrogate = /^Hei, (\p{L}+)\./u.exec(probe)?.[1] ?? 'missing';
    expect(surrogate).not.toBe('Kari');
    // The same seed, with that name inside the e-mail address of someone later in the consultation.
    const second = asRawText(
      `Mailen er ${surrogate.toLowerCase()} punktum berge krøllalfa online punktum no.`,
    );
    const vault = createVault({ random: seeded(5) });
    reserveNames([first, second], { vault });
    const output = [first, second].map((text) => pseudonymize(text, { vault }).text).join('\n');
    expect(output.toLowerCase()).not.toContain(surrogate.toLowerCase());
    expect(output).not.toContain('Kari');
  });
});
