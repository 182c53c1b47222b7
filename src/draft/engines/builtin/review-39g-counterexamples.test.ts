/*
 * Review r39g: counterexamples to session 39g's suicide-screening, «ikke nå» and allergy rules
 * (suicide-screening-answer.ts, safety-negatives.ts, question-answer.ts, retracted-no.ts,
 * rewrite.ts). Fresh synthetic text.
 *
 * The regressions in «new in s39g» held on dc8cb54a (before s39g), failed on s39g and are
 * fixed on fix39g. Every `it.fails` in «before s39g» fails on dc8cb54a as well; the five marked
 * «fixed in s40e» are plain tests since session 40e. The plain `it`s
 * document behaviour that holds.
 */
import { describe, expect, it } from 'vitest';
import { draftHistory } from './testing/draft-lines.js';

type Turn = readonly ['lege' | 'pasient', string];

const screening = 'Har du hatt tanker om å ta livet ditt?';

/** A screening answered yes, then one more question from the clinician and the patient's answer. */
const afterYes = (question: string, answer: string): Promise<string> =>
  draftHistory([
    ['lege', 'Hva kan jeg hjelpe deg med?'],
    ['pasient', 'Jeg får ikke sove.'],
    ['lege', screening],
    ['pasient', 'Ja, av og til.'],
    ['lege', question],
    ['pasient', answer],
  ]);

/** The screening question answered with `answer`. */
const screened = (answer: string, ...more: readonly Turn[]): Promise<string> =>
  draftHistory([
    ['lege', 'Hva kan jeg hjelpe deg med?'],
    ['pasient', 'Jeg får ikke sove.'],
    ['lege', screening],
    ['pasient', answer],
    ...more,
  ]);

/** One question after a complaint. */
const oneExchange = (complaint: string, question: string, answer: string): Promise<string> =>
  draftHistory([
    ['lege', 'Hva kan jeg hjelpe deg med?'],
    ['pasient', complaint],
    ['lege', question],
    ['pasient', answer],
  ]);

describe('new in s39g: «Ingen suicidplaner.» for a no that denies no plan', () => {
  it('«Har du tenkt på hvordan du skal si det til kona?» — «Nei.» never becomes «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har du tenkt på hvordan du skal si det til kona?', 'Nei.');
    expect(said).not.toMatch(/suicidplaner/u);
  });

  it('«Har du tenkt på hvordan barna ville hatt det?» — «Nei.» never becomes «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har du tenkt på hvordan barna ville hatt det?', 'Nei.');
    expect(said).not.toMatch(/suicidplaner/u);
  });

  it('«Har dere noen planer for jula?» — «Nei.» never becomes «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har dere noen planer for jula?', 'Nei.');
    expect(said).not.toMatch(/suicidplaner/u);
  });

  it('«Har du tenkt ut hvordan du skal komme deg hjem i dag?» — «Nei.» never becomes «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har du tenkt ut hvordan du skal komme deg hjem i dag?', 'Nei.');
    expect(said).not.toMatch(/suicidplaner/u);
  });

  it('«Har du snakket med noen om det?» — «Nei.» is no plan denial (documents)', async () => {
    const said = await afterYes('Har du snakket med noen om det?', 'Nei.');
    expect(said).not.toMatch(/suicidplaner/u);
  });
});

describe('new in s39g: «Ingen suicidplaner.» beside a plan the patient tells, or a partial no', () => {
  it('«Har du tenkt på hvordan?» — «Nei, ikke nå, men forrige uke tenkte jeg på tabletter.» keeps the tablets and denies no plan', async () => {
    const said = await afterYes(
      'Har du tenkt på hvordan?',
      'Nei, ikke nå, men forrige uke tenkte jeg på tabletter.',
    );
    expect(said).toMatch(/tabletter/u);
    expect(said).not.toMatch(/Ingen suicidplaner/u);
  });

  it('«Har du tenkt på hvordan?» — «Nei, men jeg har kjøpt et tau.» never says «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har du tenkt på hvordan?', 'Nei, men jeg har kjøpt et tau.');
    expect(said).not.toMatch(/Ingen suicidplaner/u);
  });

  it('«Har du tenkt på hvordan?» — «Nei. Men jeg har spart på sovetablettene.» never says «Ingen suicidplaner.»', async () => {
    const said = await afterYes(
      'Har du tenkt på hvordan?',
      'Nei. Men jeg har spart på sovetablettene.',
    );
    expect(said).toMatch(/sovetablettene/u);
    expect(said).not.toMatch(/Ingen suicidplaner/u);
  });

  it('«Har du tenkt på hvordan?» — «Nei, ikke lenger.» is never a plain «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har du tenkt på hvordan?', 'Nei, ikke lenger.');
    expect(said).not.toMatch(/Ingen suicidplaner\./u);
  });

  it('«Har du tenkt på hvordan?» — «Nei, ikke nå, men i går.» is never a plain «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har du tenkt på hvordan?', 'Nei, ikke nå, men i går.');
    expect(said).not.toMatch(/Ingen suicidplaner\./u);
  });

  it('«Har du tenkt på hvordan?» — «Nei, ikke akkurat nå.» is never a plain «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har du tenkt på hvordan?', 'Nei, ikke akkurat nå.');
    expect(said).not.toMatch(/Ingen suicidplaner\./u);
  });
});

describe('new in s39g: a real denial of suicidal thoughts dropped', () => {
  it('«Nei. Kona sa at det hadde vært lettere å ikke være her, men det mente hun ikke.» still denies the thoughts', async () => {
    const said = await screened(
      'Nei. Kona sa at det hadde vært lettere å ikke være her, men det mente hun ikke.',
    );
    expect(said).toMatch(/Ingen suicid(?:ale )?tanker/u);
  });

  it('«Nei, ikke lenger. Før tenkte jeg at det var lettere å ikke være her.» keeps the present denial and the past wish', async () => {
    const said = await screened(
      'Nei, ikke lenger. Før tenkte jeg at det var lettere å ikke være her.',
    );
    expect(said).toMatch(/Ingen suicid(?:ale )?tanker/u);
    expect(said).toMatch(/lettere å ikke være her/u);
  });
});

describe('new in s39g: a tolerance taken back to a «tåler» question is dropped', () => {
  it('«Tåler du penicillin?» — «Nei. Jo, jeg tåler det.» says the patient tolerates penicillin', async () => {
    const said = await oneExchange(
      'Jeg har vondt i halsen.',
      'Tåler du penicillin?',
      'Nei. Jo, jeg tåler det.',
    );
    expect(said).toMatch(/[Tt]åler penicillin/u);
  });
});

describe('s39g behaviour that holds (documents)', () => {
  it('«Har du tenkt på hvordan du ville gjort det?» — «Nei, aldri.» is «Ingen suicidplaner.» (fix39g)', async () => {
    const said = await afterYes('Har du tenkt på hvordan du ville gjort det?', 'Nei, aldri.');
    expect(said).toMatch(/Ingen suicidplaner\./u);
  });

  it('a no to plans with «ikke tenkt å gjøre noe» and a reason after it is «Ingen suicidplaner.» (fix39g)', async () => {
    const said = await afterYes(
      'Har du tenkt på hvordan du eventuelt kunne gjøre det, eller lagt noen plan?',
      'Nei, æ har ingen plan, æ har ikkje tenkt å gjøre nåkka. Æ vil ha ungan tilbake.',
    );
    expect(said).toMatch(/Ingen suicidplaner\./u);
  });

  it('«Har du tenkt på korleis, eller gjort noko for å førebu det?» — «Nei, eg har ingen planar.» is «Ingen suicidplaner.» (fix39g)', async () => {
    const said = await afterYes(
      'Har du tenkt på korleis, eller gjort noko for å førebu det?',
      'Nei, eg har ingen planar. Eg kunne aldri gjort det mot ungane.',
    );
    expect(said).toMatch(/Ingen suicidplaner\./u);
  });

  it('«Er du allergisk mot noe?» — «Nei. Jo, det var vel ikke noe.» stays a denial', async () => {
    const said = await oneExchange(
      'Jeg har slått hodet.',
      'Er du allergisk mot noe?',
      'Nei. Jo, det var vel ikke noe.',
    );
    expect(said).toMatch(/Ikke allergisk|Ingen (?:kjente )?allergier/u);
  });

  it('«Har du feber?» — «Nei, itj nå sånt.» is still no fever', async () => {
    const said = await oneExchange('Æ har hoste.', 'Har du feber?', 'Nei, itj nå sånt.');
    expect(said).toMatch(/(?:Ingen|Ikke) feber/u);
  });

  it('«Har du feber?» — «Det e itj nå feber.» is still no fever', async () => {
    const said = await oneExchange('Æ har hoste.', 'Har du feber?', 'Det e itj nå feber.');
    expect(said).toMatch(/(?:Ingen|Ikke) feber/u);
  });

  it('a plain «Nei, aldri.» to the screening is still «Ingen suicidale tanker.»', async () => {
    const said = await screened('Nei, aldri.');
    expect(said).toMatch(/Ingen suicidale tanker/u);
  });
});

describe('before s39g (dc8cb54a has the same defect)', () => {
  it('«Nei, ikke nå. For et år siden ønsket jeg å dø.» keeps the past death wish (safety, fixed in s40e)', async () => {
    const said = await screened('Nei, ikke nå. For et år siden ønsket jeg å dø.');
    expect(said).toMatch(/ønsket (?:pas\. )?å dø/u);
  });

  it('«Har du tenkt på hvordan?» — «Nei, men jeg har kjøpt et tau.» keeps the rope (safety, fixed in s40e)', async () => {
    const said = await afterYes('Har du tenkt på hvordan?', 'Nei, men jeg har kjøpt et tau.');
    expect(said).toMatch(/tau/u);
  });

  it('«Er du allergisk mot penicillin?» — «Nei. Jo, det er jeg.» says the allergy (safety, fixed in s40e)', async () => {
    const said = await oneExchange(
      'Jeg har vondt i halsen.',
      'Er du allergisk mot penicillin?',
      'Nei. Jo, det er jeg.',
    );
    expect(said).toMatch(/[Aa]llergisk mot penicillin/u);
    expect(said).not.toMatch(/Ikke allergisk/u);
  });

  it('«Er du allergisk mot noe?» — «Nei. Jo, forresten, plaster.» names the plaster (safety, fixed in s40e)', async () => {
    const said = await oneExchange(
      'Jeg har slått hodet.',
      'Er du allergisk mot noe?',
      'Nei. Jo, forresten, plaster.',
    );
    expect(said).toMatch(/plaster/u);
  });

  it('«Har du feber?» — «Nei, ikke nå, men jeg hadde det i går.» keeps yesterday’s fever (safety)', async () => {
    const said = await oneExchange(
      'Jeg har hoste.',
      'Har du feber?',
      'Nei, ikke nå, men jeg hadde det i går.',
    );
    expect(said).toMatch(/i går/u);
  });

  it('«Har du feber?» — «Nei, ikkje no, men i går.» keeps yesterday’s fever (safety, fixed in s40e)', async () => {
    const said = await oneExchange('Eg har hoste.', 'Har du feber?', 'Nei, ikkje no, men i går.');
    expect(said).toMatch(/i går/u);
  });

  it('«Har du vondt i brystet?» — «Nei, ikke lenger.» is never a plain «Ingen brystsmerter.»', async () => {
    const said = await oneExchange(
      'Jeg er tung i pusten.',
      'Har du vondt i brystet?',
      'Nei, ikke lenger.',
    );
    expect(said).not.toMatch(/Ingen brystsmerter\./u);
  });

  it.fails(
    '«Nei, jeg har aldri tenkt at det hadde vært greit å ikke våkne.» keeps «greit»',
    async () => {
      const said = await screened('Nei, jeg har aldri tenkt at det hadde vært greit å ikke våkne.');
      expect(said).not.toMatch(/hadde vært å/u);
    },
  );

  it.fails(
    '«Hvordan sover du?» — «Det er greit, men jeg våkner ofte om natta.» never reads «Det er, men …»',
    async () => {
      const said = await oneExchange(
        'Jeg sover dårlig.',
        'Hvordan sover du?',
        'Det er greit, men jeg våkner ofte om natta.',
      );
      expect(said).not.toMatch(/Det er, men/u);
    },
  );
  it('«Har du lagt noen planer?» — «Nei, ikke lenger.» is never a plain «Ingen suicidplaner.»', async () => {
    const said = await afterYes('Har du lagt noen planer?', 'Nei, ikke lenger.');
    expect(said).not.toMatch(/Ingen suicidplaner\./u);
  });
});
