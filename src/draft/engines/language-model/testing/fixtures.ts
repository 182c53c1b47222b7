import {
  unsafeAsPseudonymized,
  type PseudonymizedTranscript,
  type Speaker,
  type TemplateDefinition,
} from '../../../../core/index.js';

/**
 * Synthetic fixtures for the model engines' tests. The template is a local copy of the
 * journalnotat shape (design §6.4 keys) so these tests do not depend on the template files.
 */
export const journalnotatTemplate: TemplateDefinition = {
  id: 'journalnotat',
  title: 'Journalnotat',
  codeSystem: 'ICPC-2',
  sections: [
    {
      key: 'kontaktarsak',
      title: 'Kontaktårsak',
      instruction: 'Hvorfor pasienten kom, i én setning.',
    },
    {
      key: 'anamnese',
      title: 'Anamnese',
      instruction: 'Sykehistorien slik pasienten fortalte den, med relevante negative funn.',
    },
    { key: 'funn', title: 'Funn', instruction: 'Undersøkelsesfunn og målinger som legen sa høyt.' },
    {
      key: 'vurdering',
      title: 'Vurdering',
      instruction: 'Legens vurdering og diagnose slik legen formulerte den.',
    },
    {
      key: 'tiltak',
      title: 'Tiltak',
      instruction: 'Behandling, resepter, råd og avtalt oppfølging.',
    },
  ],
  styleExample: 'Sår hals i 3 dager. Ingen hoste. Temp 38,4. Tonsiller forstørret med belegg.',
};

/** A short consultation after pseudonymization ("Anne Hansen" is a surrogate). */
export const shortTranscript: PseudonymizedTranscript = {
  segments: [
    segment('lege', 'Hei, Anne Hansen, kom inn. Hva kan jeg hjelpe deg med i dag?'),
    segment('pasient', 'Jeg har hatt vondt i halsen i tre dager, og feber i går kveld.'),
    segment('lege', 'Har du hoste?'),
    segment('pasient', 'Nei, ingen hoste.'),
    segment(
      'lege',
      'Temperaturen er 38,4. Mandlene er forstørret med hvitt belegg på begge sider.',
    ),
    segment(
      'lege',
      'Dette er en halsbetennelse, sannsynligvis bakteriell. Du får penicillin i ti dager.',
    ),
  ],
};

/** The identifiers the raw transcript had before pseudonymization; must never reach a model. */
export const rawIdentifiers = ['Sondre Hatlestad Eide', '14030352751', '924 18 356'] as const;

const longPhrases: readonly (readonly [Speaker, string])[] = [
  ['lege', 'Hvordan har det gått med søvnen den siste uka, og har du merket noe til hjertebank?'],
  [
    'pasient',
    'Det har vært litt bedre, men jeg våkner fortsatt to-tre ganger hver natt og kjenner at hjertet slår fort.',
  ],
  ['lege', 'Blodtrykket nå er 142 over 88, og pulsen er 76 og regelmessig.'],
  [
    'pasient',
    'Jeg har tatt metoprolol 50 milligram om morgenen slik vi avtalte, og ingen bivirkninger.',
  ],
  ['pårørende', 'Hun har vært mer sliten enn vanlig, synes jeg, særlig på ettermiddagen.'],
  ['lege', 'Ingen brystsmerter og ingen tungpust ved anstrengelse, forstår jeg det riktig?'],
  ['pasient', 'Nei, ikke brystsmerter. Litt andpusten i bakker, men det har jeg alltid vært.'],
  ['lege', 'Da tar vi nye blodprøver i dag og ser på hemoglobin og stoffskifte.'],
];

/**
 * A synthetic consultation of about `hours` hours (≈ 150 spoken words a minute), deterministic.
 * Four hours is about 230 000 characters in 2 400 segments.
 */
export function createLongTranscript(hours: number): PseudonymizedTranscript {
  const targetCharacters = Math.round(hours * 60 * 150 * 6.4);
  const segments: PseudonymizedTranscript['segments'][number][] = [];
  let characters = 0;
  for (let index = 0; characters < targetCharacters; index += 1) {
    const phrase = longPhrases[index % longPhrases.length] ?? longPhrases[0];
    if (phrase === undefined) break;
    const text = `${phrase[1]} (Runde ${Math.floor(index / longPhrases.length) + 1}.)`;
    segments.push(segment(phrase[0], text));
    characters += text.length;
  }
  return { segments };
}

function segment(speaker: Speaker, text: string): PseudonymizedTranscript['segments'][number] {
  return { speaker, text: unsafeAsPseudonymized(text) };
}
