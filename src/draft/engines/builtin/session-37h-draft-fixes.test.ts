/*
 * Session 37h (issue 12): a question asked in the negative is read as the plain question («Drikker
 * du ikke alkohol?» — «Nei, ikke lenger.» is «Drikker ikke alkohol lenger.», «Jo.» a yes); a no
 * that says "not much" («Nei, ikkje nåkka særlig.») is never a flat denial nor a safety negative;
 * a bare length of the complaint («Et par måneder.») goes with the complaint; «Ring oss, så ringer
 * vi deg …» is the clinic ringing with the result. Fresh text.
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('a question asked in the negative', () => {
  it('«Drikker du ikke alkohol?» — «Nei, ikke lenger.» is one denial, given up', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har sure oppstøt om kvelden.'],
      ['lege', 'Drikker du ikke alkohol?'],
      ['pasient', 'Nei, ikke lenger.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Drikker ikke alkohol lenger/u);
    expect(history).not.toMatch(/ikke ikke/u);
  });

  it('«Har du ikke feber?» — «Jo.» says the fever, never «Ikke feber»', async () => {
    const history = section(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i halsen.'],
        ['lege', 'Har du ikke feber?'],
        ['pasient', 'Jo.'],
      ]),
      'anamnese',
    );
    expect(history).toMatch(/feber/iu);
    expect(history).not.toMatch(/(?:Ikke|Ingen) feber/u);
  });

  it('«Har du ikke hatt feber?» — «Nei.» denies it once', async () => {
    const history = section(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i halsen.'],
        ['lege', 'Har du ikke hatt feber?'],
        ['pasient', 'Nei.'],
      ]),
      'anamnese',
    );
    expect(history).toMatch(/(?:Ingen|Ikke) feber/u);
    expect(history).not.toMatch(/ikke ikke/u);
  });

  it('nynorsk «Røyk du ikkje?» — «Nei.» is «Røyker ikke.»; «Jo, litt.» is no denial', async () => {
    const denied = section(
      await draft([
        ['lege', 'Kva kan eg hjelpe deg med?'],
        ['pasient', 'Eg har hosta i tre veker.'],
        ['lege', 'Røyker du ikkje?'],
        ['pasient', 'Nei.'],
      ]),
      'anamnese',
    );
    expect(denied).toMatch(/Røyker ikke/u);
    expect(denied).not.toMatch(/ikke ikke/u);
    const affirmed = section(
      await draft([
        ['lege', 'Kva kan eg hjelpe deg med?'],
        ['pasient', 'Eg har hosta i tre veker.'],
        ['lege', 'Røyker du ikkje?'],
        ['pasient', 'Jo, litt.'],
      ]),
      'anamnese',
    );
    expect(affirmed).not.toMatch(/Røyker ikke/u);
  });
});

describe('a no that says "not much"', () => {
  it('«Er du tung i pusten?» — «Nei, ikkje nåkka særlig.» adds no «Ingen dyspné»', async () => {
    const history = section(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Æ har hosta i fem dager, og æ har hatt feber.'],
        ['lege', 'Er du tung i pusten?'],
        ['pasient', 'Nei, ikkje nåkka særlig.'],
      ]),
      'anamnese',
    );
    expect(history).toMatch(/Ikke særlig tung i pusten/u);
    expect(history).not.toMatch(/Ingen dyspné/u);
  });

  it('a plain no still gives the safety negative (counter-example)', async () => {
    const history = section(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har hostet i fem dager.'],
        ['lege', 'Er du tung i pusten?'],
        ['pasient', 'Nei.'],
      ]),
      'anamnese',
    );
    expect(history).toMatch(/Ingen dyspné|Ikke tung i pusten/u);
  });
});

describe('a bare length of the complaint', () => {
  it('«Et par måneder.» goes with the complaint, not dropped and not a line of its own', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i korsryggen.'],
      ['lege', 'Hvor lenge har du hatt det?'],
      ['pasient', 'Et par måneder.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/Vondt i korsryggen i et par måneder\./u);
    expect(section(output, 'anamnese')).not.toMatch(/^I? ?et par måneder/iu);
  });

  it('«Det har vart i et par måneder nå.» likewise', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har så vondt i magen etter maten.'],
      ['lege', 'Hvor lenge har det holdt på?'],
      ['pasient', 'Det har vart i et par måneder nå.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/i et par måneder/u);
  });

  it('the length of another symptom asked by name stays apart (counter-example)', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i brystet.'],
      ['lege', 'Hvor lenge har du hatt hoste?'],
      ['pasient', 'Tre uker.'],
    ]);
    expect(section(output, 'kontaktarsak')).not.toMatch(/3 uker/u);
  });
});

describe('ringing with the result', () => {
  it('«Ring oss, så ringer vi deg når svaret kommer» is «Ringer pas. med svar.»', async () => {
    const plan = section(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg svir når jeg tisser.'],
        ['lege', 'Jeg sender urinen til dyrkning. Ring oss, så ringer vi deg når svaret kommer.'],
      ]),
      'tiltak',
    );
    expect(plan).toMatch(/Ringer pas\. med svar/u);
    expect(plan).not.toMatch(/Skal ringe lege/u);
    expect(plan).toMatch(/dyrkning/u);
  });
});

describe('a no taken back, and a yes to a question that opens with its negation', () => {
  it('«Nei. Jo forresten, ein gong i natt.» is a vomiting once in the night, never «Ikke oppkast»', async () => {
    const history = section(
      await draft([
        ['lege', 'Kva er problemet?'],
        ['pårørende', 'Ho har hatt feber sidan i går.'],
        ['lege', 'Har ho kasta opp?'],
        ['pårørende', 'Nei. Jo forresten, ein gong i natt.'],
      ]),
      'anamnese',
    );
    expect(history).toMatch(/Kastet opp (?:en|én) gang i natt/u);
    expect(history).not.toMatch(/Ikke oppkast|Ikke kastet opp/u);
  });

  it('«Ikke prøvd noe for magen?» — «Jo, Novaluzid …» keeps the remedy, never «Ikke prøvd»', async () => {
    const history = section(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har svie øverst i magen.'],
        ['lege', 'Ikke prøvd noe for magen?'],
        ['pasient', 'Jo, Novaluzid, og det hjelper litt.'],
      ]),
      'anamnese',
    );
    expect(history).toMatch(/Novaluzid/u);
    expect(history).not.toMatch(/Ikke prøvd/u);
  });
});

describe('«jo» to a negative statement asked as a question', () => {
  it('«Du har itj hatt sånne smerter før?» — «Jo, en gang i fjor sommer, …» keeps the episode', async () => {
    const history = section(
      await draft([
        ['lege', 'Hva er det som har skjedd?'],
        ['pasient', 'Jeg fikk et trykk midt i brystet i går.'],
        ['lege', 'Du har ikke hatt sånne smerter før?'],
        ['pasient', 'Jo, en gang i fjor sommer, men da gikk det over av seg selv.'],
      ]),
      'anamnese',
    );
    expect(history).toMatch(/Har hatt sånne smerter før, en gang i fjor sommer/u);
    expect(history).not.toMatch(/Ikke hatt sånne smerter/u);
  });

  it('«Jo, et par glass vin i helga.» speaks for itself, with no bare «Drikker alkohol.»', async () => {
    const history = section(
      await draft([
        ['lege', 'Hvordan går det?'],
        ['pasient', 'Jeg sover bedre, men er fortsatt sliten.'],
        ['lege', 'Du drikker ikke alkohol nå?'],
        ['pasient', 'Jo, et par glass vin i helga.'],
      ]),
      'anamnese',
    );
    expect(history).toMatch(/glass vin/u);
    expect(history).not.toMatch(/Drikker (?:ikke )?alkohol\./u);
  });
});
