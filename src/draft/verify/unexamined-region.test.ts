import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

function indexOf(lines: readonly (readonly [Speaker, string])[]) {
  return createTranscriptIndex({
    segments: lines.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
}

const eczema = indexOf([
  ['pårørende', 'Han har tørre, røde flekker i albuebøyene og bak knærne, og han klør.'],
  ['lege', 'Jeg ser røde, tørre flekker og litt kloremerker. Ingen væsking eller skorper.'],
]);

const gout = indexOf([
  ['pasient', 'Stortåa på høgre fot vart raud og hoven i natt.'],
  ['lege', 'Grunnleddet i stortåa er raudt, hovent og varmt. Resten av foten er fin.'],
]);

const headKnock = indexOf([
  ['pasient', "Æ datt og slo hue i isen, og kne'et e hovent."],
  ['lege', "Det e en kul i panna. Kne'et e hovent og ømt."],
]);

function warnings(text: string, index: ReturnType<typeof indexOf>, section = 'funn'): string[] {
  return checkSentence(text, index, { section })
    .flags.filter((flag) => flag.severity !== 'info')
    .map((flag) => flag.message);
}

describe('a finding in a place nobody examined or spoke of', () => {
  it('warns about a clause added in a place never named', () => {
    expect(warnings('Ingen væsking, men impetiginisering i ansiktet.', eczema).join(' ')).toContain(
      '«ansiktet»',
    );
    expect(
      warnings('Tørt erytem og kloremerker, men skjelling i øyret.', eczema).join(' '),
    ).toContain('«øyret»');
  });

  it('reads the lay and dialect words for a place as the place («hue»)', () => {
    expect(warnings('Hovent og ømt kne, kul på hodet.', headKnock).join(' ')).not.toContain(
      'stedet',
    );
    expect(warnings('Hovent og ømt kne, hevelse i kneleddet.', headKnock).join(' ')).not.toContain(
      'stedet',
    );
  });

  it('reads a part of a place spoken of as spoken of («malleol» after «foten»)', () => {
    expect(
      warnings('Rødt og hovent stortågrunnledd, hevelse ved malleol.', gout).join(' '),
    ).not.toContain('stedet');
  });

  it('leaves a normal or denied clause in a place never named to other checks', () => {
    expect(
      warnings('Tørt erytem i fleksurene, men ingen utslett i ansiktet.', eczema).join(' '),
    ).not.toContain('stedet');
  });

  it('says nothing outside the findings section', () => {
    expect(
      warnings('Ingen væsking, men impetiginisering i ansiktet.', eczema, 'anamnese').join(' '),
    ).not.toContain('stedet');
  });
});
