import { describe, expect, it } from 'vitest';
import { namedCondition } from './classify.js';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('the condition the clinician names, and the referral that brought the patient', () => {
  it('writes «Dette er brennkopper» as the assessment though the word is outside the vocabulary', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe med?'],
      ['pasient', 'Jeg har fått sår med gule skorper rundt munnen siden fredag.'],
      ['lege', 'Jeg ser sår med honninggule skorper ved munnviken.'],
      ['lege', 'Dette er brennkopper, impetigo.'],
      ['lege', 'Du får Fucidin krem tre ganger daglig i sju dager.'],
    ]);
    expect(sectionText(output, 'vurdering')).toMatch(/brennkopper/iu);
  });

  it('writes «Du har et karpaltunnelsyndrom» as the assessment, not as history', async () => {
    const output = await draftJournalNote([
      ['lege', 'Fortell.'],
      ['pasient', 'Jeg våkner med prikking i fingrene på venstre hånd.'],
      ['lege', 'Tinels tegn er positivt.'],
      ['lege', 'Du har et karpaltunnelsyndrom.'],
      ['lege', 'Du får en skinne til natta, og vi setter deg opp til operasjon.'],
    ]);
    expect(sectionText(output, 'vurdering')).toMatch(/karpaltunnelsyndrom/u);
    expect(sectionText(output, 'anamnese')).not.toMatch(/karpaltunnelsyndrom/u);
  });

  it('does not take a nurse introducing the patient («Dette er Ragnar, 45 år») for a diagnosis', () => {
    expect(namedCondition('Dette er Ragnar, 45 år.')).toBeUndefined();
    expect(namedCondition('Dette er viktig å vite.')).toBeUndefined();
    expect(namedCondition('Dette er helvetesild, i første gren av nerven.')).toBe('helvetesild');
  });

  it('writes «Du er henvist fra fastlegen for …» as the reason and keeps the examination that follows', async () => {
    const output = await draftJournalNote([
      ['lege', 'God dag. Du er henvist fra fastlegen for smerter i venstre hæl.'],
      ['pasient', 'Ja, det har vart i fire måneder, verst om morgenen.'],
      ['lege', 'Jeg undersøker foten. Det er trykkømhet under hælen medialt.'],
      ['lege', 'Ankelen har normal bevegelighet.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/henvist/iu);
    expect(sectionText(output, 'tiltak')).not.toMatch(/henvist/iu);
    expect(sectionText(output, 'funn')).toMatch(/trykkømhet/iu);
    expect(allText(output)).toMatch(/hæl/u);
  });
});
