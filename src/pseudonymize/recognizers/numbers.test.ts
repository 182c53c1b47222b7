import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeNumberSequences', () => {
  it('reads series of readings as no phone number, and still finds a phone beside them', () => {
    expect(found('Tidligere Hb 8,2 9,1 7,8 6,9. Puls 72 80 76 68. Vekt 84 83,5 82 81,7.')).toEqual(
      [],
    );
    expect(found('Blodsukker 5,6 7,2 11,4 6,8 8,9 9,3 fra dagboka.')).toEqual([]);
    expect(found('Hb 8,2, tlf 92 45 67 89. Ring meg på 72 80 76 68.')).toEqual([
      'PHONE 92 45 67 89',
      'PHONE 72 80 76 68',
    ]);
  });

  it('takes a spoken "pluss" into the phone number', () => {
    expect(found('Ring meg på pluss førtisju ni åtte sju seks fem fire tre to.')).toEqual([
      'PHONE pluss førtisju ni åtte sju seks fem fire tre to',
    ]);
  });

  it('reads the old way of saying numbers ("seks og tretti")', () => {
    expect(found('nummeret er seks og tretti, fire og førti, tolv, femten')).toEqual([
      'PHONE seks og tretti, fire og førti, tolv, femten',
    ]);
  });

  it('finds a phone number written with dots, but no dotted date or code', () => {
    expect(found('Telefonnummeret til datteren er 932.44.150.')).toEqual(['PHONE 932.44.150']);
    expect(found('Mobil: 93.24.41.50 dagtid.')).toEqual(['PHONE 93.24.41.50']);
    expect(found('Kapittel 12.4.3 og HbA1c 41.2.10 i tabellen.')).toEqual([]);
    expect(found('Koden er 932.44.150.2 i registeret.')).toEqual([]);
  });

  it('reads one spoken number across "og så"', () => {
    expect(found('pasient: det er elleve null seks førtito, og så tre tre to ni åtte.')).toEqual([
      'ID elleve null seks førtito, og så tre tre to ni åtte',
    ]);
    expect(found('Ta to tabletter og så tre til kvelden.')).toEqual([]);
  });

  it('finds account numbers with dots and organisation numbers after their label', () => {
    expect(found('Utbetales til kontonummer 1234.56.78903.')).toEqual(['ID 1234.56.78903']);
    expect(found('Firmaet har org.nr. 987 654 321.')).toEqual(['ID 987 654 321']);
  });

  it('finds the five last digits said after "de fem siste" and a postal code said in words', () => {
    expect(found('Personnummeret, de fem siste, er førtitre to seks seks.')).toEqual([
      'ID førtitre to seks seks',
    ]);
    expect(found('Postnummeret er null fire åtti fire.')).toEqual([
      'POSTAL_CODE null fire åtti fire',
    ]);
  });

  it('finds a foreign number after a country code in brackets, prefix and all', () => {
    expect(found('Svar til datteren på (+48) 601 223 418.')).toEqual(['PHONE (+48) 601 223 418']);
  });

  it('does not read counting backwards by sevens as a phone number', () => {
    expect(
      found('Teller baklengs fra hundre med sju: nittitre, åttiseks, syttini, syttito.'),
    ).toEqual([]);
    expect(found('Serial sevens: 93, 86, 79, 72, 65.')).toEqual([]);
    expect(found('Ring meg på 93 86 71 72.')).toEqual(['PHONE 93 86 71 72']);
  });

  it('reads an evenly stepping number typed right after a phone label as the phone number', () => {
    expect(found('Tlf.: 22 33 44 55')).toEqual(['PHONE 22 33 44 55']);
    expect(found('Ring legen ved behov. Målinger: 10 20 30 40 i går.')).toEqual([]);
  });

  it('finds a fødselsnummer written with the full birth year, and an EHIC card number', () => {
    expect(found('Hans fødselsnummer: 29 02 1948 - 221 34')).toEqual(['ID 29 02 1948 - 221 34']);
    expect(found('EHIC-kort nr. 80470000270012345678')).toEqual(['ID 80470000270012345678']);
    expect(found('Hun ble født 29 02 1948 og veide 3400 gram.')).not.toContain('ID 29 02 1948');
  });
});

describe('spoken phone numbers with "og" inside a hyphenated group', () => {
  it('reads "ni-og-tjue" as 29 and finds the whole number', () => {
    expect(found('nummeret er ni-og-tjue tyve trettien syvogførti.')).toEqual([
      'PHONE ni-og-tjue tyve trettien syvogførti',
    ]);
    expect(found('mobilen min er fire-og-førti, tjuetre, null sju, ni-og-femti.')).toEqual([
      'PHONE fire-og-førti, tjuetre, null sju, ni-og-femti',
    ]);
  });

  it('does not make a phone number of a hyphenated count that is no unit and tens', () => {
    expect(found('Hun har tatt to-og-to tabletter i går.')).toEqual([]);
  });
});

describe('phone numbers said with western dialect digits', () => {
  it('finds a phone number said with "fira", "sjau", "åtta", "tri" and "ellve"', () => {
    expect(found('pasient: nummeret mitt er nittiåtte, fira fem, tjuge, sjau ni.')).toEqual([
      'PHONE nittiåtte, fira fem, tjuge, sjau ni',
    ]);
    expect(found('du kan ringja meg på fira sju, ellve, åtta ni, sekstan.')).toEqual([
      'PHONE fira sju, ellve, åtta ni, sekstan',
    ]);
    expect(found('ho har nummeret nittitri, tjuefira, femtiåtta, søtti.')).toEqual([
      'PHONE nittitri, tjuefira, femtiåtta, søtti',
    ]);
  });

  it('leaves doses, counts and durations said in dialect alone', () => {
    expect(found('eg har teke fira tablettar i dag, og sjau i går.')).toEqual([]);
    expect(found('vondt i fjortan dagar, sove berre fira-fem timar, BT 140/90, Hb 12,3.')).toEqual(
      [],
    );
    expect(found('ho tek åtta milligram, tri gonger dagleg, i sjau dagar.')).toEqual([]);
  });
});

describe('three-digit groups said as one word', () => {
  it('finds a phone number with "nihundreogførti" or "firehundretolv" in it', () => {
    expect(
      found('mobilen hennes er nihundreogførti, tjuefem, sekshundreogti, hun svarer ikke.'),
    ).toEqual(['PHONE nihundreogførti, tjuefem, sekshundreogti']);
    expect(found('ring meg på firehundretolv, trettifem, åttini, sju')).toEqual([
      'PHONE firehundretolv, trettifem, åttini, sju',
    ]);
  });

  it('leaves a dose or a count said as one word alone', () => {
    expect(found('hun tar femhundreogtjue milligram to ganger om dagen, BT 140/90.')).toEqual([]);
    expect(found('han gikk tohundreogfemti meter på seks minutter.')).toEqual([]);
  });
});

describe('phone numbers said with western æ-forms and "og" between groups', () => {
  it('finds numbers said with "sæks", "fæm" and "tålv", the old way, and with "og" before a group', () => {
    expect(found('pasient: nummeret er nittisæks, fæmti, tålv, sæksti.')).toEqual([
      'PHONE nittisæks, fæmti, tålv, sæksti',
    ]);
    expect(found('mobilen er fire og nitti, tri og tjuge, sæks og femti, ni og søtti.')).toEqual([
      'PHONE fire og nitti, tri og tjuge, sæks og femti, ni og søtti',
    ]);
    expect(found('ja, det er ni sju, tretti, og førtifire, og tolv.')).toEqual([
      'PHONE ni sju, tretti, og førtifire, og tolv',
    ]);
  });

  it('leaves doses, blood pressure, durations and counted lists with "og" alone', () => {
    expect(
      found('eg tek sæks tablettar om dagen, og har hatt vondt i fæm veker og tålv dagar.'),
    ).toEqual([]);
    expect(found('blodtrykket var hundre og sæksti over nitti, og pulsen sæksti og fæm.')).toEqual(
      [],
    );
    expect(found('Hb 12, 13 og 14, BT 140 og 90, fem, seks og sju dager.')).toEqual([]);
    expect(found('hun telte tolv, tretten, fjorten og femten, så stoppet hun.')).toEqual([]);
  });
});

describe('phone numbers with dots after a label and with a slash (s34g)', () => {
  it('finds a dotted number after a label that ends in a dot', () => {
    expect(found('mob. 934.61.208 (privat)')).toEqual(['PHONE 934.61.208']);
    expect(found('tlf. 62.48.19.73')).toEqual(['PHONE 62.48.19.73']);
  });

  it('finds a mobile number written as two groups of four joined by a slash', () => {
    expect(found('Pårørende: 4728/1956.')).toEqual(['PHONE 4728/1956']);
    expect(found('Svigersønnen 9350 / 6172 ringes ved endring.')).toContain('PHONE 9350 / 6172');
    expect(found('Tlf. 3366/1904 sentralbord.')).toEqual(['PHONE 3366/1904']);
  });

  it('leaves fractions, case numbers and lab values with a slash alone', () => {
    expect(found('Kreatinin 9120/4500 ble nevnt.')).toEqual([]);
    expect(found('Forholdet 4500/9000 i labsvaret.')).toEqual([]);
    expect(found('Dosering 1000/2000 mg.')).toEqual([]);
    expect(found('Saksnr. 2025/3381 gjelder klagen.')).toEqual(['ID 2025/3381']);
  });

  it('finds a phone number with its area code in brackets', () => {
    expect(found('Hjemme: (33) 47 12 90, helst etter fire.')).toEqual(['PHONE (33) 47 12 90']);
    expect(found('ring (755) 21 460 om det er noe.')).toEqual(['PHONE (755) 21 460']);
  });

  it('leaves a bracketed value without eight digits after it alone', () => {
    expect(found('Vekt (64) kg, puls (78) 82 80.')).toEqual([]);
    expect(found('Verdier (12) 34 56 78 i serie.')).toEqual([]);
    expect(found('Skår (24) 18 12 og 30 ved kontroll.')).toEqual([]);
  });
});

describe('phone numbers said with hesitations, restarts and over two turns', () => {
  it('reads one number through "… ja, og" between its groups', () => {
    expect(found('Det e ni tre, åtti tre, tjueto … ja, og femten.')).toEqual([
      'PHONE ni tre, åtti tre, tjueto … ja, og femten',
    ]);
  });

  it('keeps the last said groups of a number that was restarted inside the number', () => {
    expect(found('Norsk nummer, nitti … ni null, sju sju, tre to, åtte fire.')).toEqual([
      'PHONE nitti … ni null, sju sju, tre to, åtte fire',
    ]);
  });

  it('finds the part of a number said after a cut-off in the turn before', () => {
    expect(found('… tolv, trettifire, femtiseks. Nei, femtisju til slutt.')).toContain(
      'PHONE tolv, trettifire, femtiseks',
    );
    // Counter-example: the same groups in a whole sentence are no number.
    expect(found('Han var tolv, trettifire og femtiseks år da det skjedde.')).not.toContain(
      'PHONE tolv, trettifire, femtiseks',
    );
  });

  it('finds an interpreter number after "tolkenummer"', () => {
    expect(found('Jeg er tolk i tigrinja. Tolkenummer to tre fire fem.')).toContain(
      'ID to tre fire fem',
    );
  });
});

describe('tens said in eastern and northern dialect', () => {
  it('finds a phone number with "firti" for førti in it', () => {
    expect(found('Ring mannen min på jobben, firti sju, nitti, null to, tjueen.')).toEqual([
      'PHONE firti sju, nitti, null to, tjueen',
    ]);
  });
});
