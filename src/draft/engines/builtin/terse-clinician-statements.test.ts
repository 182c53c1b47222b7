/*
 * Session 7 of issue 12, on fresh text (not the shared d01–d06 nor the eval cases): the
 * clinician's examination and plan read as a GP writes them, hedged answers stay hedged, a value
 * the answer corrects is written once, and a relative's own illness is written as theirs.
 */
import { describe, expect, it } from 'vitest';
import { hedgeStatement, readHedgedAnswer } from './hedged-answer.js';
import { toSafetyList, toTerseFinding, toTersePlan } from './terse-clinician-statements.js';
import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('examination findings as terse findings', () => {
  it('writes a measurement told with its circumstances as the value alone', () => {
    expect(toTerseFinding('Temperaturen målte sykepleier da pas. kom inn, var 37,9.')).toBe(
      'Temp 37,9.',
    );
  });

  it('writes blood pressure, temperature and saturation with the abbreviations of a note', () => {
    expect(toTerseFinding('Blodtrykk 155/90. Puls uregelmessig, ca. 110.')).toBe(
      'BT 155/90. Puls uregelmessig, ca. 110.',
    );
    expect(toTerseFinding('Temperatur 37,2, metning 97 prosent.')).toBe('Temp 37,2, SpO2 97 %.');
    expect(toTerseFinding('Blodtrykket er 140/90.')).toBe('BT 140/90.');
  });

  it('heads no finding with the person examined or the blood pressure named twice', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager henne?'],
      ['pårørende', 'Hun har hatt feber siden i går.'],
      ['lege', 'Da ser jeg på henne. Temperatur trettiåtte komma sju. Lungene er normale.'],
      [
        'lege',
        'Jeg skal måle blodtrykket og se på føttene. Blodtrykk hundre og førtito over åttiåtte.',
      ],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toMatch(/^Temp 38,7\./u);
    expect(findings).toMatch(/(?:^| )BT 142\/88\./u);
    expect(findings).not.toMatch(/Henne|BT: /u);
  });

  it('leaves out the clinician announcing what is examined («Jeg skal se på foten.»)', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har vondt i skulderen.'],
      [
        'lege',
        'Jeg undersøker skulderen. Aktiv abduksjon til nitti grader. Jeg skal se på foten. Ingen hevelse.',
      ],
    ]);
    expect(allText(output)).not.toMatch(/Undersøker|Se på foten/u);
    expect(section(output, 'funn')).toMatch(/abduksjon til 90 grader/u);
  });

  it('keeps a short finding the clinician denies though its word is outside the vocabulary', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager henne?'],
      ['pårørende', 'Hun har fått utslett og feber.'],
      [
        'lege',
        'Da ser jeg på henne. Vesikler på truncus. Ingen petekkier. Ikke pus i fremre kammer.',
      ],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toMatch(/Ingen petekkier/u);
    expect(findings).toMatch(/Ikke pus i fremre kammer/u);
  });

  it('drops the patient as subject of each finding and writes both sides as bilateralt', () => {
    expect(toTerseFinding('Pas. har ømme kjertler på begge sider, og pas. har ikke utslett.')).toBe(
      'Ømme kjertler bilateralt, ikke utslett.',
    );
  });

  it('joins a bare score to the finding it scores, with the denied items last', async () => {
    const output = await draft([
      ['lege', 'Hva plager deg?'],
      ['pasient', 'Jeg har vondt i halsen og feber.'],
      ['lege', 'Nå skal jeg undersøke deg.'],
      [
        'lege',
        'Centor: du har ikke hoste, du har feber og du har belegg på mandlene. Tre av fire.',
      ],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toMatch(/^Centor 3\/4: feber, belegg på tonsiller, ikke hoste\./u);
    expect(findings).not.toMatch(/pas\./u);
  });
});

describe('the plan as imperative or nominal items', () => {
  it('puts the drug and dose first and leaves out the tablets it is made of', () => {
    expect(
      toTersePlan(
        'Kan pas. fortsette med ibuprofen, 400 mg, 2 tabletter på 200, inntil x 3.',
        true,
      ),
    ).toBe('Ibuprofen 400 mg inntil x 3.');
  });

  it('writes the control or the test as the item, without the clinic taking it', () => {
    expect(toTersePlan('Tar en kontroll om 1 måned.', false)).toBe('Kontroll om 1 måned.');
    expect(toTersePlan('Avtaler kontroll her om 3 uker.', false)).toBe('Kontroll om 3 uker.');
    expect(toTersePlan('Tar ny TSH om 6 uker og justerer dosen.', false)).toBe(
      'Ny TSH om 6 uker og justerer dosen.',
    );
    expect(toTersePlan('Tar med seg skjemaet hjem.', false)).toBe('Tar med seg skjemaet hjem.');
  });

  it('writes a follow-up without the clinician as the one who calls', () => {
    expect(toTersePlan('Hvis ikke bedre om 5 dager, ringer lege.', false)).toBe(
      'Ny kontakt hvis ikke bedre om 5 dager.',
    );
  });

  it('lists warning signs with a negation after a colon instead of after «ved»', () => {
    expect(
      toSafetyList(
        'Hvis pas. får høy feber, ikke klarer å drikke, eller blir tungpustet, må pas. kontakte legevakten.',
      ),
    ).toBe('Kontakt legevakten ved faresignaler: høy feber, klarer ikke å drikke, tungpustet.');
  });

  it('lists warning signs without a negation after «ved», and one for a child or with no place', () => {
    expect(
      toSafetyList(
        'Hvis pas. får feber, frysninger eller vondt i ryggen eller siden, må ta kontakt med lege eller legevakten.',
      ),
    ).toBe('Kontakt lege eller legevakten ved feber, frysninger eller vondt i ryggen eller siden.');
    expect(
      toSafetyList(
        'Hvis hun ikke er bedre om 2 dager, eller hvis hun blir slapp, får høy feber eller det renner fra øret, må ta kontakt.',
      ),
    ).toBe(
      'Ny kontakt ved faresignaler: ikke bedre om 2 dager, slapp, høy feber, det renner fra øret.',
    );
    expect(
      toSafetyList(
        'Hvis pas. får den verste hodepinen, feber, stiv nakke eller lammelser, må komme tilbake straks.',
      ),
    ).toBe('Ny kontakt straks ved den verste hodepinen, feber, stiv nakke eller lammelser.');
  });

  it('drops the introduction to the warning signs but keeps the signs', async () => {
    const output = await draft([
      ['lege', 'Hva kommer du for?'],
      ['pasient', 'Jeg har hostet i en uke.'],
      ['lege', 'Du får penicillin, 660 milligram, fire ganger daglig i sju dager.'],
      ['lege', 'Noen faresignaler du skal kjenne til.'],
      [
        'lege',
        'Hvis du får pustevansker, blir forvirret eller ikke klarer å drikke, må du kontakte legevakten.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).not.toMatch(/kjenne til/u);
    expect(plan).toMatch(/Kontakt legevakten ved faresignaler: .*klarer ikke å drikke/u);
    expect(plan).toMatch(/^Penicillin 660 mg x 4 i 7 dager\./u);
  });
});

describe('hedged answers stay hedged', () => {
  it('reads the reservation of «Tror ikke det» and «Ikke som jeg har sett»', () => {
    expect(readHedgedAnswer('Tror ikke det, bare litt i helgene.')).toEqual({
      hedge: 'trolig',
      rest: 'bare litt i helgene.',
    });
    expect(readHedgedAnswer('Ikke som jeg har sett.')?.hedge).toBe('sett');
    expect(readHedgedAnswer('Nei.')).toBeUndefined();
  });

  it('hedges each sentence of a turned two-part denial', () => {
    expect(hedgeStatement('Ingen kvalme. Ikke svimmel.', 'trolig')).toBe(
      'Trolig ingen kvalme. Trolig ikke svimmel.',
    );
    expect(hedgeStatement('Ingen blod i urinen.', 'merket')).toBe('Ikke merket blod i urinen.');
  });

  it('never writes a flat negative for «Tror ikke det» to blood thinners', async () => {
    const output = await draft([
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Jeg skled på isen og slo hodet.'],
      ['lege', 'Bruker du blodfortynnende?'],
      ['pasient', 'Tror ikke det.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/trolig ikke blodfortynnende/iu);
    expect(history).not.toMatch(/(?:^|\. )(?:Bruker ikke|Ingen) blodfortynnende/u);
  });

  it('keeps a parent’s «Ikke som jeg har sett» as not seen', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pårørende', 'Hun har hatt vondt i magen i en uke.'],
      ['lege', 'Har du sett blod i bleia?'],
      ['pårørende', 'Ikke som jeg har sett.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ikke sett blod i bleia/u);
  });
});

describe('a value the answer corrects', () => {
  it('keeps only the dose the patient corrects the clinician to', async () => {
    const output = await draft([
      ['lege', 'Hvordan går det med blodtrykket?'],
      ['pasient', 'Bra, tror jeg.'],
      ['lege', 'Du står på losartan femti milligram?'],
      ['pasient', 'Nei, det er hundre. Det ble økt i vår.'],
    ]);
    const note = output.sections.flatMap((part) => part.sentences.map((s) => s.text)).join(' ');
    expect(note).toMatch(/losartan 100 mg/iu);
    expect(note).not.toMatch(/50 mg/u);
  });
});

describe('who is ill', () => {
  it('writes the accompanying mother’s own illness as hers, not the child’s', async () => {
    const output = await draft([
      ['lege', 'Hei, og du er mamma?'],
      ['pårørende', 'Ja. Han har hatt vondt i magen i to uker.'],
      ['pårørende', 'Jeg har selv astma, så jeg lurte på det.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Mor har astma\./u);
    expect(history).not.toMatch(/Komparent har selv/u);
    expect(output.diagnoses.map((diagnosis) => diagnosis.text).join(' ')).not.toMatch(/astma/iu);
  });

  it('writes the patient’s «Pappa har …» as family history', async () => {
    const output = await draft([
      ['lege', 'Hva kommer du for?'],
      ['pasient', 'Jeg har hatt hjertebank i en uke.'],
      ['pasient', 'Pappa har hatt atrieflimmer i mange år.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Far har hatt atrieflimmer/u);
  });
});

describe('negatives to two-part questions and in dialect', () => {
  it('denies «eller er det tungt å puste» with the first part', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har fått kløende utslett etter en ny medisin.'],
      ['lege', 'Har du hevelse i ansiktet, eller er det tungt å puste?'],
      ['pasient', 'Nei, ingen av delene.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen hevelse i ansiktet\./u);
    expect(history).toMatch(/Ikke tungt å puste\./u);
  });

  it('reads a Trøndelag «itj vondt i brøstet» as no chest pain', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Æ bli så andpusten når æ går opp bakken.'],
      ['lege', 'Har du vondt i brystet?'],
      ['pasient', 'Nei, æ har itj vondt i brøstet.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/(?:Ikke|Ingen) (?:vondt i brystet|brystsmerter)/u);
  });
});
