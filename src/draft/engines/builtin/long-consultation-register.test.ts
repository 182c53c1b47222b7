/*
 * Session 22 of issue 12: long consultations written the way a clinician writes them. Normal
 * examination findings condensed ("Cor/pulm u.a."), instructions, reasoning aloud and the
 * clinician's self-introduction left out, a symptom restated in one turn said once, and the
 * leftover defects of earlier sessions (a low mood as the reason, "Eliquis fem to ganger", a
 * relative's own drug, "hue", "schizofreni"). Fresh text, not the eval cases.
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('normal examination findings as a clinician writes them', () => {
  it('writes a normal heart and normal lungs as one "Cor/pulm u.a." and a soft abdomen as "Abdomen bløtt, uømt"', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i magen i to dager.'],
      ['lege', 'Jeg skal undersøke deg. Blodtrykket er hundre og tjue over sytti.'],
      ['lege', 'Hjertet slår regelmessig, ingen bilyder. Lungene er fine, ingen knatrelyder.'],
      ['lege', 'Magen er bløt, ingen ømhet.'],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toContain('Cor/pulm u.a.');
    expect(findings).toContain('Abdomen bløtt, uømt.');
    expect(findings).not.toMatch(/Hjertet|Lungene|Magen/u);
  });

  it('keeps an irregular heart as it was said', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har kjent hjertebank i en uke.'],
      ['lege', 'Jeg skal lytte på deg. Hjertet er uregelmessig, ingen bilyd. Lungene er fine.'],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toMatch(/uregelmessig/u);
    expect(findings).not.toContain('Cor/pulm u.a.');
    expect(findings).toContain('Pulm u.a.');
  });

  it('lists normal neurological checks in one line and leaves out the instructions', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har hatt svimmelheit i ei veke.'],
      ['lege', 'Då skal eg undersøkje deg. Blodtrykket er hundre og tretti over åtti.'],
      [
        'lege',
        'Klem hendene mine. Skyv mot meg med føtene. Krafta er lik. Sensibiliteten er lik. Stå med føtene saman og lukk auga. Romberg er normal.',
      ],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toContain('Nevrologisk: kraft, sensibilitet og Romberg u.a.');
    expect(findings).not.toMatch(/Klem|Skyv|Skal/u);
  });

  it('writes "Lytter på lungene, de er fine" and "Tok CRP, den er sju" as the finding alone', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hostet i fire dager.'],
      [
        'lege',
        'Jeg skal undersøke deg. Jeg lytter på lungene, de er fine. Vi tok CRP, den er sju.',
      ],
    ]);
    const findings = section(output, 'funn');
    expect(findings).toContain('Pulm u.a.');
    expect(findings).toContain('CRP 7.');
    expect(findings).not.toMatch(/Lytter|Tok/u);
  });
});

describe('what a long consultation leaves out', () => {
  it('leaves out the clinician reasoning aloud and keeps the conclusion', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i halsen og feber i tre dager.'],
      [
        'lege',
        'Jeg tenker høyt her: du har feber, du har ikke hoste og du har hovne kjertler. Det passer med en streptokokkhals.',
      ],
    ]);
    expect(section(output, 'vurdering')).toMatch(/streptokokkhals/iu);
    expect(section(output, 'vurdering')).not.toMatch(/tenker|høyt/iu);
  });

  it('leaves out the self-introduction and keeps what the visit is for as the reason', async () => {
    const output = await draft([
      [
        'lege',
        'God morgen, jeg er anestesilege, og jeg skal snakke med deg før operasjonen av kneet på fredag.',
      ],
      ['lege', 'Bruker du noen faste medisiner?'],
      ['pasient', 'Jeg bruker Albyl-E hver dag.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Før operasjonen av kneet på fredag.');
    expect(section(output, 'tiltak')).not.toMatch(/anestesilege/u);
  });

  it('says a symptom restated in the same turn once', async () => {
    const output = await draft([
      ['lege', 'Hva bringer deg hit?'],
      ['pasient', 'Jeg har fått et utslett.'],
      ['lege', 'Hvordan kjennes det?'],
      ['pasient', 'Det klør hele tiden. Jeg står opp og det klør, og jeg legger meg og det klør.'],
    ]);
    expect(section(output, 'anamnese')).not.toMatch(/legger seg/u);
    expect(section(output, 'anamnese')).toMatch(/klør hele tiden/iu);
  });

  it('keeps the corrected time and not the one taken back', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i skulderen.'],
      ['lege', 'Hvor lenge har du hatt det?'],
      [
        'pasient',
        'Det har vart i to uker, nei forresten, det begynte før påske, så det er snart fem uker.',
      ],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/5 uker/u);
    expect(history).not.toMatch(/2 uker/u);
  });
});

describe('leftover defects of earlier sessions', () => {
  it('takes "Jeg er så nedfor." as the reason and never a denial answered later', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er så nedfor.'],
      ['lege', 'Har du tanker om å ta livet ditt?'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Nedfor.');
    expect(section(output, 'anamnese')).toMatch(/Ingen suicid/u);
  });

  it('never takes a denial as the reason when the complaint had no clinical word', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Det er bare det at jeg ikke orker noe lenger.'],
      ['lege', 'Bruker du blodfortynnende, eller er du allergisk mot noe?'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'kontaktarsak')).not.toMatch(/^(?:Ikke|Ingen|Bruker ikke)/u);
    expect(section(output, 'anamnese')).toContain('Bruker ikke blodfortynnende.');
  });

  it('writes "Eliquis fem to ganger om dagen" as "Eliquis 5 mg x 2"', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har fått et blåmerke på leggen som ikke går over.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Jeg tar Eliquis fem to ganger om dagen.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Eliquis 5 mg x 2/u);
  });

  it('writes «Marevan må vi stoppe før inngrepet» in the plan, not the findings', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg skal ta bort en føflekk på ryggen.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Jeg bruker Marevan.'],
      ['lege', 'Jeg skal se på føflekken. Den er fem millimeter, jevn i fargen.'],
      ['lege', 'Marevan må vi stoppe tre dager før inngrepet.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(/Marevan/u);
    expect(section(output, 'funn')).not.toMatch(/Marevan/u);
  });

  it('never writes a relative’s own drug as the patient’s', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pårørende', 'Datteren min har hatt tett nese og hoste i en uke.'],
      ['lege', 'Og du bruker allergimedisin selv?'],
      ['pårørende', 'Ja, jeg tar Aerius om våren.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).not.toMatch(/allergimedisin|Aerius/u);
  });

  it('reads dialect "hue" as "hodet" and keeps a brother’s schizophrenia as family history', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Æ har så vondt i hue.'],
      ['lege', 'Er det sykdom i familien?'],
      ['pasient', 'Broren min har schizofreni.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/hodet/u);
    expect(section(output, 'anamnese')).toContain('Bror har schizofreni.');
    expect(output.diagnoses).toEqual([]);
  });
});
