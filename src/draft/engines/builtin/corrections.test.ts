import { describe, expect, it } from 'vitest';
import { applySpokenCorrections } from './corrections.js';
import { splitSentences } from '../../../language/index.js';

function corrected(text: string): string[] {
  return applySpokenCorrections(splitSentences(text)).map((sentence) => sentence.text);
}

describe('applySpokenCorrections', () => {
  it('turns a drug said in use and then taken back into the no, with when it stopped', () => {
    expect(
      corrected('Ja, jeg bruker Marevan. Nei vent, den sluttet jeg med for to år siden, tror jeg.'),
    ).toEqual(['Nei, sluttet med Marevan for to år siden.']);
    expect(corrected('Han går på Eliquis. Nei forresten, det har han sluttet med.')).toEqual([
      'Nei, sluttet med Eliquis.',
    ]);
  });

  it('keeps the value said after "nei vent" within a sentence', () => {
    expect(corrected('Vekta er åttifire kilo, nei vent, åttisju.')).toEqual(['Vekta er 87 kilo.']);
  });

  it('drops the excuse that goes with the wrong value', () => {
    expect(corrected('Pulsen var nitti, nei unnskyld, seksti, jeg leste feil.')).toEqual([
      'Pulsen var 60.',
    ]);
  });

  it('corrects a blood pressure measured again', () => {
    expect(
      corrected(
        'Blodtrykket er hundre og seksti over hundre, nei, jeg måler på nytt, hundre og førti over nitti.',
      ),
    ).toEqual(['Blodtrykket er 140/90.']);
  });

  it('replaces the value of an earlier sentence and spans both sentences', () => {
    const text =
      'Jeg tar Paracet, to tabletter fire ganger om dagen. Det hjelper. Nei forresten, tre ganger.';
    const sentences = applySpokenCorrections(splitSentences(text));
    expect(sentences[0]?.text).toBe('Jeg tar Paracet, 2 tabletter 3 ganger om dagen.');
    expect(sentences[0]?.start).toBe(0);
    expect(sentences[0]?.end).toBe(text.length);
    expect(sentences.map((sentence) => sentence.text).join(' ')).not.toMatch(/4 ganger/u);
  });

  it('leaves a sentence without a correction as it was', () => {
    const sentences = splitSentences('Nei, jeg har ikke feber. Temperaturen var trettisju.');
    expect(applySpokenCorrections(sentences)).toEqual(sentences);
  });

  it('takes back a value with "eller, det var vel" (no "nei vent") and keeps the words between', () => {
    expect(
      corrected('Trettiåtte komma to i går kveld, eller, det var vel trettiåtte komma ni.'),
    ).toEqual(['38,9 i går kveld.']);
  });

  it('corrects a value in the sentence before from "Eller, det var …"', () => {
    expect(corrected('Jeg målte åttisju kilo. Eller, det var vel åttini.').join(' ')).toBe(
      'Jeg målte 89 kilo.',
    );
  });

  it('keeps the last side said: "høyre kne, unnskyld, venstre"', () => {
    expect(corrected('Jeg har vondt i høyre kne, unnskyld, venstre kne.')).toEqual([
      'Jeg har vondt i venstre kne.',
    ]);
    expect(corrected('Det hovner på høyre side, nei, venstre.')).toEqual([
      'Det hovner på venstre side.',
    ]);
  });

  it('takes back a side in the sentence after it ("Nei forresten, det er det venstre")', () => {
    expect(
      corrected(
        'Det høyre øyet har vært rødt og vondt siden i går morges. Nei forresten, det er det venstre. Jeg blander alltid.',
      ),
    ).toEqual([
      'Det venstre øyet har vært rødt og vondt siden i går morges.',
      'Jeg blander alltid.',
    ]);
  });

  it('reads the nynorsk "Nei, orsak" as a correction of the side', () => {
    expect(
      corrected(
        'Og no strålar det ned i høyre bein, heilt ned til foten. Nei, orsak, det er venstre bein.',
      ),
    ).toEqual(['Og no strålar det ned i venstre bein, heilt ned til foten.']);
    expect(corrected('Det strålar ned i høyre bein, nei, orsak, venstre bein.')).toEqual([
      'Det strålar ned i venstre bein.',
    ]);
  });

  it('leaves a later sentence about the other side that is no correction', () => {
    expect(
      corrected('Det er vondt i høyre kne. Nei, det er ikke hovent på venstre side heller.'),
    ).toEqual(['Det er vondt i høyre kne.', 'Nei, det er ikke hovent på venstre side heller.']);
  });

  it('leaves two sides that are both meant', () => {
    expect(corrected('Jeg har vondt i høyre kne og venstre ankel.')).toEqual([
      'Jeg har vondt i høyre kne og venstre ankel.',
    ]);
  });

  it('replaces a short time answer that the correction says again in full', () => {
    expect(
      corrected('Klokka seks i går kveld. Nei, det var i dag tidlig, på trening, klokka sju.'),
    ).toEqual(['I dag tidlig, på trening, klokka 7.']);
  });

  it('reads "nei, det må ha vært" as a correction and keeps only the corrected time', () => {
    const sentences = corrected(
      'For en time siden. Nei, det må ha vært halv fire, så det er nesten to timer siden.',
    );
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toContain('2 timer siden');
    expect(sentences[0]).not.toMatch(/1 time|en time/u);
  });

  it('keeps the rest of a short answer when the correction names only the value', () => {
    expect(
      corrected(
        'Rundt klokka sju i kveld. Nei vent, det var nærmere halv åtte, for det var mørkt.',
      ),
    ).toEqual(['Rundt klokka halv 8 i kveld.']);
  });

  it('corrects a frequency said in words ("annenhver dag" → "hver dag")', () => {
    expect(
      corrected('Jeg tar en tablett annenhver dag. Nei forresten, jeg tar den hver dag nå.'),
    ).toEqual(['Jeg tar en tablett hver dag.']);
  });

  it('keeps only the place said last when a hospital is taken back ("på X, nei vent, det var på Y")', () => {
    expect(
      corrected('Jeg fikk fjernet galleblæren på Lovisenberg, nei vent, det var på Aker, i 2019.'),
    ).toEqual(['Jeg fikk fjernet galleblæren på Aker, i 2019.']);
  });

  it('keeps only the drug said last when a drug name is taken back', () => {
    expect(corrected('Jeg tok Voltaren, nei unnskyld, Naproxen mot ryggen i går.')).toEqual([
      'Jeg tok Naproxen mot ryggen i går.',
    ]);
  });

  it('takes back a value after a trailing ellipsis ("trettiåtte… nei, tretti uker")', () => {
    expect(corrected('Hun er i svangerskapsuke trettiseks… nei, trettito uker.')).toEqual([
      'Hun er i svangerskapsuke 32 uker.',
    ]);
  });

  it('takes back a side when the part is said again and the sentence goes on', () => {
    expect(corrected('Det er høyre kne, nei vent, venstre kne som verker om natta.')).toEqual([
      'Det er venstre kne som verker om natta.',
    ]);
  });

  it('takes back a clock time said again with "klokka"', () => {
    expect(corrected('Jeg tok en Paracet klokka sju, nei, klokka ni i morges.')).toEqual([
      'Jeg tok en Paracet klokka 9 i morges.',
    ]);
  });
});
