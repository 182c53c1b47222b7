/*
 * Session 24 of issue 12: facts and safety content the builtin drafter lost, each on fresh
 * synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';
import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('a statement with a question tag', () => {
  it("keeps a relative's allergy said with «…, det vet dere, ikke sant?»", async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fem dager.'],
      ['pårørende', 'Hun tåler ikke penicillin, det vet dere, ikke sant?'],
      ['lege', 'Ja, det står i journalen.'],
    ]);
    expect(allText(output)).toMatch(/penicillin/iu);
    expect(allText(output)).not.toMatch(/\?/u);
  });

  it('keeps an anticoagulant said by the patient with «…, sant?»', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har fått eit stort blåmerke på leggen.'],
      ['pasient', 'Eg brukar Eliquis, sant?'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Eliquis/u);
  });

  it('does not turn a worried question with a tag into a statement', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fem dager.'],
      ['pasient', 'Jeg kan ta Ibux, ikke sant?'],
    ]);
    expect(allText(output)).not.toMatch(/kan ta Ibux/iu);
  });
});

describe('«de fleste» in a finding', () => {
  it('keeps a finding with «de fleste grodd» and the finding after it', async () => {
    const output = await draft([
      ['lege', 'Hva er grunnen til at du kommer i dag?'],
      ['pasient', 'Jeg har risset meg i armen i høst.'],
      [
        'lege',
        'Jeg ser tynne arr på høyre lår, åtte stykker, de fleste grodd. Hun er blek, men har god kontakt.',
      ],
    ]);
    const note = allText(output);
    expect(note).toMatch(/arr på høyre lår/u);
    expect(note).toMatch(/blek/u);
  });

  it('still leaves out «De fleste blir bra av seg selv»', async () => {
    const output = await draft([
      ['lege', 'Hva er grunnen til at du kommer i dag?'],
      ['pasient', 'Jeg har hatt vondt i halsen i tre dager.'],
      ['lege', 'De fleste blir bra av seg selv i løpet av en uke.'],
    ]);
    expect(allText(output)).not.toMatch(/fleste/u);
  });
});

describe('an onset said on its own', () => {
  it('joins «Sidan måndag.» to the complaint before it, in bokmål', async () => {
    const output = await draft([
      ['lege', 'Kva er det som plagar deg?'],
      ['pasient', 'Eg har hatt vondt i øyret. Sidan måndag.'],
    ]);
    expect(allText(output)).toMatch(/vondt i øret, siden mandag/iu);
  });

  it('keeps «I tre dager.» with the cough it dates', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg hoster gult slim. I tre dager.'],
    ]);
    expect(allText(output)).toMatch(/slim, i 3 (?:dager|døgn)/u);
  });
});

describe('a referral said after an explanation', () => {
  it('keeps «Jeg vil derfor sende deg til MR …» after the reason for it', async () => {
    const output = await draft([
      ['lege', 'Hva er problemet?'],
      ['pasient', 'Jeg har fått nummenhet i begge beina.'],
      [
        'lege',
        'Fordi nummenheten sitter i begge beina, er det en liten risiko for trykk på ryggmargen. Jeg vil derfor sende deg til MR av ryggen i morgen.',
      ],
    ]);
    expect(section(output, 'tiltak')).toMatch(/MR av ryggen/u);
  });
});

describe('a passive death wish and a denied attempt', () => {
  it('keeps «lettere å ikke være her» and «har aldri prøvd» in the history', async () => {
    const output = await draft([
      ['lege', 'Hva er grunnen til at du kommer i dag?'],
      ['pasient', 'Jeg har vært så nedstemt hele vinteren.'],
      ['lege', 'Har du tenkt på å ta ditt eget liv?'],
      [
        'pasient',
        'Av og til tenker jeg at det hadde vært lettere å ikke være her. Men jeg har aldri prøvd.',
      ],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/lettere å ikke være her/u);
    expect(history).toMatch(/aldri prøvd/u);
  });
});
