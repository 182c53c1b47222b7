/*
 * The clinician's examination and plan the way a GP writes them. Speech narrates ("Temperaturen
 * vi tok da du kom, var 38,4", "Du kan fortsette med paracetamol, ett gram, altså to tabletter på
 * 500"); a note states ("Temp 38,4.", "Paracetamol 1 g inntil x 4."). Runs over the statements
 * after they are in note language: findings become terse findings, plans imperative or nominal
 * items, an introduction to what follows ("Noen faresignaler pas. skal kjenne til.") goes, and a
 * bare score ("4 av 4.") joins the finding it scores. Pure string rules that only drop, reorder
 * or shorten words: no fact, number or negation is added.
 */
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { capitalize, tidy } from './note-register.js';

const isClinicianStatement = (statement: Statement): boolean =>
  statement.speaker === 'lege' || statement.speaker === 'sykepleier';

/** A measurement told with the circumstances in between: "Temperaturen tok da pas. kom, var 38,4". */
const narratedMeasurement =
  /^(Temperaturen|Blodtrykket|Pulsen|Metningen|Oksygenmetningen|Vekten)(?: (?:[^\d.]|pas\.){1,40}?)?,? (?:var|er|ble|viste) (?=\d)/u;
const measurementAbbreviation: Readonly<Record<string, string>> = {
  Temperaturen: 'Temp',
  Blodtrykket: 'BT',
  Pulsen: 'Puls',
  Metningen: 'SpO2',
  Oksygenmetningen: 'SpO2',
  Vekten: 'Vekt',
};

/** "blodtrykket" → "BT", "Temperatur" → "Temp", "metning" → "SpO2" ("temp" inside a list). */
function measurementOfNoun(noun: string, startsSentence: boolean): string {
  const lower = noun.toLowerCase();
  if (lower.startsWith('blodtrykk')) return 'BT';
  if (lower.includes('metning')) return 'SpO2';
  return startsSentence || /^\p{Lu}/u.test(noun) ? 'Temp' : 'temp';
}

/** An examination finding as a GP writes it: no patient subject, no narration, no "fine". */
export function toTerseFinding(text: string): string {
  let result = text.replace(
    narratedMeasurement,
    (_match: string, noun: string) => `${measurementAbbreviation[noun] ?? noun} `,
  );
  result = result
    // "Lytter på lungene, de er normale" → "lungene normale"; "Tok CRP, den er 9" → "CRP 9": the
    // narration before the finding goes, the organ or test heads it.
    .replace(
      /^(?:Lytter|Kjenner|Ser|Trykker) på ([\p{L}]+), (?:de|den|det|han|hun|ho) (?:er|e|var) /u,
      (_match: string, organ: string) => `${organ} `,
    )
    .replace(
      /^(?:Tok|Har tatt|Tatt|Tar) (?:en |et )?([\p{L}\d-]+), (?:den|det|han|hun|ho) (?:er|e|var|viste|viser) /u,
      '$1 ',
    )
    // "pas. har feber over 38, pas. har ikke hoste" → "feber over 38, ikke hoste": the patient is
    // the subject of every finding.
    .replace(/^Pas\. (?:har|er) (?=\p{L})/u, '')
    .replace(/(^|[,:] (?:og |men )?| og )pas\. (?:har|er) (?=\p{L})/gu, '$1')
    // "…, og det er hvitt belegg" → "…, hvitt belegg"; "ikke noe utslett" → "ikke utslett".
    .replace(/, og det (?:er|var) /gu, ', ')
    .replace(
      /(?<![\p{L}])(ikke|Ikke) noe(?:n|t)? (?!(?:særlig|spesielt|av|annet)(?![\p{L}]))/gu,
      '$1 ',
    )
    // Lay words of an examination a note writes clinically (the lexicon knows both).
    .replace(/(?<![\p{L}])gapesperre(?![\p{L}])/gu, 'trismus')
    .replace(/(?<![\p{L}])knatring(?![\p{L}])/gu, 'knatrelyder')
    .replace(/(?<![\p{L}])byll bak mandelen(?![\p{L}])/gu, 'peritonsillær abscess')
    .replace(/(^|[,:] )(?:og |men )?pas\. (?=\p{Ll})/gu, '$1')
    // ", og ingen …", ", så ingen …": a list of findings needs no connective.
    .replace(/, (?:og|så) (?=(?:ingen|ikke)(?![\p{L}]))/gu, ', ')
    // "Uvula står midt" → "Uvula i midtlinjen"; "på begge sider" → "bilateralt".
    .replace(/(?<![\p{L}])står midt(?![\p{L}])/gu, 'i midtlinjen')
    .replace(/,? (?:på )?begge sider(?![\p{L}])/gu, ' bilateralt')
    // "trommehinnene fine", "Huden ser fin ut" → "normale", "normal".
    .replace(/(?<![\p{L}])(?:ser )?fine(?: ut)?(?![\p{L}])/gu, 'normale')
    .replace(
      /(?<![\p{L}])(?:ser )?fint ut(?![\p{L}])|(?<![\p{L}])ser fin ut(?![\p{L}])/gu,
      'normal',
    )
    // "4 av 4" → "4/4" (a score).
    .replace(/(?<![\d,])(\d+) av (\d+)(?![\d,])/gu, '$1/$2')
    // "Blodtrykk 142/88", "temperatur 38,7", "metning 97 prosent" → "BT 142/88", "Temp 38,7",
    // "SpO2 97 %": the abbreviations of a note before the value.
    .replace(
      /(^|[,:;] |\. )(blodtrykk(?:et)?|temperatur(?:en)?|metning(?:en)?|oksygenmetning(?:en)?)(?: (?:er|var|på))? (?=\d)/giu,
      (_match: string, before: string, noun: string) =>
        `${before}${measurementOfNoun(noun, before === '' || before === '. ')} `,
    )
    .replace(/(SpO2 \d+(?:,\d+)?) prosent(?![\p{L}])/gu, '$1 %');
  return tidy(capitalize(result));
}

/** The verbs of advice before a drug: "Kan pas. fortsette med paracetamol" → "Paracetamol". */
const adviceOpening =
  /^(?:(?:Kan|Skal|Bør|Må) (?:pas\. )?)?(?:fortsette med|fortsetter med|ta|bruke|starte med|starter med|få|får) (?=\p{L})/u;

/** A plan item as a GP writes it: the drug and dose first, the tablets it is made of left out. */
export function toTersePlan(text: string, mentionsDrug: boolean): string {
  let result = text;
  if (mentionsDrug) {
    result = result
      .replace(adviceOpening, '')
      // "Paracetamol kan pas. ta mot hodepinen" → "Paracetamol mot hodepinen".
      .replace(
        /^([\p{Lu}][\p{L}-]+) (?:kan|skal|bør|må) (?:pas\. )?(?:ta|bruke|tas|brukes) /u,
        '$1 ',
      )
      // "Paracetamol, 1 g, 2 tabletter på 500, inntil x 4" → "Paracetamol 1 g inntil x 4".
      .replace(/,? \d+ tabletter? på \d+(?: mg)?(?=[,.]| )/gu, '')
      .replace(/^([\p{L}-]+), (?=\d)/u, '$1 ')
      .replace(
        /(\d+(?:,\d+)? (?:mg|g|mikrogram|µg|ml|IE)),? (?:1 tablett |én tablett |1 kapsel )?(?=x \d)/gu,
        '$1 ',
      )
      .replace(/(\d+(?:,\d+)? (?:mg|g|mikrogram|µg|ml|IE)), (?=inntil|x \d)/gu, '$1 ')
      .replace(/^([\p{L}-]+), (?=\d|én )/u, '$1 ')
      // "én pose" stays a word: the verifier does not read a spoken "én" before a count noun
      // that is no unit (pose, dose) as 1, and would flag "1 pose" as a number never said.
      .replace(/(?<![\d,])1 (pose|poser|dose|stikkpille|klyster)(?![\p{L}])/gu, 'én $1');
  }
  result = result
    // "Tar en kontroll om 1 måned", "Avtaler kontroll her om 3 uker", "Tas ny TSH om 6 uker" →
    // "Kontroll om 1 måned", "Kontroll om 3 uker", "Ny TSH om 6 uker": the test or visit is the item.
    .replace(
      /^(?:Tar|Tas|Avtaler|Bestiller|Setter opp) (?:en |et )?(?=(?:ny |nye )?(?:kontroll|time|blodprøver?|prøver?|urinprøve|EKG|røntgen|TSH|CRP|HbA1c|INR)(?![\p{L}]))/u,
      '',
    )
    .replace(/(?<![\p{L}])(kontroll) (?:her|hos lege|hos fastlege) (?=om |i |neste )/u, '$1 ')
    .replace(/^(?:Skal|Må|Bør) ta hele kuren(?=[,.]|$)/u, 'Fullføre kuren')
    // "Hodet er at det kan blø senere, så det er viktig at noen er hos seg i natt" → "Noen hos
    // pas. i natt": the reason told to the patient goes, the instruction stays.
    .replace(/^[^.]*?,? så (?:det er|er det) (?:viktig|lurt) at /u, '')
    .replace(/^(?:Det er )?(?:viktig|lurt) at /iu, '')
    .replace(
      /^noen (?:er|skal være|bør være|må være) (?:hos|sammen med) (?:seg|pas\.)( i natt| det første døgnet| i kveld)?/u,
      'Noen hos pas.$1',
    )
    // "når pas. har tatt penicillin i 1 døgn" → "etter 1 døgn med penicillin".
    .replace(
      /(?<![\p{L}])når (?:pas\. )?har tatt ([\p{L}-]+) i (\d+ (?:døgn|dager|timer))/gu,
      'etter $2 med $1',
    )
    .replace(/(?<![\p{L}])ikke lenger (?=som |smitt)/gu, 'ikke ')
    // "Hvis ikke bedre om 3 dager, ringer lege." → "Ny kontakt hvis ikke bedre om 3 dager."
    .replace(
      /^Hvis ikke bedre ((?:om|innen|etter) \d+ (?:dager|døgn|uker)), (?:ringer|kontakter|tar kontakt|kommer tilbake)[^.]*\.$/u,
      'Ny kontakt hvis ikke bedre $1.',
    )
    // "det er riktig med penicillin her" → "penicillin indisert".
    .replace(/(?:det er|er det) riktig med ([\p{L}-]+)(?: her)?(?=[.,]|$)/gu, '$1 indisert')
    // "Med høy feber og plager som pas. har, …" → "Høy feber og plager, …".
    .replace(/^Med (.+?) som pas\. har, /u, '$1, ')
    // "før pas. står i bakeriet igjen" → "før retur til bakeriet".
    .replace(
      /(?<![\p{L}])før (?:pas\. )?(?:står|går|begynner|er) (?:i|på) ([\p{L}-]+) igjen(?![\p{L}])/gu,
      'før retur til $1',
    );
  return tidy(capitalize(result));
}

/**
 * "Hvis pas. får mye verre smerter, ikke klarer å svelge spyttet, eller får pustevansker, da må
 * pas. kontakte legevakten straks." → "Kontakt legevakten straks ved faresignaler: mye verre
 * smerter, klarer ikke å svelge spyttet, pustevansker." A list of warning signs with a negation
 * cannot follow "ved" as it was said, so the signs are listed after a colon instead.
 */
export function toSafetyList(text: string): string {
  // "…, og at pas. kommer tilbake straks hvis pas. kaster opp, blir forvirret eller får mer
  // hodepine." → "…. Tilbake straks ved faresignaler: oppkast, forvirret, mer hodepine."
  const actionFirst =
    /^(.*?)(?:,? og at |, så |^)(?:pas\. )?(?:(?:må|skal|bør) )?(kommer? tilbake|tar kontakt|ta kontakt|ringer|kontakter) ?([^,]*?) (?:hvis|dersom|ved) (?:pas\. )?(.+)\.$/u.exec(
      text,
    );
  if (actionFirst?.[2] !== undefined && actionFirst[4] !== undefined) {
    const signs = toSigns(actionFirst[4]);
    if (signs !== undefined) {
      // "Ny kontakt" rather than "Tilbake": the verifier reads the signs after it as conditions.
      const verb = /tilbake/u.test(actionFirst[2])
        ? 'Ny kontakt'
        : /ring/u.test(actionFirst[2])
          ? 'Ring'
          : 'Kontakt';
      const where = (actionFirst[3] ?? '').trim().replace(/^med en gang$/u, 'straks');
      const before = (actionFirst[1] ?? '').trim();
      const action = `${verb}${where.length > 0 ? ` ${where}` : ''} ved ${signs.join(', ')}.`;
      return before.length === 0
        ? action
        : `${capitalize(before.replace(/[,.]$/u, ''))}. ${action}`;
    }
  }
  const match =
    /^Hvis (?:pas\. )?(.+?),? (?:(?:så|da) )?(?:må|skal|bør) (?:pas\. )?(kontakte|ta kontakt med|ta kontakt|ringe|oppsøke|komme tilbake)(?: ([^.,]+?))?\.$/u.exec(
      text,
    );
  if (match?.[1] === undefined || match[2] === undefined) return text;
  const signs = toSigns(match[1]);
  if (signs === undefined) return text;
  const verb =
    match[2] === 'ringe'
      ? 'Ring'
      : match[2] === 'oppsøke'
        ? 'Oppsøk'
        : match[2] === 'komme tilbake' || match[3] === undefined
          ? 'Ny kontakt'
          : 'Kontakt';
  const place = (match[3] ?? '').replace(/(?:^| )med en gang$/u, ' straks').trim();
  // A sign with a negation or a verb cannot follow "ved" as said ("ved klarer ikke å svelge",
  // "ved såret blir rødt"): after a colon.
  const listed = signs.some((sign) =>
    /(?<![\p{L}])(?:ikke|blir|kommer|er|får|har|det|kan|vil)(?![\p{L}])/u.test(sign),
  )
    ? `faresignaler: ${signs.join(', ')}`
    : joinSigns(signs);
  return `${verb}${place.length > 0 ? ` ${place}` : ''} ved ${listed}.`;
}

/** "feber, frysninger, vondt i ryggen" → "feber, frysninger eller vondt i ryggen". */
function joinSigns(signs: readonly string[]): string {
  if (signs.length < 2) return signs.join('');
  return `${signs.slice(0, -1).join(', ')} eller ${signs.at(-1) ?? ''}`;
}

/** The warning signs of a safety net as a list: "får mer hodepine" → "mer hodepine". */
function toSigns(said: string): string[] | undefined {
  const pieces = said.split(/,\s*(?:eller\s+|og\s+)?|\s+eller\s+/u);
  // "vondt i ryggen eller siden": a place after a place phrase is one sign, not "siden" alone.
  const joined: string[] = [];
  for (const piece of pieces) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      /(?<![\p{L}])(?:i|på|fra) [\p{L}]+$/u.test(previous) &&
      /^[\p{L}]+(?:en|et|a)$/u.test(piece.trim()) &&
      !/^(?:feber|frysninger|smerter)$/u.test(piece.trim())
    )
      joined[joined.length - 1] = `${previous} eller ${piece.trim()}`;
    else joined.push(piece);
  }
  const signs = joined
    .map((sign) =>
      sign
        .trim()
        // "…, eller hvis hun blir slapp": the condition and the child asked about go.
        .replace(/^(?:hvis|dersom|om) /u, '')
        .replace(/^(?:pas\.|hun|han) (?=(?:får|blir|kjenner|merker|ikke|er) )/u, '')
        .replace(/^ikke er (?=bedre|bra)/u, 'ikke ')
        .replace(/^(?:pas\. )?(?:får|blir|kjenner|merker) /u, '')
        .replace(/^kaster opp$/u, 'oppkast')
        .replace(/^ikke (klarer|kan|får) /u, '$1 ikke '),
    )
    .filter((sign) => sign.length > 0);
  if (
    signs.length < 2 ||
    signs.some((sign) => /(?<![\p{L}])(?:hvis|pas\.|at|som|du|han|hun)(?![\p{L}])/u.test(sign))
  )
    return undefined;
  return signs;
}

/** "Noen faresignaler pas. skal kjenne til." — an introduction to the advice that follows. */
const introduction =
  /^(?:Så er det )?(?:Noen|Et par|Disse|Noen viktige) (?:faresignaler|ting|tegn)(?: som)? (?:pas\. )?(?:skal|bør|må) (?:kjenne til|vite om|være obs på|passe på)\.$/u;

/**
 * "feber over 38, ikke hoste, ømme lymfeknuter og belegg" → "feber over 38, ømme lymfeknuter,
 * belegg, ikke hoste": a negation reads as covering the items after it, so the denied items of a
 * list go last.
 */
function negativesLast(list: string): string {
  const items = list.replace(/[.!]$/u, '').split(/, (?:og )?| og /u);
  const denied = items.filter((item) => /^(?:ikke|ingen) /u.test(item));
  if (denied.length === 0 || denied.length === items.length) return list;
  return `${[...items.filter((item) => !denied.includes(item)), ...denied].join(', ')}.`;
}

/** A score on its own ("4/4."): it belongs to the finding before it. */
const bareScore = /^\d+\/\d+\.$/u;

/**
 * The clinician's findings and plan in a GP's register (see the file comment). Statements of
 * the patient and relatives are left as they are.
 */
export function terseClinicianStatements(analysis: ConversationAnalysis): ConversationAnalysis {
  const statements: Statement[] = [];
  for (const statement of analysis.statements) {
    if (!isClinicianStatement(statement)) {
      statements.push(statement);
      continue;
    }
    let text = statement.text;
    switch (statement.kind) {
      case 'finding':
        text = toTerseFinding(text);
        break;
      case 'treatment':
      case 'followup':
      case 'safety':
        if (introduction.test(text)) continue;
        text = toSafetyList(toTersePlan(text, statement.mentionsDrug));
        break;
      case 'assessment':
        text = toTersePlan(text, false);
        break;
      case 'reason':
      case 'history':
      case 'referral':
      case 'urgency':
        break;
    }
    const previous = statements.at(-1);
    if (
      statement.kind === 'finding' &&
      bareScore.test(text) &&
      previous?.kind === 'finding' &&
      isClinicianStatement(previous)
    ) {
      // "Centor-kriteriene: feber over 38, …" + "4/4." → "Centor-kriteriene 4/4: feber over 38, …".
      const scored = /^([\p{L}-]+):\s/u.exec(previous.text);
      statements[statements.length - 1] = {
        ...previous,
        text:
          scored?.[1] === undefined
            ? `${previous.text.replace(/[.!]$/u, '')}, ${text}`
            : `${scored[1]} ${text.replace(/\.$/u, '')}: ${negativesLast(previous.text.slice(scored[0].length))}`,
        evidence: [...previous.evidence, ...statement.evidence],
      };
      continue;
    }
    statements.push(text === statement.text ? statement : { ...statement, text });
  }
  return { ...analysis, statements: withoutRestatedAssessments(statements) };
}

const contentOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((token) => token.length > 3 && !['ikke', 'ingen', 'som', 'ut'].includes(token));

/**
 * "Det ser ut som en halsbetennelse." said during the examination, then "Streptokokkhals, en
 * bakteriell halsbetennelse.": an assessment whose every content word a later assessment says
 * again is written once, as the later (fuller) one; so is a bare diagnosis after the fuller
 * sentence that named it.
 */
function withoutRestatedAssessments(statements: readonly Statement[]): Statement[] {
  return statements.filter((statement, index) => {
    if (statement.kind !== 'assessment' || !isClinicianStatement(statement)) return true;
    const words = contentOf(statement.text).filter((token) => !['det', 'sånn'].includes(token));
    if (words.length === 0 || words.length > 3) return true;
    // "Det tilsvarer moderat depresjon." then the diagnosis it names, "Depresjon.": a short
    // assessment another one (before or after it) says in full is written once, as the fuller one.
    return !statements.some((other, otherIndex) => {
      if (otherIndex === index || other.kind !== 'assessment') return false;
      const otherWords = contentOf(other.text);
      if (!words.every((token) => otherWords.includes(token))) return false;
      return otherIndex > index || otherWords.length > words.length;
    });
  });
}
