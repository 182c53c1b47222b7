/*
 * What a clinician notices in builtin notes drafted from dialect, nynorsk, interpreted and
 * relative-led consultations (issue 12). Fresh synthetic text, not the shared or eval cases.
 */
import { describe, expect, it } from 'vitest';
import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('nynorsk suicide screening', () => {
  it('keeps both negatives of a two-part question answered "nei, ikkje noko av det"', async () => {
    const output = await draft([
      ['lege', 'Korleis har du hatt det sidan sist?'],
      ['pasient', 'Eg søv litt betre, men eg er framleis nedstemt.'],
      [
        'lege',
        'Har du hatt tankar om å ta livet ditt, eller har du lagt planar for korleis du kunne gjort det?',
      ],
      ['pasient', 'Nei, ikkje noko av det.'],
      ['lege', 'Har du skada deg sjølv?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen suicidale tanker eller planer\./u);
    expect(history).toMatch(/ikke skadet seg selv|ingen selvskading/iu);
    expect(allText(output)).not.toMatch(/(?<![\p{L}])(?:ikkje|noko|tankar|eg)(?![\p{L}])/iu);
  });
});

describe('interpreted consultation', () => {
  it('turns "hun sier nei til begge deler" into two negatives without "hun sier"', async () => {
    const output = await draft([
      ['lege', 'Hva er grunnen til at hun kommer i dag?'],
      ['ukjent', 'Hun sier at hun har hatt vondt i magen i to uker, mest om natten.'],
      ['lege', 'Har hun kastet opp blod, eller har avføringen vært svart?'],
      ['ukjent', 'Nei, hun sier nei til begge deler.'],
    ]);
    const text = allText(output);
    // The spoken words or the clinical term ("Ikke hematemese, ikke melena.").
    expect(text).toMatch(/ikke (?:kastet opp blod|hematemese)/iu);
    // "Har avføringen vært svart?" — "Nei." is written as a clinician does.
    expect(text).toMatch(/ikke melena\./iu);
    expect(text).not.toMatch(/hun sier/iu);
    expect(section(output, 'kontaktarsak')).toMatch(/^Vondt i magen i 2 uker/u);
  });
});

describe('dialect words in the note', () => {
  it('writes trøndersk and vestlandsk history in bokmål', async () => {
    const output = await draft([
      ['lege', 'Ka e det som plage deg?'],
      ['pasient', 'Æ har vorre heilt utslitt sia jul, og æ søv bære fire timar.'],
      ['lege', 'Har du hjartebank?'],
      ['pasient', 'Ja, av og til om morran når æ tenkjer på jobb.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/[Uu]tslitt/u);
    expect(text).toMatch(/4 timer/u);
    expect(text).not.toMatch(
      /(?<![\p{L}])(?:vorre|heilt|sia|bære|timar|hjartebank|morran|tenkjer|æ)(?![\p{L}])/iu,
    );
  });

  it('does not take a ward ("sengepost") for an e-mail address', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg jobber på en sengepost, og jeg har ikke sovet på tre uker.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/sengepost/u);
  });
});

describe('answers that already say it', () => {
  it('writes a yes-answer with its content once, not the question turned around as well', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har vondt i ryggen.'],
      ['lege', 'Bruker du noe smertestillende, for eksempel Paracet eller Ibux?'],
      ['pasient', 'Ja, jeg tar Ibux fire hundre milligram morgen og kveld.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ibux 400 mg/u);
    expect(history).not.toMatch(/for eksempel/u);
  });
});

describe('the patient as the unspoken subject', () => {
  it('names "pas." once in a safety rule, not in both clauses', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt hoste i ti dager.'],
      [
        'lege',
        'Du får ingen antibiotika nå. Hvis du får feber over trettini eller blir tung i pusten, må du ta kontakt med legevakten.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    // "blir tung i pusten" is a condition too: both go after "ved".
    expect(plan).toMatch(/Kontakt legevakten ved feber over 39 eller tung i pusten\./u);
    expect(plan.match(/pas\./gu)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('leaves out the family "vi" and words addressed to the doctor', async () => {
    const output = await draft([
      ['lege', 'Hva har dere merket?'],
      ['pårørende', 'Han har hatt utslett på armene i to dager. Feber har vi ikke målt.'],
      ['pasient', 'Som du sier, jeg klør mest om kvelden.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/feber ikke målt/iu);
    expect(text).not.toMatch(/(?<![\p{L}])(?:vi|du|som du sier)(?![\p{L}])/iu);
    expect(section(output, 'kontaktarsak')).toMatch(/[Uu]tslett/u);
  });
});

describe('plan written as a note', () => {
  it('writes safety-netting as "Kontakt … ved …" and drops the non-clinical reason for a choice', async () => {
    const output = await draft([
      ['lege', 'Hva er problemet?'],
      ['pasient', 'Det svir når jeg tisser, siden i går.'],
      [
        'lege',
        'Du får pivmecillinam to hundre milligram tre ganger daglig i tre dager, siden det gikk fint sist. Hvis du får feber eller vondt i ryggen, må du ta kontakt med legevakten med en gang.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Kontakt legevakten straks ved feber eller vondt i ryggen\./u);
    expect(plan).toMatch(/[Pp]ivmecillinam 200 mg x 3 i 3 dager\./u);
    expect(plan).not.toMatch(/gikk fint sist/u);
  });
});

describe('pain history answers', () => {
  it('writes "Ingen utstråling" for a denied radiation, never a list of body parts as things absent', async () => {
    const output = await draft([
      ['lege', 'Hva skjedde?'],
      ['pasient', 'Jeg fikk vondt i brystet da jeg bar ved i morges.'],
      ['lege', 'Strålte det ut i armen, halsen eller ryggen?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen utstråling i armen, halsen eller ryggen\./u);
    expect(history).not.toMatch(/Ingen halsen/u);
  });

  it('reads "ok" as normal and leaves out a closing "det er sant"', async () => {
    const output = await draft([
      ['lege', 'Hvordan har det gått siden sist?'],
      ['pasient', 'Jeg sover bedre. Matlysten er ok. Jeg er sliten om kvelden, det er sant.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/Matlysten er normal\./u);
    expect(text).toMatch(/[Ss]liten om kvelden\./u);
    expect(text).not.toMatch(/(?<![\p{L}])(?:ok|det er sant)(?![\p{L}])/u);
  });
});

describe('screening answers and values as said', () => {
  it('keeps "no plans" and "not thirsty" from two-part questions, and 38,0 as said', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du hatt det siden sist?'],
      ['pasient', 'Jeg er fortsatt nedstemt, men sover bedre.'],
      [
        'lege',
        'Har du tanker om å ta livet ditt, eller har du tenkt på hvordan du kunne gjort det?',
      ],
      ['pasient', 'Nei, ingen av delene.'],
      ['lege', 'Har du merket at du tisser mer, eller har du vært tørst?'],
      ['pasient', 'Nei.'],
      ['lege', 'Temperaturen er trettiåtte komma null. Lav akutt suicidalrisiko.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/Ingen suicidale tanker/u);
    expect(text).toMatch(/Har ikke tenkt på hvordan/u);
    expect(text).toMatch(/Ikke merket at pas\. tisser mer\. Har ikke vært tørst\./u);
    expect(text).toMatch(/Temp 38,0/u);
    expect(text).toMatch(/Lav akutt suicidalrisiko/u);
  });
});

describe('Kontaktårsak as one short line', () => {
  it('keeps the first clause of a complaint told as a story, and the rest in Anamnese', async () => {
    const output = await draft([
      ['lege', 'Hva har skjedd?'],
      [
        'pasient',
        'Jeg falt på sykkelen i går kveld, og så slo jeg albuen i asfalten og den hovnet opp med en gang.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Falt på sykkelen i går kveld.');
    expect(section(output, 'anamnese')).toMatch(/^Slo albuen i asfalten/u);
  });

  it('does not split one complaint ("gravid, og nå svir det") nor name the relative there', async () => {
    const pregnant = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er gravid i uke tjueto, og nå svir det når jeg tisser.'],
    ]);
    expect(section(pregnant, 'kontaktarsak')).toMatch(/svir det/u);
    const child = await draft([
      ['lege', 'Hva er det dere har merket?'],
      ['pårørende', 'Hun har hatt feber i to dager og vil ikke spise.'],
    ]);
    expect(section(child, 'kontaktarsak')).not.toMatch(/Komparent/u);
  });
});
