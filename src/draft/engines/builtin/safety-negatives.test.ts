/*
 * Session 9 of issue 12: a denied red flag or safety topic reaches Anamnese however the question
 * was put and however the denial was said. Fresh text, not the shared cases nor the eval cases.
 */
import { describe, expect, it } from 'vitest';
import { deniedSafetyTopics, joinNegatives, saysNegative } from './safety-negatives.js';
import { loosen } from './classify.js';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('denied safety topics from question-and-answer pairs', () => {
  it('lists every red flag of a three-part question answered "Nei, ikke noe av det."', async () => {
    const output = await draft([
      ['lege', 'Hva skjedde?'],
      ['pasient', 'Jeg falt av sparkesykkelen og slo hodet i asfalten i morges.'],
      ['lege', 'Har du kastet opp, vært borte en stund, eller sett dobbelt siden?'],
      ['pasient', 'Nei, ikke noe av det.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ikke (?:oppkast|kastet opp)/u);
    expect(history).toMatch(/ikke bevisstløs/iu);
    expect(history).toMatch(/(?:ikke|ingen) dobbelt/iu);
  });

  it('reads «gjere deg sjølv noko» as the suicide question', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg søv dårleg og er så nedstemt.'],
      ['lege', 'Har du tenkt på å gjere deg sjølv noko?'],
      ['pasient', 'Nei, aldri. Eg har barnebarn.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen suicid/u);
  });

  it('keeps blood thinners denied when the answer names another drug', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Eg skal trekke ein visdomstann neste veke.'],
      ['lege', 'Brukar du nokon faste medisinar, til dømes blodfortynnande?'],
      ['pasient', 'Nei, eg tek berre allergitablettar om våren.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Bruker ikke blodfortynnende.');
  });

  it('writes a pregnancy denied in a clause of its own as "Ikke gravid."', async () => {
    const output = await draft([
      ['lege', 'Kva er problemet?'],
      ['pasient', 'Eg har hatt vondt i nedre del av magen sidan i går.'],
      ['lege', 'Når hadde du mensen sist, og kan du vere gravid?'],
      ['pasient', 'For tre veker sidan. Gravid kan eg ikkje vere, eg har spiral.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Ikke gravid.');
  });

  it('never writes "Ingen allergier" when the answer names an intolerance', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i halsen og feber i tre dager.'],
      ['lege', 'Har du noen allergier?'],
      ['pasient', 'Jeg tåler ikke sulfa, jeg fikk utslett av det en gang.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).not.toMatch(/Ingen allergier/u);
    expect(history).toMatch(/sulfa/iu);
  });

  it('denies only the parts a mixed answer does not affirm', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hostet i to uker.'],
      ['lege', 'Har du vondt i brystet eller blir du tungpusten?'],
      ['pasient', 'Nei, men litt tungpust i bakker.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen brystsmerter/u);
    expect(history).not.toMatch(/Ingen dyspné/u);
  });

  it('reads no negative about the patient into a question about the family', () => {
    expect(
      deniedSafetyTopics(loosen('Har noen i familien tatt livet sitt?'), loosen('Nei.')),
    ).toEqual([]);
  });

  it('joins denied topics into one sentence, each item keeping its negation', () => {
    expect(joinNegatives(['Ingen brystsmerter.', 'Ikke synkope.', 'Ikke gravid.'])).toEqual([
      'Ingen brystsmerter, ikke synkope, ikke gravid.',
    ]);
  });
});

describe('denials however they are said', () => {
  it.each(['Absolutt ikke.', 'Det stemmer ikke.', 'Ja, nei, det har jeg ikke.', 'Slett ikke.'])(
    'never turns «%s» to the suicide question into suicidal thoughts',
    async (answer) => {
      const output = await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har sovet dårlig i en måned.'],
        ['lege', 'Har du hatt tanker om å ta livet ditt?'],
        ['pasient', answer],
      ]);
      const history = section(output, 'anamnese');
      expect(history).toMatch(/Ingen suicid/u);
      expect(history).not.toMatch(/Har hatt suicid/u);
    },
  );

  it.each([
    'Slettes ikkje.',
    'Hakke merka nåkka.',
    'Det ække noe sånt.',
    'E hev kje det.',
    'Hæ? Nei, nei. Ikkji det.',
    'Ikkje noko sånt.',
    'Ingen ting.',
    'Egentlig ikke.',
  ])('denies blood and black stool asked together when answered «%s»', async (answer) => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Eg har hatt vondt i magen i ei veke.'],
      ['lege', 'Har du sett blod i avføringen, eller har den vært svart?'],
      ['pasient', answer],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/(?:Ikke|Ingen) blod i avføringen/u);
    expect(history).toMatch(/(?:Ikke|ingen) melena/iu);
  });

  it('reads "Har du kastet opp blod?" — "Nei." as no hematemesis, not as no vomiting', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har kastet opp tre ganger i natt.'],
      ['lege', 'Har du kastet opp blod?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ikke hematemese|Ikke kastet opp blod/u);
    expect(history).not.toMatch(/Ikke oppkast/u);
  });
});

describe('an answer that denies one part and affirms another', () => {
  it('keeps a plaster allergy and writes the denied drug allergy, never "Ingen allergier"', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Det brenner øverst i magen etter mat.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Jeg tåler ikke plaster, huden blir rød. Men ikke noe medisiner.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Tåler ikke plaster/u);
    expect(history).toMatch(/Ingen kjent legemiddelallergi\./u);
    expect(history).not.toMatch(/Ingen allergier|Ikke medisiner/u);
  });

  it('denies blood thinners after «men ikkje» when the allergy part is affirmed', () => {
    expect(
      deniedSafetyTopics(
        loosen('Har du allergier, eller bruker du blodfortynnende?'),
        loosen('Tåler ikke penicillin, men ikke noe blodfortynnende.'),
      ),
    ).toEqual(['Bruker ikke blodfortynnende.']);
  });

  it('denies the last part when a later sentence says «Ikkji noko anna»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Eg har vore nedstemt og sove dårleg sidan jul.'],
      ['lege', 'Drikker du mer enn før, eller bruker du andre rusmidler?'],
      ['pasient', 'Litt øl i helgane. Ikkji noko anna, aldri prøvd noko sånt.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Litt øl i helgene\./u);
    expect(history).toMatch(/Bruker ikke andre rusmidler\./u);
  });

  it('keeps "men ikke i dag" with a yes, so a symptom that is gone is not written as present', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i halsen i tre dager.'],
      ['lege', 'Har du feber?'],
      ['pasient', 'Ja, i går, men ikke i dag.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/feber, i går, men ikke i dag\./iu);
    expect(history).not.toMatch(/Har feber\./u);
  });
});

describe('a question explained or answered with a word before the no', () => {
  it('keeps the question open past «Altså trykk …», so «Nei.» denies it and is never a complaint', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg blir så andpusten når jeg går i bakker.'],
      ['lege', 'Har du hatt brystsmerter? Altså trykk eller stikking i brystet.'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen brystsmerter\./u);
    expect(history).not.toMatch(/^Trykk|\. Trykk eller stikking/u);
  });

  it.each(['Hm, nei, det har jeg ikke.', 'Nja, nei. Ikke sånn egentlig.', 'Mener du nå? Nei.'])(
    'reads «%s» to the suicide question as a no',
    async (answer) => {
      const output = await draft([
        ['lege', 'Hva gjelder det i dag?'],
        ['pasient', 'Jeg har vært deprimert og sovet dårlig i hele vinter.'],
        ['lege', 'Har du tenkt på å ta livet ditt?'],
        ['pasient', answer],
      ]);
      expect(section(output, 'anamnese')).toMatch(/Ingen suicid/u);
    },
  );

  it('writes «bedre å ikke våkne» answered no as no death wishes', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har vært deprimert og sovet dårlig i hele vinter.'],
      ['lege', 'Tenker du noen gang at det hadde vært bedre å ikke våkne?'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen dødsønsker\./u);
  });
});

describe('two questions in a turn, and a red flag told after a no', () => {
  it('answers «Nei, og nei.» to two questions with both negatives', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har hatt vondt i magen i en uke.'],
      ['lege', 'Har du hatt feber? Og bruker du noen blodfortynnende?'],
      ['pasient', 'Nei, og nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen feber\./u);
    expect(history).toMatch(/blodfortynnende/u);
  });

  it('keeps «Men den har vært litt svart.» after a denied blood in the stool', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har hatt vondt i magen i en uke.'],
      ['lege', 'Har du merket blod i avføringen?'],
      ['pasient', 'Nei, ikke noe blod. Men den har vært litt svart.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/svart/u);
  });

  it('writes «Noen gang hatt blodpropp, eller slag?» — «Nei, aldri.» as two negatives', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg skal begynne på p-piller.'],
      ['lege', 'Noen gang hatt blodpropp, eller slag?'],
      ['pasient', 'Nei, aldri.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen blodpropp/u);
    expect(history).not.toMatch(/Ingen gang/u);
  });
});

describe('what a no to a question about plans denies', () => {
  it('denies plans, not thoughts, to «Har du planer om å ta livet ditt?»', () => {
    expect(deniedSafetyTopics(loosen('Har du planer om å ta livet ditt?'), loosen('Nei.'))).toEqual(
      ['Ingen suicidplaner.'],
    );
  });
});

describe('a denied list already says each of its items', () => {
  it('reads «Ingen feber eller oppkast.» as saying no vomiting, so it is not written twice', () => {
    expect(saysNegative([loosen('Ingen feber eller oppkast.')], 'Ikke oppkast.')).toBe(true);
    expect(saysNegative([loosen('Ingen nattesvette, vekttap eller feber.')], 'Ikke vekttap.')).toBe(
      true,
    );
    expect(saysNegative([loosen('Hoste, men ikke feber. Oppkast i natt.')], 'Ikke oppkast.')).toBe(
      false,
    );
  });
});
