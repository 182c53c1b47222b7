import { describe, expect, it } from 'vitest';
import { isDialectOrNynorsk, normalizeSpokenNorwegian } from './spoken-norwegian.js';

/** As the drafter calls it: the whole turn decides whether it is dialect. */
const normalize = (text: string): string =>
  normalizeSpokenNorwegian(text, { dialect: isDialectOrNynorsk(text) });

describe('eastern, Oslo youth, Telemark and Finnmark speech to bokmål', () => {
  it('reads Østfold and Oslo denials with "no" as "noe" ("itte no", "hakke sett no")', () => {
    expect(normalize('Nei, itte no hoste.')).toBe('Nei, ikke noe hoste.');
    expect(normalize('Nei, hakke sett no utslett.')).toBe('Nei, har ikke sett noe utslett.');
    expect(normalize('Nei, ente no sånt.')).toBe('Nei, ikke noe sånt.');
    expect(normalize('Jeg bruker ikke no medisiner.')).toBe('Jeg bruker ikke noe medisiner.');
  });

  it('keeps "no" a time where it is one ("ikkje no lenger", a "no" before a comma)', () => {
    expect(normalize('Eg har ikkje vondt no, men i går.')).toBe(
      'Jeg har ikke vondt nå, men i går.',
    );
    expect(normalize('Eg har ikkje vondt no lenger.')).toBe('Jeg har ikke vondt nå lenger.');
  });

  it('drops Oslo youth speech particles ("wallah", ", ass", ", mann", "sykt vondt")', () => {
    expect(normalize('Wallah nei, jeg har ikke no problemer med å puste.')).toBe(
      'Nei, jeg har ikke noe problemer med å puste.',
    );
    expect(normalize('Nei wallah, jeg trener, mann.')).toBe('Nei, jeg trener.');
    expect(normalize('Bare halsen, ass.')).toBe('Bare halsen.');
    expect(normalize('Det gjør sykt vondt å svelge.')).toBe('Det gjør vondt å svelge.');
    expect(normalize('Nope.')).toBe('Nei.');
  });

  it('rewrites Telemark denials and verbs ("eg hev kje slege meg", "ha\'kje")', () => {
    expect(normalize("Nei, eg hev kje slege meg. Eg ha'kje datt heller.")).toBe(
      'Nei, jeg har ikke slått meg. Jeg har ikke falt heller.',
    );
    expect(normalize('Han køyrde meg, for eg kan kje køyra sjøl.')).toBe(
      'Han kjørte meg, for jeg kan ikke kjøre selv.',
    );
  });

  it('rewrites Finnmark and Østfold pronouns and verbs ("hainn e", "æ snuse", "hu", "dom")', () => {
    expect(normalize('Nei, æ kjenne ittj nåkka sånt. Føttern e gode.')).toBe(
      'Nei, jeg kjenner ikke noe sånt. Føttene er gode.',
    );
    expect(normalize('Æ snuse litt, men.')).toBe('Jeg snuser litt.');
    expect(normalize('Hu har tørr hud, og dom siste månedene er det verre.')).toBe(
      'Hun har tørr hud, og de siste månedene er det verre.',
    );
  });

  it('leaves bokmål alone: the imperative "hev", the noun "dom", "Kan æ ha" stays infinitive', () => {
    expect(normalize('Hev armen over hodet.')).toBe('Hev armen over hodet.');
    expect(normalize('Han fikk en dom i fjor.')).toBe('Han fikk en dom i fjor.');
    expect(normalize('Kan æ ha det?')).toBe('Kan jeg ha det?');
  });

  it('rewrites Valdres, Sogn, Stavanger and Romsdal forms ("e he", "ikkji nokå", "någe")', () => {
    expect(normalize('Nei, e he ikkji merka nokå sånt.')).toBe(
      'Nei, jeg har ikke merket noe sånt.',
    );
    expect(normalize('Nei, det he e ikkji.')).toBe('Nei, det har jeg ikke.');
    expect(normalize('Eg har ikkje hatt någe vont.')).toBe('Jeg har ikke hatt noe vondt.');
  });

  it('reads "e" after a definite noun as "er", and "ka æ veit" as "så vidt jeg vet"', () => {
    expect(normalize('Nei, nakken e grei.')).toBe('Nei, nakken er grei.');
    expect(normalize('Nei, ka æ veit, ingen sår.')).toBe('Nei, så vidt jeg vet, ingen sår.');
    expect(normalize('Vitamin E er lavt, punkt e i skjemaet.')).toBe(
      'Vitamin E er lavt, punkt e i skjemaet.',
    );
  });

  it('puts the opening question\'s verb in the present ("Ka plage dæ?") and "me" before a verb as "vi"', () => {
    expect(normalize('Ka plage dæ i dag?')).toBe('Hva plager deg i dag?');
    expect(normalize('Kva gjeld det?')).toBe('Hva gjelder det?');
    expect(normalize('Han har mykje gjeld.')).toBe('Han har mye gjeld.');
    expect(normalize('Eg trur me fekk opp hundre kilo.')).toBe('Jeg tror vi fikk opp hundre kilo.');
    expect(normalize('Kan du hjelpe me?')).toBe('Kan du hjelpe me?');
  });
});
