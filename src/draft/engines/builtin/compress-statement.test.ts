import { describe, expect, it } from 'vitest';
import { compressStatement } from './compress-statement.js';
import { allText, type ConversationLines, draftJournalNote } from './testing/draft-lines.js';

describe('compressStatement', () => {
  it('drops "hvis det betyr noe" after a denied allergy without leaving its comma', () => {
    expect(compressStatement('Ikke allergier, hvis det betyr noe.', 'history')).toBe(
      'Ikke allergier.',
    );
  });

  it('writes "Dette passer best med …" as "Forenlig med …"', () => {
    expect(
      compressStatement('Dette passer best med en godartet forstørret prostata.', 'assessment'),
    ).toBe('Forenlig med godartet forstørret prostata.');
  });

  it('writes the drug chosen without «derfor gis pas. heller» and with its dose after it', () => {
    expect(
      compressStatement('Derfor gis pas. heller trimetoprim, 160 mg x 2 i 3 dager.', 'treatment', {
        mentionsDrug: true,
      }),
    ).toBe('Trimetoprim 160 mg x 2 i 3 dager.');
    expect(
      compressStatement('Gis pas. amoksicillin, 500 mg x 3.', 'treatment', { mentionsDrug: true }),
    ).toBe('Amoksicillin 500 mg x 3.');
  });

  it('writes as-needed use as "ved behov"', () => {
    expect(
      compressStatement('Ventoline når pas. trenger det, nå er det x 4-5 daglig.', 'history', {
        mentionsDrug: true,
      }),
    ).toMatch(/^Ventoline ved behov, /u);
  });

  it('writes a told duration without its frame ("Det har vært sånn i 2 måneder")', () => {
    expect(compressStatement('Det har vært sånn i 2 måneder.', 'history')).toBe('I 2 måneder.');
    expect(compressStatement('Det har vært vondt i 2 måneder.', 'history')).toBe(
      'Det har vært vondt i 2 måneder.',
    );
  });

  it('drops the yes to a patient’s question before the condition that is the plan', () => {
    expect(
      compressStatement(
        'Det kan pas., men vurderer gradert sykmelding hvis bekkenet blir verre.',
        'followup',
      ),
    ).toBe('Vurderer gradert sykmelding hvis bekkenet blir verre.');
  });

  it('writes a symptom without its subject verb and intensifier', () => {
    expect(compressStatement('Har så vondt i magen.', 'history')).toBe('Vondt i magen.');
    expect(compressStatement('Er sliten om ettermiddagen.', 'history')).toBe(
      'Sliten om ettermiddagen.',
    );
    expect(compressStatement('Har ikke hatt oppkast.', 'history')).toBe('Ikke hatt oppkast.');
  });

  it('writes a symptom had without "Har hatt" ("Har hatt vondt i magen i 3 dager")', () => {
    expect(compressStatement('Har hatt vondt i magen i 3 dager.', 'history')).toBe(
      'Vondt i magen i 3 dager.',
    );
    expect(compressStatement('Har hatt utslett på armene siden i går.', 'history')).toBe(
      'Utslett på armene siden i går.',
    );
    expect(compressStatement('Har hatt det tungt.', 'history')).toBe('Har hatt det tungt.');
  });

  it('drops the auxiliary of a told event ("Har kastet opp" → "Kastet opp")', () => {
    expect(compressStatement('Har kastet opp 2 ganger i natt.', 'history')).toBe(
      'Kastet opp 2 ganger i natt.',
    );
    expect(compressStatement('Har vært sliten i 3 uker.', 'history')).toBe('Vært sliten i 3 uker.');
    expect(compressStatement('Har ikke kastet opp.', 'history')).toBe('Ikke kastet opp.');
    expect(compressStatement('Har astma.', 'history')).toBe('Har astma.');
  });

  it('writes a medication history as drug and dose ("Tar Enalapril, 10 mg" → "Enalapril 10 mg")', () => {
    expect(
      compressStatement('Tar Enalapril, 10 mg, for blodtrykket.', 'history', {
        mentionsDrug: true,
      }),
    ).toBe('Enalapril 10 mg, for blodtrykket.');
    expect(
      compressStatement('Tar Symbicort morgen og kveld.', 'history', { mentionsDrug: true }),
    ).toBe('Symbicort morgen og kveld.');
    expect(compressStatement('Tar det rolig.', 'history')).toBe('Tar det rolig.');
  });

  it('writes "no allergies the patient knows of" as "Ingen kjente allergier"', () => {
    expect(compressStatement('Ingen allergier som pas. vet om.', 'history')).toBe(
      'Ingen kjente allergier.',
    );
  });

  it('drops the copula of a finding but keeps it after a pronoun', () => {
    expect(compressStatement('Buken er bløt og uøm.', 'finding')).toBe('Buken bløt og uøm.');
    expect(compressStatement('Den er øm over kneskjellet.', 'finding')).toBe(
      'Den er øm over kneskjellet.',
    );
    expect(compressStatement('Hun veier 14,2 kg.', 'finding')).toBe('Vekt 14,2 kg.');
    expect(compressStatement('Huden ser fin ut.', 'finding')).toBe('Huden ser fin ut.');
  });

  it('writes a prescription without its verb only when it names a drug', () => {
    expect(
      compressStatement('Får amoksicillin 500 mg x 3 daglig i 7 dager.', 'treatment', {
        mentionsDrug: true,
      }),
    ).toBe('Amoksicillin 500 mg x 3 i 7 dager.');
    expect(compressStatement('Får beskjed om svar på telefon.', 'followup')).toBe(
      'Får beskjed om svar på telefon.',
    );
  });

  it('drops the reassurance after a decision, also when it names "pas."', () => {
    expect(
      compressStatement(
        'Skal ta hele kuren, selv om pas. føler seg bedre etter 2 dager.',
        'followup',
      ),
    ).toBe('Skal ta hele kuren.');
  });

  it('writes an approximate count as "ca." and "med en gang" as "straks"', () => {
    expect(compressStatement('Kastet opp kanskje 5 ganger.', 'history')).toBe(
      'Kastet opp ca. 5 ganger.',
    );
    expect(compressStatement('Ring 113 med en gang ved brystsmerter.', 'safety')).toBe(
      'Ring 113 straks ved brystsmerter.',
    );
  });
});

describe('builtin drafter: dialect, corrections and two-part screening', () => {
  async function noteText(lines: ConversationLines): Promise<string> {
    return allText(await draftJournalNote(lines));
  }

  it('keeps a negative suicide screening answered "ingen av delan" in northern dialect', async () => {
    const text = await noteText([
      ['lege', 'Hva bringer deg hit?'],
      ['pasient', 'Æ har vært så nedfor i det siste, og æ søv dårlig.'],
      ['lege', 'Har du tenkt på å ta livet ditt, eller har du lagt en plan for det?'],
      ['pasient', 'Nei, ingen av delan.'],
    ]);
    expect(text).toMatch(/Ingen tanker om å ta livet|Ikke tenkt på å ta livet/u);
    expect(text).toMatch(/(?:ikke|ingen) (?:lagt en )?plan/iu);
    expect(text).not.toMatch(/delan/u);
  });

  it('keeps the temperature taken back with "eller, det var vel"', async () => {
    const text = await noteText([
      ['lege', 'Hva er problemet?'],
      ['pasient', 'Jeg har hoste og feber.'],
      ['lege', 'Hvor høy feber?'],
      ['pasient', 'Trettiåtte komma en i natt, eller, det var vel trettini komma en.'],
    ]);
    expect(text).toMatch(/39,1/u);
    expect(text).not.toMatch(/38,1/u);
  });

  it('writes safety-netting with the action first or without "hvis" as "Kontakt … ved …"', async () => {
    const text = await noteText([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i halsen.'],
      [
        'lege',
        'Du skal ta kontakt med legevakten hvis du får pustevansker eller ikke klarer å drikke. Blir hun slapp eller får utslett, må dere ringe legevakten med en gang.',
      ],
    ]);
    expect(text).toMatch(/Ring legevakten straks ved slapp eller utslett\./u);
    // "ikke klarer å drikke" cannot stand after "ved": that rule stays as said.
    expect(text).not.toMatch(/ved pustevansker eller ikke/u);
  });

  it("leaves out the family's own doings from a two-part question", async () => {
    const text = await noteText([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i ryggen.'],
      ['lege', 'Har du hatt feber, eller har dere målt temperaturen?'],
      ['pasient', 'Nei.'],
    ]);
    expect(text).toMatch(/Ingen feber\./u);
    expect(text).not.toMatch(/dere/u);
  });
});
