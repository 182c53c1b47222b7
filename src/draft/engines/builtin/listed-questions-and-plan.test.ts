/*
 * Session 21 of issue 12 (fact coverage and safety content): questions asked as a list of their own
 * questions, answers given in fragments or by a nurse or parent, and the plan said at the end.
 * Fresh text, not the shared cases nor the eval cases.
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('a question of several questions joined by commas', () => {
  it('denies each part of a suicide screening asked as «har du …, har du …, eller …?»', async () => {
    const output = await draft([
      ['lege', 'Hva bringer deg hit i kveld?'],
      ['pasient', 'Jeg har vært veldig nedfor siden jul, og sover nesten ikke.'],
      [
        'lege',
        'Har du tenkt på å ta ditt eget liv, har du laget noen plan, eller gjort noe for å skade deg?',
      ],
      ['pasient', 'Nei. Ingen plan.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/(?:Har ikke|Ikke|Ingen) laget (?:noen )?plan/u);
    // Never a plan affirmed in the same sentence as the denied thought.
    expect(history).not.toMatch(/, har (?:pas\. )?laget/u);
    expect(history).toMatch(/(?:Har ikke|Ikke) gjort noe for å skade seg/u);
  });
});

describe('red flags asked as «er du …, har du …, eller har du …?»', () => {
  it('denies fever asked after a comma, never affirming it', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt kraftig hodepine siden i natt.'],
      ['lege', 'Er du stiv i nakken, har du feber, eller har du kastet opp?'],
      ['pasient', 'Nei, ikkje nokon av dei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).not.toMatch(/har (?:pas\. )?feber/iu);
    expect(history).toMatch(/(?:Ingen|Ikke) feber/u);
    expect(history).toMatch(/Ikke stiv i nakken/u);
  });

  it('never writes «Ingen ikke …» for a question asked with its own «ikke»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt trykk i brystet siden i morges.'],
      ['lege', 'Og ikke tung i pusten eller svimmel?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).not.toMatch(/Ingen ikke/u);
    expect(history).toMatch(/(?:Ingen dyspné|Ikke tung i pusten)/u);
  });

  it('keeps a question read as one when the answer explains itself', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pårørende', 'Han har vondt i foten etter at han falt på ski i går.'],
      ['lege', 'Har han noen sykdommer, bruker han noen medisiner?'],
      ['pårørende', 'Nei, han er frisk. Han bruker ingen medisiner.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen sykdommer/u);
  });
});

describe('the plan said at the end in plain words', () => {
  it('keeps the next visit, the culture sent and fasting before an operation', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['sykepleier', 'Han har hatt feber og svie ved vannlating siden i går.'],
      ['lege', 'Dette er trolig en blærebetennelse.'],
      ['lege', 'Send urinen til dyrkning før han får antibiotika.'],
      ['lege', 'Jeg ser på ham igjen på mandag.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/dyrkning/u);
    expect(plan).toMatch(/Ny vurdering på mandag\./u);
    expect(section(output, 'funn')).not.toMatch(/dyrkning/u);
  });

  it('keeps «ikke spis etter midnatt» and who stays with the patient tonight', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i magen siden i morges og kastet opp to ganger.'],
      ['lege', 'Du skal opereres i morgen tidlig. Ikke spis etter midnatt.'],
      ['lege', 'Broren din blir hos deg i natt.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Ikke spis etter midnatt\./u);
    expect(plan).toMatch(/Broren blir hos pasienten i natt\./u);
  });

  it('never reads «Hvis du blir hos ham i natt» as a plan of its own', async () => {
    const output = await draft([
      ['lege', 'Hva har skjedd?'],
      ['pårørende', 'Han slo hodet i isen og har vondt i hodet.'],
      ['lege', 'Hvis du blir hos ham i natt, må du vekke ham hver tredje time.'],
    ]);
    expect(section(output, 'tiltak')).not.toMatch(/^Hvis pas\. blir hos/u);
  });
});

describe('facts answered in few words', () => {
  it('writes a weight answered in words while examining as «Vekt … kg» under Funn', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager ham?'],
      ['pårørende', 'Han har hatt feber og hoste i tre dager.'],
      ['lege', 'Da undersøker jeg. Temp trettiåtte komma to. Lunger normale.'],
      ['lege', 'Hva veier han?'],
      ['pårørende', 'Atten kilo, tror jeg.'],
    ]);
    expect(section(output, 'funn')).toContain('Vekt 18 kg.');
  });

  it('keeps a weight loss said as «noen kilo, kanskje seks» as a red flag', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i magen i en måned.'],
      ['lege', 'Hvordan er matlysten?'],
      ['pasient', 'Dårlig. Jeg har gått ned noen kilo, kanskje seks.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Vekttap ca\. 6 kg/u);
  });

  it('keeps how much a nurse says the patient drinks, without the staff’s «vi må»', async () => {
    const output = await draft([
      ['lege', 'Hva er nytt med ham?'],
      ['sykepleier', 'Han har vært mer forvirret siden i går.'],
      ['lege', 'Drikker han nok?'],
      ['sykepleier', 'Han drikker kanskje tre glass om dagen, vi må mase hele tiden.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Drikker 3 glass om dagen\./u);
    expect(history).not.toMatch(/(?<![\p{L}])vi(?![\p{L}])/u);
  });

  it('denies a plan asked in nynorsk «har du laga ein plan» as a separate part', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har vore så nedfor sidan sommaren.'],
      ['lege', 'Har du tankar om at livet ikkje er verdt å leve?'],
      ['pasient', 'Ja. Av og til.'],
      [
        'lege',
        'Har du tenkt på å ta livet ditt, har du laga ein plan, eller gjort noko for å skade deg?',
      ],
      ['pasient', 'Nei. Ingen plan. Eg kunne aldri gjort det mot mor.'],
    ]);
    expect(section(output, 'anamnese')).not.toMatch(/, har (?:pas\. )?laga/u);
  });
});

describe('an earlier anaesthetic asked about before an operation', () => {
  it('keeps «Har du hatt narkose før?» — «Ja, …» with the narkose named', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg skal operere hoften om to uker, og har vondt i hoften hele tiden.'],
      ['lege', 'Har du hatt narkose før?'],
      ['pasient', 'Ja, da jeg tok galleblæren. Jeg var kvalm i to døgn etterpå.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/narkose/iu);
  });
});

describe('a mental-health assessment in its own words', () => {
  it('keeps the assessment «moderat depressiv episode» in Vurdering', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg sover dårlig og gråter mye, siden mars.'],
      ['lege', 'Min vurdering er at du har en moderat depressiv episode.'],
    ]);
    expect(section(output, 'vurdering')).toMatch(/moderat depressiv episode/u);
  });

  it('writes findings dictated after «Jeg noterer:» under Funn', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg sover dårlig og gråter mye, siden mars.'],
      [
        'lege',
        'Jeg noterer: våken og orientert. Senket stemningsleie, affekt noe avflatet. God kontakt.',
      ],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toMatch(/orientert/u);
    expect(findings).toMatch(/Senket stemningsleie/u);
    expect(findings).not.toMatch(/noterer/u);
    expect(section(output, 'anamnese')).not.toMatch(/stemningsleie/u);
  });
});

describe('a question asked back before the answer', () => {
  it('keeps blood thinners denied after «Hva mener du?» and the explanation', async () => {
    const output = await draft([
      ['lege', 'Hva er det som har skjedd?'],
      ['pårørende', 'Far har vært svimmel og ustø siden i går kveld.'],
      ['lege', 'Bruker han blodfortynnende?'],
      ['pårørende', 'Hva mener du?'],
      ['lege', 'Marevan, Eliquis, Xarelto, sånne ting.'],
      ['pårørende', 'Nei, det gjør han ikke.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Bruker ikke blodfortynnende/u);
    // The clinician's examples are never written as the patient's drugs.
    expect(history).not.toMatch(/Eliquis/u);
  });
});

describe('a question for a time with «sist»', () => {
  it('never makes the visit a «Kontroll» when asked when the patient was last seen well', async () => {
    const output = await draft([
      ['lege', 'Hva har skjedd?'],
      ['pårørende', 'Mor snakker utydelig, og munnen henger på høyre side.'],
      ['lege', 'Når så du henne sist normal?'],
      ['pårørende', 'Klokka elleve i går kveld.'],
    ]);
    expect(section(output, 'kontaktarsak')).not.toMatch(/Kontroll/u);
  });
});

describe('a symptom verb asked with «det»', () => {
  it('writes «Klør det?» — «Ja, veldig.» as «Klør.»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har fått røde prikker på leggene.'],
      ['lege', 'Klør det?'],
      ['pasient', 'Ja, veldig.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Klør\./u);
  });
});

describe('the character of a pain said in a few words', () => {
  it('keeps «Som et press» answered to «Hvordan kjennes det?»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i brystet.'],
      ['lege', 'Hvordan kjennes det?'],
      ['pasient', 'Som et press, som om noen sitter på meg.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/press/u);
  });
});
