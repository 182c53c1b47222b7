import { describe, expect, it } from 'vitest';
import { readDictation, type HeadingName } from './read-dictation.js';

const headings: HeadingName[] = [
  { key: 'anamnese', names: ['anamnese', 'sykehistorie'] },
  { key: 'funn', names: ['funn', 'klinisk undersokelse'] },
  { key: 'vurdering', names: ['vurdering'] },
];

/** Spoken dictation as speech-to-text writes it: timed segments, commands as words. */
function spoken(...texts: string[]) {
  return texts.map((text, index) => ({ text, start: index * 5 }));
}

function texts(dictation: ReturnType<typeof readDictation>) {
  return dictation.parts.map((part) => ({
    key: part.sectionKey,
    sentences: part.sentences.map((sentence) => sentence.text),
  }));
}

describe('readDictation', () => {
  it('writes spoken punctuation as marks and keeps every word of the clinician', () => {
    const dictation = readDictation(
      spoken(
        'pasienten har hatt tørrhoste i elleve dager komma verst om natten punktum',
        'ingen feber kolon målt hjemme to ganger daglig punktum',
      ),
      headings,
    );
    expect(texts(dictation)).toEqual([
      {
        key: undefined,
        sentences: [
          'Pasienten har hatt tørrhoste i elleve dager, verst om natten.',
          'Ingen feber: målt hjemme to ganger daglig.',
        ],
      },
    ]);
    expect(dictation.commands).toBe(4);
  });

  it('lets a spoken mark replace the one speech-to-text already wrote', () => {
    const dictation = readDictation(
      spoken('Lungene er klare bilateralt. Punktum. Spørsmålstegn?'),
      headings,
    );
    expect(texts(dictation)[0]?.sentences).toEqual(['Lungene er klare bilateralt.']);
  });

  it('moves to the section a spoken heading names, also with several words and a colon', () => {
    const dictation = readDictation(
      spoken(
        'overskrift sykehistorie kolon vondt i venstre hofte i tre uker punktum',
        'overskrift klinisk undersokelse haltende gange punktum overskrift vurdering trolig bursitt punktum',
      ),
      headings,
    );
    expect(texts(dictation)).toEqual([
      { key: undefined, sentences: [] },
      { key: 'anamnese', sentences: ['Vondt i venstre hofte i tre uker.'] },
      { key: 'funn', sentences: ['Haltende gange.'] },
      { key: 'vurdering', sentences: ['Trolig bursitt.'] },
    ]);
  });

  it('carries out «stryk siste setning» and «stryk siste ord»', () => {
    const dictation = readDictation(
      spoken(
        'blodtrykk 150/95 punktum puls 72 regelmessig punktum stryk siste setning',
        'puls 68 uregelmessig regelmessig stryk siste ord punktum',
        'dette blir feil stryk siste setning',
      ),
      headings,
    );
    expect(texts(dictation)[0]?.sentences).toEqual(['Blodtrykk 150/95.', 'Puls 68 uregelmessig.']);
  });

  it('keeps dictated line breaks and paragraphs', () => {
    const dictation = readDictation(
      spoken(
        'Faste medisiner kolon ny linje Albyl-E 75 mg ny linje Somac 20 mg nytt avsnitt Neste.',
      ),
      headings,
    );
    const sentences = dictation.parts[0]?.sentences ?? [];
    expect(sentences.map((sentence) => [sentence.text, sentence.breakBefore])).toEqual([
      ['Faste medisiner:', undefined],
      ['Albyl-E 75 mg', 'line'],
      ['Somac 20 mg', 'line'],
      ['Neste.', 'paragraph'],
    ]);
  });

  it('reads pasted text as written: paragraphs and lines stay, nothing is rewritten', () => {
    const dictation = readDictation(
      [
        { text: 'Kjære kollega.\nTakk for henvisningen av pasienten 4. november.' },
        { text: 'Vi har startet opp med fysioterapi.' },
      ],
      headings,
    );
    const sentences = dictation.parts[0]?.sentences ?? [];
    expect(sentences.map((sentence) => [sentence.text, sentence.breakBefore])).toEqual([
      ['Kjære kollega.', undefined],
      ['Takk for henvisningen av pasienten 4. november.', 'line'],
      ['Vi har startet opp med fysioterapi.', 'paragraph'],
    ]);
    expect(dictation.commands).toBe(0);
  });

  it('links each sentence to the words it came from, without the command words', () => {
    const text = 'ingen hevelse punktum';
    const dictation = readDictation(spoken(text), headings);
    const evidence = dictation.parts[0]?.sentences[0]?.evidence ?? [];
    expect(evidence).toEqual([{ segment: 0, start: 0, end: 'ingen hevelse'.length }]);
  });
});
