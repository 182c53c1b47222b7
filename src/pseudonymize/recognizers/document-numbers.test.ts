import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function ids(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'ID')
    .map((entity) => entity.text);
}

describe('recognizeDocumentNumbers', () => {
  it('replaces a record number after a record label written apart ("Journal nr.")', () => {
    expect(ids('Journal nr. HD-2026-0417.')).toEqual(['HD-2026-0417']);
    expect(ids('Pasient nr. 00478213 i gammelt system.')).toEqual(['00478213']);
    // Counter-example: a room number keeps its label's meaning.
    expect(ids('Rom nr. 12, seng 2.')).toEqual([]);
  });

  it('replaces passport numbers written after a passport word, with or without a space', () => {
    expect(ids('Reiser til Polen i morgen, passnr. PB 7730164 ligger i journalen.')).toEqual([
      'PB 7730164',
    ]);
    expect(ids('Passet hennes har nummer 42917730, utstedt i fjor.')).toEqual(['42917730']);
    expect(ids('Pasn.: X9RT55K20 (nederlandsk).')).toEqual(['X9RT55K20']);
  });

  it('replaces a passport or ID-card number said letter by letter and digit by digit', () => {
    expect(ids('pasient: pass nummer F K fire tre to null ni sju, det står her.')).toEqual([
      'F K fire tre to null ni sju',
    ]);
    expect(ids('pasient: passnummer k b sju null null fire ni tre en, gyldig.')).toEqual([
      'k b sju null null fire ni tre en',
    ]);
    expect(ids('pårørende: ID-kortet hennes har nummer N R åtte en fem fem to null.')).toEqual([
      'N R åtte en fem fem to null',
    ]);
    // Counter-examples: a pass said with a letter and a few numbers that are no code.
    expect(ids('pasient: passet er i skuffen, og i to av tre år har jeg reist.')).toEqual([]);
    expect(ids('lege: pass på at du tar en tablett to ganger om dagen.')).toEqual([]);
  });

  it('replaces a reference of letters, a dash and digits after its label', () => {
    expect(ids('Deres ref.: KR-2209, vår ref.: 23/1187-4.')).toEqual(['KR-2209', '23/1187-4']);
    expect(ids('Se KR-2209 i forskriften.')).toEqual([]);
  });

  it('replaces case and reference numbers after their label, also said in words', () => {
    expect(ids('Klagen har saksnr. 2025/00731 hos Statsforvalteren.')).toEqual(['2025/00731']);
    expect(ids('Deres ref.: 22/8816-4, vår referanse PT-2024-118.')).toEqual([
      '22/8816-4',
      'PT-2024-118',
    ]);
    expect(ids('pasient: saksnummeret er tjuefem skråstrek åtte null to ni')).toEqual([
      'tjuefem skråstrek åtte null to ni',
    ]);
  });

  it('replaces the five-digit personnummer said apart from the birth date', () => {
    expect(
      ids('pasient: født andre mai sekstini, og personnummeret er seks en tre null to'),
    ).toEqual(['seks en tre null to']);
    expect(ids('Født 17.11.58, personnr. 402 77.')).toEqual(['402 77']);
  });

  it('leaves the same words alone where no number follows them', () => {
    expect(ids('Pass på å ta Paracet 500 mg, og pass 3 ganger daglig er nok.')).toEqual([]);
    expect(ids('Saksbehandlingstiden er 12 uker; referansen finnes på brevet.')).toEqual([]);
    expect(ids('Personnummeret er feil registrert, ring folkeregisteret.')).toEqual([]);
  });

  it('replaces any number after a label built on "-nummer", "-nr" or "-ID", but not a phone label', () => {
    expect(ids('Medlemsnr. 88214 i pensjonistforeningen.')).toEqual(['88214']);
    expect(ids('Bestilt med rekvisisjonsnummer LAB-2026-11930 i dag.')).toEqual(['LAB-2026-11930']);
    expect(ids('Utbetaling til kontonummer 6012 44 91827 innen fredag.')).toEqual([
      '6012 44 91827',
    ]);
    expect(ids('Hjemmenummer 22 81 40 77 står i kontaktlisten.')).toEqual([]);
    expect(ids('Lagt på romnummer 4112 i tredje etasje.')).toEqual([]);
  });

  it('replaces a reference number after "Ref." alone', () => {
    expect(ids('Ref. 2026/4471 oppgis ved svar.')).toEqual(['2026/4471']);
  });
});

describe('recognizeDocumentNumbers, labels in capitals', () => {
  // Each label is looked for only in lines holding its cheap hint; the hint must ignore case too.
  it('finds the numbers after labels written in capitals or mixed case', () => {
    expect(ids('PASSNR: KT 5521906 ble lagt ved søknaden.')).toEqual(['KT 5521906']);
    expect(ids('VÅR REF.: 19/4471-2 gjelder vedtaket.')).toEqual(['19/4471-2']);
    expect(ids('BrukerNR 88314027 står på kortet.')).toEqual(['88314027']);
    expect(ids('Født 02.09.61, PERSONNR. 553 10.')).toEqual(['553 10']);
  });

  it('replaces a KID number after "KID", and a second number joined by "og" to a labelled one', () => {
    expect(ids('Betal innen 14 dager til kontonummer 1506 33 20014 med KID 0072210934.')).toEqual([
      '1506 33 20014',
      '0072210934',
    ]);
    expect(
      ids('Fremmøtt: betjenter med tjenestenummer 2207 og 6618, begge fra utrykningen.'),
    ).toEqual(['2207', '6618']);
    expect(ids('Kid og mor var med på timen.')).toEqual([]);
  });

  it('keeps the last group of a reference written in three hyphenated groups', () => {
    expect(ids('Vår referanse 5120-7782-11, bes oppgitt ved henvendelse.')).toEqual([
      '5120-7782-11',
    ]);
  });

  it('replaces a requisition or specimen code after the record word, with letters and a slash', () => {
    expect(ids('Cytologisvar på rekvisisjon C2025/10442 er klart.')).toEqual(['C2025/10442']);
    expect(ids('Prøve BK25-7730412 kom fram hemolysert.')).toEqual(['BK25-7730412']);
    expect(ids('Prøve 2 av 3 var positiv, rekvisisjon 1 mangler.')).toEqual([]);
  });

  it('replaces a labelled number said in digit groups with commas between them', () => {
    expect(ids('pasient: medlemsnummeret er sju en to, fire fire null, åtte.')).toEqual([
      'sju en to, fire fire null, åtte',
    ]);
  });
});

describe('a test score after the Norwegian version of the test (s33d)', () => {
  it('is no labelled number: «MMSE-NR 29/30», «MOCA-NR: 24/30»', () => {
    expect(ids('MMSE-NR 29/30 og klokketest normal.')).toEqual([]);
    expect(ids('MOCA-NR: 24/30.')).toEqual([]);
  });
  it('still finds a number after a number label', () => {
    expect(ids('Pasient-nr 29/30')).toEqual(['29/30']);
    expect(ids('Medlemsnr. 44/55123')).toEqual(['44/55123']);
  });
});

describe('recognizeDocumentNumbers, case compounds and letters inside a labelled number', () => {
  it('replaces the number after a compound naming a kind of case', () => {
    expect(ids('Vergemålssak 26/104552')).toEqual(['26/104552']);
    expect(ids('Gjelder barnevernssaken nr. 2024/3318-4 fra i fjor.')).toEqual(['2024/3318-4']);
    // Counter-example: a share after a case word with no slash number keeps its meaning.
    expect(ids('Klagesaken tok 3 måneder.')).toEqual([]);
  });

  it('keeps letters between digit groups and a letter suffix inside a labelled number', () => {
    expect(ids('Prøvenr. 26-MB-04417')).toEqual(['26-MB-04417']);
    expect(ids('Ansattnr. 4471-K. Kontakt i hjemlandet.')).toEqual(['4471-K']);
    // A word joined after the number is not its suffix.
    expect(ids('Ansattnr. 4471-Kari')).toEqual(['4471']);
  });
});
