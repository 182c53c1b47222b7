import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a denial put after a fronted topic in dialect ("Tung i pusten e æ itj")', () => {
  const visit = indexOf([
    ['lege', 'Er du tung i pusten, eller kaldsvetter du?'],
    ['pasient', 'Tung i pusten e æ itj, men æ va klam og kaldsvett ei stund.'],
    ['lege', 'Har du vært kvalm?'],
    ['pasient', 'Æ va kvalm, ja. Nei forresten, kvalm va æ itj, det va mest at æ va svimmel.'],
  ]);

  it('bears out a note that denies it', () => {
    expect(shownFlags('Ikke dyspné.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen kvalme, men svimmelhet.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that states it', () => {
    expect(shownFlags('Tung i pusten.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Kvalme og svimmelhet.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a strong verb denied after "det" ("det svir ikkje")', () => {
  const visit = indexOf([
    ['lege', 'Har hun klaget over svie når hun later vannet?'],
    ['pasient', 'Nei, det svir ikkje. Men eg må tisse heile tida.'],
  ]);

  it('reads the burning as denied', () => {
    expect(
      shownFlags('Ingen svie ved vannlating, men hyppig vannlating.', visit, 'anamnese'),
    ).toEqual([]);
    expect(shownFlags('Svie ved vannlating.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a denial taken back later in the turn ("Nei, ingen nummenhet. Jo, forresten, …")', () => {
  const visit = indexOf([
    ['lege', 'Har du nummenhet eller prikking i fingrene?'],
    ['pasient', 'Nei, ingen nummenhet. Jo, forresten, litt prikking i tommelen.'],
  ]);

  it('keeps what the correction says', () => {
    expect(shownFlags('Lett prikking i tommelen.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen prikking eller nummenhet.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('smoking said in the older spelling ("Æ røkte i tjue år, men slutta")', () => {
  const visit = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Æ har slutta. Æ røkte på fest før, men ikke no på et år.'],
  ]);

  it('contradicts a note that says the patient smokes or never smoked', () => {
    expect(shownFlags('Røyker.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Aldri røykt.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('bears out a note that says the patient stopped', () => {
    expect(shownFlags('Tidligere festrøyker, røykfri siste år.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a function called normal or reduced in nynorsk ("rørsla er nedsett")', () => {
  const visit = indexOf([
    [
      'lege',
      'Bevegelsen er nedsett, du klarer ikkje strekkje heilt ut. Kneet er stabilt sideveis.',
    ],
  ]);

  it('contradicts a note that calls it normal', () => {
    expect(shownFlags('Normal bevegelighet.', visit, 'funn')).toContain('error:negation-conflict');
    expect(shownFlags('Nedsatt bevegelighet.', visit, 'funn')).toEqual([]);
  });
});

describe('radiation of pain said one way and written the other', () => {
  const chest = indexOf([
    ['lege', 'Stråler det ut noen steder, til armen eller kjeven?'],
    ['pasient', 'Nei, det stråle itj ut. Det sitt midt i brøstet.'],
  ]);
  const stomach = indexOf([
    ['lege', 'Stråler det noe sted?'],
    ['pasient', 'Ja, det stråle bak i ryggen, mellom skulderbladå.'],
  ]);

  it('contradicts a note that turns it round', () => {
    expect(shownFlags('Smertene stråler ut mot kjeven.', chest, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ingen utstråling.', stomach, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out a note that says what was said, and a denial towards another place', () => {
    expect(shownFlags('Ingen utstråling til arm eller kjeve.', chest, 'anamnese')).toEqual([]);
    expect(shownFlags('Utstråling til ryggen.', stomach, 'anamnese')).toEqual([]);
    expect(
      shownFlags('Ingen utstråling til armen.', stomach, 'anamnese').filter((flag) =>
        flag.startsWith('error:negation'),
      ),
    ).toEqual([]);
  });
});

describe('a non-smoker and a regular rhythm written the other way round', () => {
  const visit = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Ja, ein pakke om dagen.'],
    ['lege', 'Hjertet: regelmessig rytme, ingen bilyder.'],
  ]);

  it('contradicts "Ikke-røyker" and "Uregelmessig rytme"', () => {
    expect(shownFlags('Ikke-røyker.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Uregelmessig rytme.', visit, 'funn')).toContain('error:negation-conflict');
  });

  it('bears out what was said', () => {
    expect(shownFlags('Røyker.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Regelmessig rytme.', visit, 'funn')).toEqual([]);
  });
});

describe('a hedged no ("Nja, ikkje egentleg") and a denied "defense"', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt hoste?'],
    ['pasient', 'Nja, ikkje egentleg.'],
    ['lege', 'Abdomen er bløt, ikke palpasjonsøm, ingen defense.'],
  ]);

  it('contradicts a note that states them', () => {
    expect(shownFlags('Hoste.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Defense.', visit, 'funn')).toContain('error:negation-conflict');
  });

  it('bears out a note that denies them', () => {
    expect(shownFlags('Ingen hoste.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen defense.', visit, 'funn')).toEqual([]);
  });
});
