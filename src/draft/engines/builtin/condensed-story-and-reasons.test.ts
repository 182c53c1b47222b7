/*
 * Session 24 of issue 12 (length): the story told around a complaint and the reasons told to the
 * patient stay out of the note, the facts stay in. Fresh synthetic text (not the shared cases,
 * not the eval cases).
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';
import { withoutStoryClauses } from './prune-story-clauses.js';
import { withoutReasonClause } from './trim-reason-clauses.js';

describe('story clauses in a long history statement', () => {
  it('leaves out who was there and where, keeps the symptom', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har vondt i venstre skulder.'],
      ['lege', 'Hvordan begynte det?'],
      [
        'pasient',
        'Vi var på hytta i Hemsedal i påsken, og så fikk jeg et stikk i venstre skulder da jeg løftet båten.',
      ],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/stikk i venstre skulder/u);
    expect(history).not.toMatch(/hytta|Hemsedal|påsken/u);
  });

  it('keeps a clause with a negation, a number or a safety topic even inside a story', () => {
    expect(
      withoutStoryClauses(
        'Vi skulle til Sverige på ferie, men jeg har ikke hatt feber, og jeg tåler ikke penicillin.',
      ),
    ).toBe('Jeg har ikke hatt feber, og jeg tåler ikke penicillin.');
    expect(
      withoutStoryClauses('Vi kjørte til Lillehammer i helga, og jeg målte 38,5 om kvelden.'),
    ).toBe('Jeg målte 38,5 om kvelden.');
  });

  it('leaves a short statement and a story without clinical content whole', () => {
    expect(withoutStoryClauses('Vi var på hytta, og så ble det vondt.')).toBe(
      'Vi var på hytta, og så ble det vondt.',
    );
    expect(
      withoutStoryClauses('Vi var på hytta med naboen, og vi hadde det veldig hyggelig der oppe.'),
    ).toBe('Vi var på hytta med naboen, og vi hadde det veldig hyggelig der oppe.');
  });

  it('keeps work, relatives and time of day, which a history needs', () => {
    expect(
      withoutStoryClauses('Vi bor i Moss, jeg jobber som lastebilsjåfør, og far hadde det samme.'),
    ).toBe('Jeg jobber som lastebilsjåfør, og far hadde det samme.');
    expect(
      withoutStoryClauses('Vi satt hos Kari og Per, og det kom om natta, helt plutselig.'),
    ).toBe('Det kom om natta, helt plutselig.');
  });
});

describe('reason clauses in the clinician’s plan', () => {
  it('writes the sick leave without why the job needs it', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe med?'],
      ['pasient', 'Jeg har vondt i korsryggen etter at jeg løftet en sekk sement.'],
      [
        'lege',
        'Jeg skriver en sykmelding i fem dager, siden arbeidet ditt er fysisk tungt og ensidig.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/sykmelding i 5 dager/u);
    expect(plan).not.toMatch(/tungt|ensidig/u);
  });

  it('keeps a reason that names an allergy, a negation or a number', () => {
    expect(
      withoutReasonClause('Får Trimetoprim i tre dager, siden hun ikke tåler penicillin.'),
    ).toBe('Får Trimetoprim i tre dager, siden hun ikke tåler penicillin.');
    expect(withoutReasonClause('Ny INR på fredag, fordi den var 3,4 sist.')).toBe(
      'Ny INR på fredag, fordi den var 3,4 sist.',
    );
  });

  it('drops what a drug may do in general, keeps the decision', () => {
    expect(withoutReasonClause('Slutter med Voltaren, den kan gi magesår hos eldre.')).toBe(
      'Slutter med Voltaren.',
    );
  });

  it('leaves a time phrase with «siden» alone', () => {
    expect(
      withoutReasonClause('Startet med Sertralin for fire uker siden, og tar den daglig.'),
    ).toBe('Startet med Sertralin for fire uker siden, og tar den daglig.');
  });
});
