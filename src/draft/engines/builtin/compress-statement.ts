/*
 * The last step of a note statement: the terse forms a GP writes. Speech keeps words a note does
 * not need — hedges ("forresten", "egentlig"), intensifiers ("så vondt"), the copula of a finding
 * ("Magen er bløt" → "Magen bløt"), the verb of a prescription ("Får penicillin" → "Penicillin")
 * and the subject of a symptom ("Har vondt i halsen" → "Vondt i halsen"). Pure string rules, one
 * concern each; they only drop or shorten words, never add a fact or a number.
 */
import type { StatementKind } from './analyze-conversation.js';
import { capitalize, tidy } from './note-register.js';

const word = (pattern: string, flags = 'giu'): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, flags);

/** What kind of statement is compressed (the kinds of `analyze-conversation`). */
export type CompressKind = StatementKind;

/** Words of speech that carry no fact in any statement. */
const hedges: readonly (readonly [RegExp, string])[] = [
  [/,?\s*hvis det (?:har noe å si|betyr noe)(?![\p{L}])/giu, ''],
  [word(',? ?(?:i det hele tatt|på noen måte|for å si det sånn)'), ''],
  [word('forresten|egentlig|liksom|faktisk|altså|også|i tillegg'), ''],
  [word('(?:veldig|ganske|kjempe|fryktelig|skikkelig|innmari) (?=[\\p{L}])'), ''],
  // Intensifying "så" before a symptom word: "så vondt", "så svimmel".
  [
    /(?<![\p{L}])så (?=(?:vondt|svimmel|sliten|trøtt|dårlig|kvalm|slapp|redd|urolig|tungpustet|tett|sår|stiv)(?![\p{L}]))/giu,
    '',
  ],
  // An approximate count: "kanskje seks ganger", "omtrent 6 uker" → "ca. 6".
  [/(?<![\p{L}])(?:kanskje|omtrent|cirka|rundt|ca\.?) (?=\d)/giu, 'ca. '],
  [word('med en gang|med ein gong|umiddelbart'), 'straks'],
  // "bipolar" read as a nynorsk "-ar" word and given the bokmål "-er" ending: the diagnosis is
  // spelled "bipolar" in both. (Kept out of the dialect reading itself: there it changed which
  // statements a held-out set kept, session 23.)
  [/(?<![\p{L}])(B|b)ipoler(?![\p{L}])/gu, '$1ipolar'],
  // A pronoun said after the fact as a tag ("Røyker, han.", "Mor har astma, hun."): once is enough.
  [/,\s*(?:han|hun|ho)(?=[.!]?$)/gu, ''],
  // Sputum without blood: "Litt kvitt slim om morgenen, men ikke blod" → "…, ikke hemoptyse".
  [
    // (The look back runs only where ", men ikke blod" matched: first, it ran at every position.)
    /,? men (?:ikke|ingen|aldri) (?:noe )?blod(?=[.!?]|$)(?<=(?:slim|oppspytt|ekspektorat|hoster|hostet|hoste|gult|grønt|grått)(?:pas\.|[^.!?])*)/giu,
    ', ikke hemoptyse',
  ],
  // A value read out in digits and said again in words ("BT 154/92, altså hundre og femtifire over
  // nittito"): once.
  [
    /(?<![\d,/])(\d+(?:[,/]\d+)?)((?: %| mg| kg| mmol)?),\s+(?:altså |dvs\.? |det vil si )?\1\2(?![\d,/])/gu,
    '$1$2',
  ],
  // The reassurance around a decision: ", selv om du føler deg bedre", ", det går fint".
  // ("pas." inside the clause is no sentence end.)
  [/,\s*(?:selv om|så slipper|for å være sikker(?:e)? på)(?:pas\.|[^.!?])*/giu, ''],
  [/,\s*(?:det går fint|det er trygt|det er helt vanlig|det er ufarlig)(?=[.!]?$)/giu, ''],
  // The worry behind a told fact: "…, så komparent var redd det var arvelig", "…, så ble redd".
  [
    /,\s*så (?:(?:komparent|pas\.|hun|han|jeg) )?(?:(?:var|ble|blei) (?:litt )?redd|lurte på)(?:pas\.|[^.!?])*/giu,
    '',
  ],
  // "Ventoline når pas. trenger det" → "Ventoline ved behov": as-needed use as a note says it.
  [
    /(?<![\p{L}])når (?:pas\.|hun|han|de) (?:trenger|treng) (?:det|den|dem)(?![\p{L}])/giu,
    'ved behov',
  ],
  // The yes to a patient's question before the condition ("Det kan pas., men vurderer …"): the
  // condition is the fact.
  [/^Det (?:kan|går|gjør) pas\.(?: godt| fint)?,? men (?=\p{L})/iu, ''],
  // The patient's own "vår/våre": "barna våre" → "barna".
  [/(?<=[\p{L}](?:en|et|a|ene|ne)) (?:vår|vårt|våre)(?![\p{L}])/giu, ''],
];

/** "Ingen allergier som pas. vet om" → "Ingen kjente allergier". */
function knownNegative(text: string): string {
  return text.replace(
    /^(Ingen|Ikke) ([\p{L}]+) som (?:pas\.|hun|han) (?:vet|veit|kjenner til)(?: om)?/u,
    '$1 kjente $2',
  );
}

/**
 * A denied thing without the spoken "noe": "Ikke noe utslett" → "Ikke utslett", "ikke noe blod i
 * urinen" → "ikke blod i urinen". "Ikke noe særlig", "ikke noe sånt" and the like keep it.
 */
function withoutSpokenQuantifier(text: string): string {
  return text.replace(
    /(?<![\p{L}])(ikke|Ikke) noe(?:n|t)? (?!(?:særlig|sånt|slikt|spesielt|av|annet|mer|mye|stort|problem|å)(?![\p{L}]))(?=\p{L})/gu,
    '$1 ',
  );
}

/** A symptom without its subject verb: "Har vondt i halsen" → "Vondt i halsen", "Er sliten" → "Sliten". */
function withoutLeadingVerb(text: string): string {
  return (
    text
      .replace(/^Har (?=vondt|smerter|ikke )/u, '')
      // "Har kastet opp", "Har vært sliten", "Har fått utslett" → "Kastet opp", "Vært sliten",
      // "Fått utslett": the perfect's auxiliary adds nothing in a note.
      .replace(/^Har (?=(?:kastet|vært|fått|tatt|brukt|sluttet|begynt|gått|merket|blitt) )/u, '')
      .replace(/^Det gjør vondt (?=å |når |i )/u, 'Vondt ')
      // "Er så nedfor" → "Nedfor": the spoken "så" intensifies nothing a note can say.
      .replace(
        /^Er (?:så )?(?=ikke |(?:nedfor|trist)(?![\p{L}])|\p{Ll}+(?:ig|lig|en|et|t|sk|el)(?: |[,.]|$))/u,
        '',
      )
  );
}

const months = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';

/**
 * A told history in a GP's anamnesis register: the story's own framing goes ("Det begynte lørdag
 * kveld, så det er 3 dager" → "Startet lørdag kveld, 3 dager"; "Har hatt feber" → "Feber"; "Ingen
 * hoste, og er ikke tett" → "Ingen hoste, ikke tett"), a third party's name in apposition goes
 * ("Kollegaen, Trude, hun har hatt" → "Kollegaen har hatt"), and so does the inverted subject of a
 * told sentence ("og så jobber pas. i helgene" → "jobber i helgene").
 */
/**
 * "når pas. svelger" → "ved svelging": the activity a symptom comes with, as a note names it (only
 * the bare verb at the end of a clause: "når pas. går fort opp trapper" stays as said).
 */
const whenActivity: Readonly<Record<string, string>> = {
  svelger: 'ved svelging',
  går: 'ved gange',
  hoster: 'ved hoste',
  tisser: 'ved vannlating',
  puster: 'ved respirasjon',
  spiser: 'ved måltider',
  ligger: 'i liggende',
  anstrenger: 'ved anstrengelse',
};

function historyAsNote(text: string): string {
  return (
    text
      .replace(
        /(?<![\p{L}])når (?:pas\.|hun|han) (svelger|går|hoster|tisser|puster|spiser|ligger|anstrenger)(?: seg)?(?=[.,;]|$)/gu,
        (whole, verb: string) => whenActivity[verb] ?? whole,
      )
      // "og i natt frøs pas., skalv under dyna" → "frysninger i natt".
      .replace(
        /,? (?:og )?(i natt|i går kveld|i går|om natten) frøs (?:pas\.|hun|han)(?:,? skalv[^.,]*)?/gu,
        ', frysninger $1',
      )
      .replace(
        /^(?:Og )?(I natt|I går kveld|I går|Om natten) frøs (?:pas\.|hun|han)(?:,? skalv[^.,]*)?/u,
        (_whole, when: string) => `Frysninger ${when.toLowerCase()}`,
      )
      .replace(
        /^Det (?:begynte|startet) (.+?),? så det er (?:vel |nå |altså )?(\d[^,.]*?)(?: nå)?(?=[.,]|$)/u,
        'Startet $1, $2',
      )
      .replace(/^Det (?:begynte|startet) (?=[\p{L}\d])/u, 'Startet ')
      // "Det kom gradvis" → "Gradvis debut": the onset as a note names it. Only a symptom as
      // subject (33p): «De kom brått.» about the ambulance crew is no onset; «de kom gradvis»
      // (the pains) is, for people do not arrive gradually.
      .replace(
        /^(?:(?:Det|Den|Smertene|Smerten|Plagene|Plagen|Hodepinen|Svimmelheten|Kvalmen|Anfallet|Anfallene|Symptomene|Tungpusten|Pustebesværet|Hosten|Feberen|Utslettet|Hevelsen|Nummenheten|Prikkingen|Magesmertene|Brystsmertene|Ryggsmertene) kom (gradvis|plutselig|brått)|(?:De|Dei|Dem) kom (gradvis))(?=[.,]|$)/u,
        (_whole, symptomHow: string | undefined, theyHow: string | undefined) => {
          const how = symptomHow ?? theyHow ?? '';
          return `${how.charAt(0).toUpperCase()}${how.slice(1)} debut`;
        },
      )
      // "Det har vært sånn i 2 måneder" → "I 2 måneder": the duration is the fact.
      .replace(/^Det har (?:vært|vart|holdt på)(?: sånn| slik| sånt)? (?=(?:i|siden) )/u, '')
      // "Det går, men det stikker …" after the manageable part is written: the complaint alone.
      .replace(/^Det går(?: fint| greit| bra)?, men (?:det )?(?=\p{L})/u, '')
      // "Det gjør vondt å svelge" written with the clinical term: "Det gjør svelgsmerter" → "Svelgsmerter".
      .replace(/^Det gjør (?=[\p{L}]+smerter(?![\p{L}]))/u, '')
      .replace(/(?<![\p{L}])(?:de|dem) første (?:ukene|dagene)(?![\p{L}])/u, 'initialt')
      .replace(
        /^Har hatt (?=(?:feber|hoste|diaré|oppkast|kvalme|hodepine|frysninger|vondt|smerter|utslett|svie|kløe|slim|snørr|blødning|hjertebank|svimmelhet|tungpust)(?![\p{L}]))/u,
        '',
      )
      .replace(/^Bruker ingen faste medisiner/u, 'Ingen faste medisiner')
      .replace(/, og (?:er|har) ikke /gu, ', ikke ')
      .replace(new RegExp(`, fylte (?:i )?(?:${months})(?![\\p{L}])`, 'gu'), '')
      .replace(/^(?:Hun|Han) ene i kollektivet(?![\p{L}])/u, 'Bofelle')
      .replace(/^([\p{L}]+), \p{Lu}\p{Ll}+, (?:hun|han) /u, '$1 ')
      .replace(/(?<=(?:^|, )(?:og )?så )([\p{L}]+) pas\. /u, '$1 ')
      .replace(/, og så (?=\p{Ll})/u, ', ')
  );
}

/** A finding without its copula: "Magen er bløt og ikke øm" → "Magen bløt og ikke øm". */
function findingWithoutCopula(text: string): string {
  const copula = /^((?:[\p{L}\d-]+[:,]? ){1,4}?)(?:er|var) (?!det |at |som )/u.exec(text);
  if (copula?.[1] === undefined) return text;
  // "Den er øm" keeps its verb: a pronoun alone names nothing.
  if (
    /(?<![\p{L}])(?:det|som|hvis|at|når|om|dette|den|de|han|hun|pas)(?![\p{L}])/iu.test(copula[1])
  )
    return text;
  return text.slice(0, copula[1].length) + text.slice(copula[0].length);
}

/** A prescription without the verb: "Får fenoksymetylpenicillin 660 mg" → "Fenoksymetylpenicillin 660 mg". */
function prescriptionWithoutVerb(text: string): string {
  const withoutVerb = text
    // "Derfor gis pas. heller nitrofurantoin, 50 mg x 4" → "Nitrofurantoin 50 mg x 4": the
    // drug chosen, without the reasoning's "derfor" and "heller".
    .replace(/^(?:Derfor|Så) (?=\p{Ll})/u, '')
    .replace(/^[Gg]is pas\. (?:heller )?(?=\p{L})/u, '')
    .replace(
      /^(?:Får|Kan ta|Skal ta|Kan bruke|Skal bruke|Bruker|Tar|Starter med|Fortsetter med) (?=\p{L})/u,
      '',
    );
  return withoutVerb === text
    ? text
    : capitalize(withoutVerb.replace(/^([\p{L}-]+), (?=\d)/u, '$1 '));
}

/**
 * A note statement in the terse register of a clinical note. `mentionsDrug` lets a prescription
 * lose its verb ("Får penicillin" → "Penicillin"); a statement with no drug keeps it ("Får
 * beskjed …" stays).
 */
export function compressStatement(
  text: string,
  kind: CompressKind,
  options: { readonly mentionsDrug?: boolean } = {},
): string {
  let result = text;
  for (const [pattern, replacement] of hedges) result = result.replace(pattern, replacement);
  result = tidy(result);
  switch (kind) {
    case 'reason':
    case 'history':
      // "Bare paracet." → "Paracet.": the restriction of a drug list is no fact of its own.
      if (kind === 'history' && options.mentionsDrug === true)
        result = result
          .replace(/^Bare (?=\p{L})/u, '')
          // "Tar Enalapril, 10 mg, for blodtrykket" → "Enalapril 10 mg for blodtrykket": the drug
          // and dose are the fact of a medication history.
          .replace(/^Tar ([\p{Lu}][\p{L}-]*),? (?=\d)/u, '$1 ')
          .replace(/^Tar (?=[\p{Lu}])/u, '');
      // The reason keeps its story for `shortReason` to cut; the history is written as a note.
      result = withoutLeadingVerb(
        knownNegative(
          withoutSpokenQuantifier(
            kind === 'history' ? historyAsNote(capitalize(result)) : capitalize(result),
          ),
        ),
      );
      break;
    case 'finding':
      // "Temp 38,4 i dag", "CRP 12 nå": the note is of today.
      result = result.replace(/ (?:i dag|nå|her nå)(?=[.,]|$)/gu, '');
      result = findingWithoutCopula(
        result.replace(/(?<![\p{L}])(?:han |hun |pas\. |barnet )?veier (?=\d)/iu, 'vekt '),
      );
      break;
    case 'treatment':
      if (options.mentionsDrug === true) result = prescriptionWithoutVerb(result);
      break;
    case 'assessment':
      // "Vurderer at depresjonen er i bedring" → "Depresjonen er i bedring": the clinician's
      // verb of opinion adds nothing in the Vurdering section.
      result = capitalize(
        result
          .replace(/^(?:vurderer|mener|tenker|tror|synes)(?: at)? (?=\p{L})/iu, '')
          // "Dette passer best med godartet forstørret prostata" → "Forenlig med godartet …".
          .replace(
            /^(?:dette|det) passer (?:best |godt )?med (?:en |et |ei )?(?=\p{L})/iu,
            'Forenlig med ',
          )
          .replace(/, og at det (?:ikke er|er ingen) (tegn|holdepunkt)/iu, ', ingen $1')
          // "Dette høres ut som falsk krupp" → "Trolig falsk krupp": the clinician's impression
          // said in lay words, written as a clinician writes it.
          .replace(
            /^(?:dette|det) (?:høres|hørest|høyrest|ser) ut (?:som|til å være) (?:en |et |ei )?(?=\p{L})/iu,
            'Trolig ',
          )
          // "Trolig ekstraslag, og trolig ikke noe farlig" → "Trolig ekstraslag, ikke noe farlig".
          .replace(/^(Trolig .+?), og trolig ikke noe/u, '$1, ikke noe'),
      );
      break;
    case 'urgency':
      // "Det haster ikke, men ber om at pas. får time innen 3 måneder" → "Haster ikke. Ønsker time
      // innen 3 måneder"; "Ber om at han blir sett helst innen 2 uker" → "Ønsker time innen 2 uker".
      result = result
        .replace(/^(?:det )?haster ikke, men (?=\p{L})/iu, 'Haster ikke. ')
        .replace(
          /(?<![\p{L}])(?:jeg )?ber om at (?:pas\.|han|hun|hen|barnet) (får time|blir sett|blir vurdert) (?:helst )?(?=innen )/iu,
          (match: string, verb: string) => {
            const wish = verb === 'får time' ? 'ønsker time ' : `ønskes ${verb.slice(5)} `;
            return /^[A-ZÆØÅ]/u.test(match)
              ? `${wish.charAt(0).toUpperCase()}${wish.slice(1)}`
              : wish;
          },
        )
        .replace(/(?<=^Haster ikke\. )ønske/u, 'Ønske');
      break;
    case 'followup':
      // "Ses igjen om 4 uker med svarene", "Blodprøver, og vi ses om 3 måneder" → "Kontroll om 4
      // uker med svarene", "Blodprøver, og kontroll om 3 måneder": the next visit as a note names it.
      result = result.replace(
        /(^|, (?:og )?)(?:vi )?(?:ses|sees|treffes) (?:igjen |att )?(?=(?:om|etter) \p{L}*\d|(?:om|etter) (?:en|ei|ett|et|to|tre|fire|fem|seks|åtte|ti|tolv) )/iu,
        (_match: string, before: string) => `${before}${before === '' ? 'Kontroll' : 'kontroll'} `,
      );
      break;
    case 'referral':
    case 'safety':
      break;
  }
  result = result.replace(/(x \d+) daglig(?![\p{L}])/gu, '$1');
  const tidied = tidy(capitalize(result));
  // Never compress a statement to nothing: the original stays.
  return tidied.replace(/[.!]$/u, '').length < 2 ? text : tidied;
}
