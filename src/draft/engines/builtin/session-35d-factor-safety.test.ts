/*
 * Session 35d review of s34i: a statement that replaces the patient's answer must say what the
 * answer said, in its direction and of its person — an improvement is never «verre», a denied
 * fear never a worry, a relative's worry or illness never the patient's, a time never a factor —
 * and a Kontaktårsak is a clean noun phrase or the old wording.
 */
import { describe, expect, it } from 'vitest';

import { modifyingFactorFromAnswer } from './modifying-factor.js';
import { toReasonPhrase } from './reason-phrase.js';
import { draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('an answer in the other direction is never turned into the asked one', () => {
  it('writes no «verre» for «Klart bedre.» to «Blir det verre når du sykler?»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i hælen.'],
      ['lege', 'Blir det verre når du sykler?'],
      ['pasient', 'Klart bedre.'],
    ]);
    expect(sectionText(output, 'anamnese')).not.toMatch(/verre/iu);
  });

  it('writes no «bedre» for «Mye verre.» to «Blir det bedre når du legger deg ned?»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i korsryggen.'],
      ['lege', 'Blir det bedre når du legger deg ned?'],
      ['pasient', 'Mye verre.'],
    ]);
    expect(sectionText(output, 'anamnese')).not.toMatch(/bedre/iu);
  });

  it('reads no factor from a yes followed by the other way or taken back', () => {
    expect(modifyingFactorFromAnswer('Blir det verre når du sykler?', 'Ja, bedre.')).toBe(
      undefined,
    );
    expect(modifyingFactorFromAnswer('Blir det verre når du hoster?', 'Ja. Litt bedre.')).toBe(
      undefined,
    );
    expect(
      modifyingFactorFromAnswer('Blir det verre når du hoster?', 'Nei. Eller jo, litt.'),
    ).toBeUndefined();
  });

  it('reads no factor from an open answer that names the other way after a comma', () => {
    expect(
      modifyingFactorFromAnswer(
        'Blir det verre av noe?',
        'Når jeg sitter stille, så blir det bedre.',
      ),
    ).toBeUndefined();
    expect(
      modifyingFactorFromAnswer(
        'Er det noe som gjør det bedre?',
        'Når jeg bærer, da blir det verre.',
      ),
    ).toBeUndefined();
    expect(
      modifyingFactorFromAnswer('Blir det verre av noe?', 'Ikke når jeg ligger på siden.'),
    ).toBeUndefined();
  });

  it('still writes a yes in the asked direction, with «litt» kept (counter-example)', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i hælen.'],
      ['lege', 'Blir det verre når du sykler?'],
      ['pasient', 'Ja, litt verre.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/litt verre når pas\. sykler/iu);
    expect(modifyingFactorFromAnswer('Blir det bedre når du hviler?', 'Ja.')).toMatch(
      /^Bedre når pas\. hviler/u,
    );
  });
});

describe('a denied fear is no worry, and somebody else’s worry or illness is theirs', () => {
  it('writes no «Bekymret for pas. …» for a fear denied and the partner’s told', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hjertebank om kvelden.'],
      ['lege', 'Hva er du mest redd for?'],
      ['pasient', 'Jeg er ikke bekymret selv, men samboeren min er redd det er hjertet.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).not.toMatch(/bekymret for/iu);
    expect(history).not.toMatch(/pas\. er ikke/iu);
    expect(history).toMatch(/samboer/iu);
  });

  it('keeps the grandfather’s bowel cancer told with the fear', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har sett blod på dopapiret.'],
      ['lege', 'Hva er du mest bekymret for?'],
      ['pasient', 'At det er arvelig, for bestefar hadde tarmkreft.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/bestefar hadde tarmkreft/iu);
  });

  it('writes no patient fear for a relative answering «Hva er du redd for?»', () => {
    expect(
      modifyingFactorFromAnswer('Hva er du redd for?', 'At hun har fått demens.', {
        speaker: 'pårørende',
      }),
    ).toBeUndefined();
  });

  it('still writes the patient’s own fear said in a full sentence (counter-example)', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt og hovent i leggen.'],
      ['lege', 'Hva er du redd for?'],
      ['pasient', 'Jeg er mest redd for blodpropp.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/bekymret for blodpropp/iu);
    expect(
      modifyingFactorFromAnswer('Hva er du redd for?', 'At hun har fått demens.', {
        speaker: 'pasient',
      }),
    ).toBeUndefined();
  });
});

describe('a nothing-answer to a fear question', () => {
  it('is «Ingen spesielle bekymringer.», never «Bekymret for …»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har en føflekk som klør.'],
      ['lege', 'Er det noe spesielt du er redd for?'],
      ['pasient', 'Nei, ikke noe særlig.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).not.toMatch(/bekymret for/iu);
    expect(history).toMatch(/ingen spesielle bekymringer/iu);
    expect(modifyingFactorFromAnswer('Hva er du bekymret for?', 'Nei, egentlig ikke noe.')).toBe(
      'Ingen spesielle bekymringer.',
    );
  });

  it('keeps what the patient wants after a nothing-answer, and no fear of a relative', () => {
    expect(
      modifyingFactorFromAnswer(
        'Hva er du bekymret for?',
        'Ingenting egentlig, jeg vil bare ha en sjekk før ferien.',
      ),
    ).toMatch(/^Ingen spesielle bekymringer, pas\. vil bare ha en sjekk før ferien/u);
    expect(
      modifyingFactorFromAnswer('Hva er du bekymret for?', 'Ingenting, men sønnen min er redd.'),
    ).toBeUndefined();
    expect(
      modifyingFactorFromAnswer(
        'Hva er du redd for?',
        'At det er arvelig, for det hadde søstera mi.',
      ),
    ).toMatch(/søster/u);
  });

  it('leaves a named fear to the same question as the fear (counter-example)', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har en føflekk som klør.'],
      ['lege', 'Er det noe du er redd for?'],
      ['pasient', 'At det skal spre seg.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/bekymret for at det skal spre seg/iu);
  });
});

describe('a time is not a modifying factor', () => {
  it('reads no factor from «I forrige uke ble det verre …» to «Blir det verre av noe?»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i nakken.'],
      ['lege', 'Blir det verre av noe?'],
      ['pasient', 'I forrige uke ble det verre etter at jeg løftet flyttekasser.'],
    ]);
    expect(sectionText(output, 'anamnese')).not.toMatch(/verre i forrige/iu);
    expect(modifyingFactorFromAnswer('Er det verre i dag?', 'Ja.')).toBeUndefined();
    expect(modifyingFactorFromAnswer('Blir det verre av noe?', 'I helgen.')).toBeUndefined();
  });

  it('keeps a habit of the day such as «om morgenen» (counter-example)', () => {
    expect(modifyingFactorFromAnswer('Er det verre om morgenen?', 'Ja.')).toBe(
      'Verre om morgenen.',
    );
    expect(modifyingFactorFromAnswer('Blir det verre av noe?', 'I kulde.')).toBe('Verre i kulde.');
  });
});

describe('an answer about sleep is kept whole or read as said', () => {
  it('does not drop «greit» from «Greit, men …» and keep the rest as the sleep', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg er så sliten.'],
      ['lege', 'Hvordan sover du?'],
      ['pasient', 'Greit, men jeg våkner tidlig og får ikke sove igjen.'],
    ]);
    expect(sectionText(output, 'anamnese')).not.toMatch(/sover, men/iu);
    expect(sectionText(output, 'anamnese')).toMatch(/våkner tidlig/iu);
  });

  it('writes no «Sover normalt sover …» for a quality that opens a sentence', () => {
    expect(
      modifyingFactorFromAnswer('Hvordan sover du?', 'Normalt sover jeg godt, men nå dårlig.'),
    ).toBeUndefined();
  });

  it('keeps every clause after the quality (counter-example)', () => {
    expect(
      modifyingFactorFromAnswer(
        'Hvordan sover du?',
        'Dårlig, jeg våkner av smertene og ligger våken i flere timer.',
      ),
    ).toMatch(/^Sover dårlig, pas\. våkner av smertene og ligger våken i flere timer/u);
  });
});

describe('Kontaktårsak is a clean noun phrase or the old wording', () => {
  it('does not cut «Har kjent en del verk …» to «Del verk …»', () => {
    expect(toReasonPhrase('Har kjent en del verk i hofta i 3 måneder.').reason).not.toMatch(
      /^Del /u,
    );
  });

  it('does not make «Har merket en forbedring …» a reason «Forbedring …»', () => {
    expect(toReasonPhrase('Har merket en forbedring av utslettet.').reason).not.toMatch(
      /^Forbedring/u,
    );
  });

  it('still writes a found mole as the reason (counter-example)', () => {
    expect(toReasonPhrase('Har oppdaget en føflekk på ryggen i 2 uker.').reason).toBe(
      'Føflekk på ryggen i 2 uker.',
    );
  });

  it('keeps «og den går ikke over» where no duration says it lasts', () => {
    expect(toReasonPhrase('Vondt i hodet, og det går ikke over.').reason).toBe(
      'Vondt i hodet, og det går ikke over.',
    );
    expect(toReasonPhrase('Hodepine i 5 dager, og den går ikke over.').reason).toBe(
      'Hodepine i 5 dager.',
    );
  });

  it('gives «ikke bedre med mindre …» (it helps) no «Ikke bedre med …» line', () => {
    expect(
      toReasonPhrase('Hoste i 2 uker, men den blir ikke bedre med mindre Ventoline tas.').rest,
    ).toBeUndefined();
  });
});

describe('a habit answered with an amount keeps its person and its no (s34i habit rule)', () => {
  it('keeps the patient’s «ikke» when the amount is of the past', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg sover dårlig.'],
      ['lege', 'Hva med alkohol?'],
      ['pasient', 'Jeg drikker ikke lenger, har vært edru i 6 år.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(/6 år/u);
    expect(history).toMatch(/drikker ikke/iu);
  });

  it('writes a husband’s beer as his, never as the patient’s amount', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg sover dårlig.'],
      ['lege', 'Hva med alkohol?'],
      ['pasient', 'Mannen min tar tre-fire pils i helga.'],
    ]);
    const history = sectionText(output, 'anamnese');
    if (/pils/iu.test(history)) expect(history).toMatch(/ektemann|mannen/iu);
    expect(history).not.toMatch(/^(?:pas\. )?(?:tar|drikker) 3-4 pils/iu);
  });

  it('keeps the patient’s own amount (counter-example)', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg sover dårlig.'],
      ['lege', 'Hva med alkohol?'],
      ['pasient', 'Tre-fire pils i helga.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/3-4 pils i helgen/u);
  });
});
