import { describe, expect, it } from 'vitest';

import { compressSentence, withoutEscort, withoutPointerToPatient } from './concise-statements.js';
import { draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('the clinician pointing back at what the patient said («Som du sa …»)', () => {
  it('drops the pointer and keeps what was said word for word', () => {
    expect(compressSentence('Som pas. sa, hjelper Ibux litt.', withoutPointerToPatient)).toBe(
      'Hjelper Ibux litt.',
    );
    expect(
      compressSentence(
        'Som pas. sa på telefonen, har pas. hatt svie i 3 dager.',
        withoutPointerToPatient,
      ),
    ).toBe('Har hatt svie i 3 dager.');
  });

  it('leaves a sentence where «som du sa» is not the opening pointer', () => {
    const said = 'Det er ikke farlig, som pas. sa, men vi tar en prøve.';
    expect(compressSentence(said, withoutPointerToPatient)).toBe(said);
  });

  it('writes no «Som pas. sa» in a drafted note', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i venstre hæl når jeg går.'],
      ['lege', 'Som du sa, hjelper Paracet litt. Har du hatt feber?'],
      ['pasient', 'Nei.'],
    ]);
    const anamnesis = sectionText(output, 'anamnese');
    expect(anamnesis).toMatch(/Paracet/u);
    expect(anamnesis).not.toMatch(/som (?:pas\.|du) sa/iu);
  });
});

describe('who brought the patient is left out («fulgt ho hit»)', () => {
  it('drops a sentence that is only the escort', () => {
    expect(compressSentence('Naboen kjørte pas. hit.', withoutEscort)).toBe('');
    expect(compressSentence('Mor fulgte pas. hjem den gangen.', withoutEscort)).toBe('');
  });

  it('keeps an escort to the emergency service, which the guard holds as a red flag', () => {
    const said = 'Mor fulgte pas. til legevakta den gangen.';
    expect(compressSentence(said, withoutEscort)).toBe(said);
  });

  it('drops a trailing escort clause and keeps the complaint', () => {
    expect(
      compressSentence(
        'Har hatt vondt i ryggen i 3 dager, og i dag klarte hun nesten ikke å reise seg fra senga, så komparent fulgt hun hit.',
        withoutEscort,
      ),
    ).toBe(
      'Har hatt vondt i ryggen i 3 dager, og i dag klarte hun nesten ikke å reise seg fra senga.',
    );
  });

  it('keeps an escort sentence that says more than who drove («Kona kjørte meg hit fordi jeg besvimte»)', () => {
    const said = 'Kona kjørte pas. hit fordi pas. besvimte i bilen.';
    expect(compressSentence(said, withoutEscort)).toBe(said);
  });

  it('leaves the escort out of a drafted note and keeps the complaint', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva har skjedd?'],
      ['pårørende', 'Mamma har hatt vondt i magen siden i går, så jeg fulgte henne hit.'],
      ['lege', 'Har du kastet opp?'],
      ['pasient', 'Nei.'],
    ]);
    const note = `${sectionText(output, 'kontaktarsak')} ${sectionText(output, 'anamnese')}`;
    expect(note).toMatch(/vondt i magen/u);
    expect(note).not.toMatch(/fulgt/u);
  });
});
