import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';
import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { recognizePersonsAndPlaces } from './persons-and-places.js';
import { getTokenAnalysis } from './token-analysis.js';

/** Every person the whole pipeline finds, as "PERSON text". */
function detectedPersons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => `PERSON ${entity.text}`);
}

function found(text: string): string[] {
  const out: Candidate[] = [];
  recognizePersonsAndPlaces(getTokenAnalysis(getSharedLexicon()), text, tokenize(text), out);
  return out
    .filter((candidate) => candidate.confidence >= 0.5)
    .map((candidate) => `${candidate.type} ${text.slice(candidate.start, candidate.end)}`);
}

describe('recognizePersonsAndPlaces', () => {
  it('finds a name after "heter" and a hedging adverb ("heter visst", "heiter nok")', () => {
    expect(detectedPersons('pårørende: Han heter visst Lindqvist. Jeg husker ikke helt.')).toEqual([
      'PERSON Lindqvist',
    ]);
    expect(detectedPersons('pasient: Den nye legen heiter nok Brekkhus.')).toEqual([
      'PERSON Brekkhus',
    ]);
  });

  it('finds a lower-case place that is also a word right after where someone lives or moved', () => {
    expect(found('pasient: eg bur i lom, men jobbar i otta.')).toEqual([
      'LOCATION lom',
      'LOCATION otta',
    ]);
    expect(found('pasient: han flytta heim att til stranda etter studiane.')).toEqual([
      'LOCATION stranda',
    ]);
    // Not where the phrase goes on, nor after a verb that says nothing of where one lives.
    expect(found('pasient: eg har vondt i lom-området.')).toEqual([]);
    expect(found('pasient: vi gjekk til stranda i går.')).toEqual([]);
  });

  it('reads dialect prepositions of place ("oppi", "nedpå", "uti") before a place in lower case', () => {
    expect(found('pasient: han bur oppi hallingdal no.')).toContain('LOCATION hallingdal');
    expect(found('pasient: ho bur nedpå lillestrøm.')).toContain('LOCATION lillestrøm');
    expect(found('pasient: æ har hytte uti værøy.')).toContain('LOCATION værøy');
    expect(found('pasient: vi bur oppi lia, og vegen blir ikkje brøyta.')).toEqual([]);
  });

  it('reads "oppunder", "nedunder" and "attmed" as prepositions of place', () => {
    expect(found('pasient: dem har hytte nedunder Blåheia.')).toContain('LOCATION Blåheia');
    expect(found('pasient: gården ligg oppunder Gråkammen.')).toContain('LOCATION Gråkammen');
    expect(found('pasient: vi bur attmed Storvika, i eit gult hus.')).toContain(
      'LOCATION Storvika',
    );
  });

  it('finds a noun-name at a sentence start only before a finite verb', () => {
    expect(found('Siv sender brevet i dag.')).toContain('PERSON Siv');
    expect(found('Siv og starr vokser ved vannet.')).toEqual([]);
  });

  it('finds an international given name before a verb, and its surname after it', () => {
    expect(found('Mustafa kommer i morgen.')).toContain('PERSON Mustafa');
    expect(found('Aisling Brennan er med.')).toContain('PERSON Aisling Brennan');
  });

  it('finds a surname that only looks like an inflected noun ("Hansen")', () => {
    expect(found('Hansen ringte fra apoteket.')).toContain('PERSON Hansen');
  });

  it('finds a lower-case name after "heter", also one that is a noun', () => {
    expect(found('ja, jeg heter lin.')).toContain('PERSON lin');
  });

  it('takes a relative’s name after nynorsk and dialect relation words', () => {
    expect(found('Dottera heiter Åshild.')).toContain('PERSON Åshild');
    expect(found('Tanta mi Berit kjører.')).toContain('PERSON Berit');
  });

  it('does not take the text of an ICD-10 code for a person', () => {
    expect(found('I10 Essential hypertension')).toEqual([]);
  });

  it('finds given names of many origins wherever a Norwegian writes them', () => {
    expect(found('Vytautas har hatt feber siden fredag.')).toContain('PERSON Vytautas');
    expect(found('Time hos Małgorzata i morgen.')).toContain('PERSON Małgorzata');
    expect(found('Kontroll med Oluwaseun Adebayo i dag.')).toContain('PERSON Oluwaseun Adebayo');
    expect(found('Samtale med Siobhan O’Brien og Priya D’Souza.')).toEqual([
      'PERSON Siobhan O’Brien',
      'PERSON Priya D’Souza',
    ]);
  });

  it('finds a lower-case given name from speech-to-text, with the surname after it', () => {
    expect(found('jeg var hos ingrid i går')).toContain('PERSON ingrid');
    expect(found('navnet er jonas petrauskas, med p')).toContain('PERSON jonas petrauskas');
    expect(found('det er mannen min, geir, som kjørte')).toContain('PERSON geir');
  });

  it('finds a lower-case name no list knows where only a name can stand', () => {
    expect(found('lege: hei, er det fartun mohamed jama jeg snakker med?')).toContain(
      'PERSON fartun mohamed jama',
    );
    expect(found('pasient: sønnen min áilu kjører meg hit.')).toContain('PERSON áilu');
    expect(found('vi har snakket med rebaz omer om blodtrykket.')).toContain('PERSON rebaz');
  });

  it('finds lower-case listed names in the frames of speech', () => {
    expect(found('pasient: jeg og ahmed var på tur.')).toContain('PERSON ahmed');
    expect(found('pasient: kan du ringe til nguyet i stedet?')).toContain('PERSON nguyet');
    expect(found('pasient: fastlegen min er nilsen, men han er på ferie.')).toContain(
      'PERSON nilsen',
    );
    expect(found('lege: og kontaktpersonen din er fortsatt lan pham?')).toContain(
      'PERSON lan pham',
    );
    expect(found('pasient: legen på sykehuset, han berntsen, sa det.')).toContain(
      'PERSON berntsen',
    );
    expect(found('pasient: og lewandowski til etternavn.')).toContain('PERSON lewandowski');
    expect(found('pårørende: jeg er nabo til alf.')).toContain('PERSON alf');
    expect(found('pasient: jeg snakket med olsen fra kommunen.')).toContain('PERSON olsen');
    expect(found('pasient: jeg snakket med kommunen om det.')).toEqual([]);
  });

  it('takes a third name or one that is also a word into a lower-case name before a verb', () => {
    expect(found('pasient: kameraten min mohammed ali kjørte meg hit.')).toContain(
      'PERSON mohammed ali',
    );
    expect(found('pasient: jeg heter muhammad usman butt og er fra lahore.')).toContain(
      'PERSON muhammad usman butt',
    );
    expect(found('pasient: han jørn arve e bror hennar.')).toContain('PERSON jørn arve');
  });

  it('finds a name in brackets after a kin word, but no diagnosis there', () => {
    expect(found('Mor (Yodit) forteller at gutten har hostet.')).toContain('PERSON Yodit');
    expect(found('Far (Hypertensjon) er død.')).toEqual([]);
  });

  it('reads a place that is also a given name as the given name before a listed surname', () => {
    expect(found('Telefon fra Nimo Hassan om faren.')).toContain('PERSON Nimo Hassan');
    expect(found('Hun kommer fra Molde Sentrum.')).not.toContain('PERSON Molde');
  });

  it('finds a lower-case given name spoken to after a closing phrase', () => {
    expect(found('lege: takk for i dag, tesfay, da ses vi om to uker.')).toContain('PERSON tesfay');
    expect(found('lege: takk for i dag, alle sammen.')).toEqual([]);
  });

  it('finds a lower-case given name after a possessive and a relation noun, even a word', () => {
    expect(found('pasient: min mann, kåre, har demens.')).toContain('PERSON kåre');
    expect(found('pasient: min beste venn, sindre, kjørte meg hit.')).toContain('PERSON sindre');
    expect(found('pasient: hun kaller seg lisa nå.')).toContain('PERSON lisa');
    expect(found('pasient: eva og jeg skal på ferie.')).toContain('PERSON eva');
    expect(found('pasient: min kone kjører meg til timene.')).toEqual([]);
    expect(found('pasient: hun kaller seg frisk nå.')).toEqual([]);
  });

  it('leaves ordinary words alone in the frames of speech', () => {
    for (const text of [
      'jeg og kona var der.',
      'fastlegen min er syk.',
      'kontaktpersonen din er fortsatt hjemme.',
      'ringe til legevakta',
      'legen, han mener det.',
      'vi sier fra.',
    ])
      expect(found(text)).toEqual([]);
  });

  it('leaves unlisted words, nynorsk forms and kin words alone in those frames', () => {
    for (const text of [
      'det er naboen',
      'det er noen her',
      'dottera mi ringde i går',
      'sonen min køyrer meg',
      'eg snakka med sjukepleiaren',
      'eg snakka med dottera i går',
      'han kjem i morra',
      'sonen hennar kjem i morgon',
    ])
      expect(found(text)).toEqual([]);
  });

  it('leaves lower-case words that are also names alone without name context', () => {
    expect(found('han har vondt i foten sin, dag og natt')).toEqual([]);
    expect(found('hun var ute i sol og vind i vår')).toEqual([]);
  });

  it('finds an unknown name at a sentence start before a verb only a person does', () => {
    expect(found('Bjarnhild ringer i morgen om svaret.')).toContain('PERSON Bjarnhild');
    expect(found('Kreatinin er 94 og stabilt.')).toEqual([]);
  });

  it('finds common Norwegian given names and noun surnames the lists lacked before a verb', () => {
    expect(detectedPersons('Viljar tok imot pasienten på akutten.')).toContain('PERSON Viljar');
    expect(detectedPersons('Torjus kjørte henne hit i dag.')).toContain('PERSON Torjus');
    expect(detectedPersons('Eng sier at pasienten sov godt i natt.')).toContain('PERSON Eng');
    expect(detectedPersons('Bråten ringer tilbake etter visitten.')).toContain('PERSON Bråten');
    // The same words as words stay clean.
    expect(detectedPersons('Pasienten går tur på enga hver dag.')).toEqual([]);
    expect(detectedPersons('Eng og beite rundt gården, mye pollen.')).toEqual([]);
  });

  it('finds a lower-case name after a relation and a nynorsk possessive ("hennar", "deira")', () => {
    expect(detectedPersons('pasient: sonen hennar, sindre, jobbar i byen.')).toEqual([
      'PERSON sindre',
    ]);
    expect(detectedPersons('pasient: dottera deira ragnhild kjem i morgon.')).toEqual([
      'PERSON ragnhild',
    ]);
    // The possessive before an ordinary noun is no name context.
    expect(detectedPersons('pasient: sonen hennar har vondt i magen og sov lite.')).toEqual([]);
    expect(detectedPersons('pasient: foreldra deira bur i nærleiken.')).toEqual([]);
  });

  it('finds an unlisted lower-case name after a definite grand- or step-relation and a possessive', () => {
    expect(detectedPersons('pasient: bestefaren hans olu kommer i morgen.')).toEqual([
      'PERSON olu',
    ]);
    expect(detectedPersons('pasient: svigerinna mi wambui har hatt det samme.')).toEqual([
      'PERSON wambui',
    ]);
    // An ordinary word there is no name.
    expect(detectedPersons('pasient: bestefaren hans også kommer i morgen.')).toEqual([]);
    expect(detectedPersons('pasient: sønnen min derimot er frisk.')).toEqual([]);
  });

  it('finds a surname after a title at the start of a sentence', () => {
    expect(found('Fru Karlsen ringte om resepten.')).toContain('PERSON Karlsen');
  });

  it('keeps eponyms, compounds and product names clinical', () => {
    expect(found('Tidligere Perthes sykdom og Bennetts fraktur.')).toEqual([]);
    expect(found('Hoehn og Yahr stadium 2, ingen Lewy body-demens.')).toEqual([]);
    expect(found('Sårstell med Aquacel Ag og Mepilex Border.')).toEqual([]);
    expect(found('Væske i Morisons lomme. Nottingham grad 2. Følg oss på Instagram.')).toEqual([]);
    expect(found('Aloe Vesta på huden. Dren i Douglas. Fri væske i Douglas.')).toEqual([]);
    // A person with the same name is still one.
    expect(found('Douglas Adams er innlagt.')).not.toEqual([]);
    // A medicine no list knows, where only a medicine stands, is no place.
    expect(
      found('Startet på Ocrevus i fjor. Står på Buvidal. Byttet til Kesimpta. Leponex 100 mg.'),
    ).toEqual([]);
    expect(found('Han bor på Rykkinn.')).toContain('LOCATION Rykkinn');
    // A given name that is also a tree or a plant, as an allergen, is no person; elsewhere it is.
    expect(found('Allergi mot Bjørk og gress. Pollenallergi mot Or og Bjørk.')).toEqual([]);
    expect(found('Hun er sint på Bjørk.')).toContain('PERSON Bjørk');
    expect(found('Tolken ønsker ikke navnet sitt journalført.')).toEqual([]);
    // Weber's tuning-fork test beside Rinne's; the surname is still a name in a name context.
    expect(found('Rinne positiv bilateralt, Weber lateraliserer ikke.')).toEqual([]);
    expect(found('Anna Weber kom i dag.')).toContain('PERSON Anna Weber');
    expect(found('Pasienten har et Ankelødem som er Kortisoninjeksjon-relatert.')).toEqual([]);
    expect(found('Epikrise sendes fastlegen. Resepter er fornyet.')).toEqual([]);
  });

  it('takes a mixed-case abbreviation after an institution as part of it, not as a lab value', () => {
    expect(found('Time ved Studenthelsetjenesten SiO i dag.')).toContain(
      'ORGANIZATION Studenthelsetjenesten SiO',
    );
    expect(found('Målt SpO2 98 og NaCl gitt.')).toEqual([]);
  });

  it('finds a lower-case given name that is also a word before ", det er <relation> min"', () => {
    expect(found('pasient: ja, du kan ringe geir, det er mannen min.')).toEqual(['PERSON geir']);
    expect(found('pasient: snakk med lena, det er dattera mi.')).toEqual(['PERSON lena']);
    // Counter-example: the same words before no relation stay words.
    expect(found('pasient: han kastet et geir, det er et spyd.')).toEqual([]);
    // Review s32: a noun after a verb that takes no person stays a word.
    expect(found('pasient: hun har hatt stein, det er mannen min som sier det.')).toEqual([]);
  });

  it('finds a lower-case given name that is also a word after "sammen med" ending its phrase', () => {
    expect(found('pasient: jeg bor sammen med lena og to unger.')).toEqual(['PERSON lena']);
    // Counter-examples: a possessive or a noun after "sammen med" is no name.
    expect(found('pasient: vi var sammen med vår familie i påsken.')).toEqual([]);
    expect(found('pasient: jeg spiser sammen med gjengen og kona.')).toEqual([]);
  });

  it('finds a known town after "i"/"fra" right before a date or a year', () => {
    expect(found('Innlagt i Hammerfest 14.02.2024 med brudd.')).toContain('LOCATION Hammerfest');
    expect(found('lege: og var det i Bodø 12.03.2024 du falt?')).toContain('LOCATION Bodø');
    expect(found('Mora døde i Stavanger 3. mai 2021.')).toContain('LOCATION Stavanger');
    expect(found('pasient: vi bodde i Tromsø 2019 til 2021.')).toContain('LOCATION Tromsø');
    // A foreign town no list holds, after "i", before a full date.
    expect(found('Pasienten var innlagt i Gdańsk 03.06.2024 før overføring.')).toContain(
      'LOCATION Gdańsk',
    );
    // Counter-examples: a device and its version after "til", a drug and its start date.
    expect(found('Bytter til Freestyle Libre 2 i morgen.')).toEqual([]);
    expect(found('Byttet til Eliquis 12.03.2024 etter samtale.').join(' ')).not.toMatch(
      /LOCATION|PERSON/u,
    );
    expect(found('Startet i Eliquis 5 mg 12.03.2024.').join(' ')).not.toMatch(/LOCATION|PERSON/u);
  });

  it('keeps devices, dressings and English score names clinical', () => {
    expect(found('Bruker Freestyle Libre 2 og Omnipod insulinpumpe.')).toEqual([]);
    expect(found('Fylt ut Brief Pain Inventory og Asthma Control Test i dag.')).toEqual([]);
    expect(found('Bytter til Sorbact kompresser og Coban 2.')).toEqual([]);
    // A name with a number after it is an age, and stays a name.
    expect(found('Barna er Ingvald 12 år og Tirill 9 år.')).toEqual([
      'PERSON Ingvald',
      'PERSON Tirill',
    ]);
  });

  it('reads unknown words given as treatment, or listed with a drug, as products', () => {
    expect(found('Leppene smøres med Cicalfate, natt og dag.')).toEqual([]);
    expect(found('Biologisk behandling, f.eks. Humira, Amgevita eller Hyrimoz, vurderes.')).toEqual(
      [],
    );
    expect(found('Kolikk: Dentinox prøvd uten effekt.')).toEqual([]);
    // The same frame with a person stays a person.
    expect(found('Hun snakket med Gunnvor om det.')).toContain('PERSON Gunnvor');
  });

  it('reads coordinated genitive eponyms before their noun as eponyms', () => {
    expect(found('Ingen Kernigs eller Brudzinskis tegn.')).toEqual([]);
  });

  it('does not take a genus, a classified name, an association or a camel-case brand for a person', () => {
    expect(found('Dyrkning viser Moraxella catarrhalis i ekspektoratet.')).toEqual([]);
    expect(found('Fraktur klassifisert som Garden III, operert i går.')).toEqual([]);
    expect(found('Hun er medlem i Astma- og Allergiforbundet og Revmatikerforbundet.')).toEqual([]);
    expect(
      found('Vurdere PiCCO-måling og videre MiniMed-oppfølging; ellers GlucaGen ved behov.'),
    ).toEqual([]);
  });

  it('finds municipalities that no post office is named after', () => {
    expect(found('Hun er oppvokst i Nord-Aurdal og bor nå i Kvæfjord.')).toEqual([
      'LOCATION Nord-Aurdal',
      'LOCATION Kvæfjord',
    ]);
  });

  it('takes a lower-case surname that is also a word into a lower-case name where it ends', () => {
    expect(found('pasient: det var ingrid bakke som fulgte meg')).toContain('PERSON ingrid bakke');
    // Where the phrase goes on ("strand ned"), the word is no surname.
    expect(found('pasient: jeg gikk med ingrid strand ned i går')).not.toContain(
      'PERSON ingrid strand',
    );
  });

  it('takes no unknown brand, device or eponym word alone for a person', () => {
    expect(found('Mottatt Dexaline og Fosavance før operasjonen.')).toEqual([]);
    expect(found('Vurdert etter Harlowskåren og Pellinis kriterier.')).toEqual([]);
    expect(found('Røntgen viser Kerley B-linjer basalt.')).toEqual([]);
  });

  it('takes no English protocol word or microbe genus in title case for a person', () => {
    expect(found('Behandlet etter Sepsis Six og Advanced Trauma Life Support.')).toEqual([]);
    expect(found('Fast Track ble aktivert, og Stroke Unit ble kontaktet.')).toEqual([]);
    expect(found('Dyrket Escherichia coli og Klebsiella pneumoniae.')).toEqual([]);
  });

  it('takes no care product or device named with a capital for a person', () => {
    expect(found('Tena Pants Maxi om natta, ellers tørr.')).toEqual([]);
    expect(found('Har fått Molift Smart 150 fra hjelpemiddelsentralen.')).toEqual([]);
    expect(found('Bruker Freestyle Libre og Omnipod.')).toEqual([]);
    expect(found('Tone Pedersen hjelper til om natta.')).toContain('PERSON Tone Pedersen');
  });

  it('finds an unknown word built like a Nordic given name, or joined by "og" to a given name', () => {
    expect(found('Hun bor sammen med Ragnvor om vinteren.')).toContain('PERSON Ragnvor');
    expect(found('Hilsen fra Ingvald og Sølvi i nabohuset.')).toContain('PERSON Ingvald');
    expect(found('Notatet er skrevet av Fjærvoll i går.')).toContain('PERSON Fjærvoll');
  });

  it('finds a given name that is also a word at a sentence start before what a person does', () => {
    expect(found('Gry spiser lite og sover urolig.')).toContain('PERSON Gry');
    expect(found('Storm begynner på skolen til høsten.')).toContain('PERSON Storm');
    expect(found('Storm og regn stengte veien.')).toEqual([]);
  });

  it('takes an unknown name after a word of travel and "til" for the place', () => {
    expect(found('De dro til Kjeragbolten på søndag.')).toContain('LOCATION Kjeragbolten');
    expect(found('Resepten ble sendt til Vaxigrip.')).not.toContain('LOCATION Vaxigrip');
  });

  it('covers all initials after a title', () => {
    expect(found('Ergoterapeut K.L. har vært på hjemmebesøk.')).toContain('PERSON K.L');
  });

  it('takes an unknown lower-case word after where someone lives for the place', () => {
    expect(found('pasient: vi bor på årvollmoen nå')).toContain('LOCATION årvollmoen');
    expect(found('pasient: vi bor på hybel nå')).toEqual([]);
  });

  it('finds a name after a sign-off', () => {
    expect(found('Med vennlig hilsen Waltraud Becker')).toContain('PERSON Waltraud Becker');
  });

  it('reads a surname alone after where someone lives as the place', () => {
    expect(found('Hun bor på Fossum om sommeren.')).toContain('LOCATION Fossum');
    expect(found('Time hos Fossum i morgen.')).not.toContain('LOCATION Fossum');
  });

  it('finds a listed international name in lower case after a relation word and a possessive', () => {
    expect(found('pasient: svogeren min, rajesh, kjører meg')).toContain('PERSON rajesh');
  });

  it('takes a country for no workplace and the place after an employer for a place', () => {
    expect(found('Mora hans jobber i Bulgaria nå.')).toEqual([]);
    expect(found('Hun jobber på Jernia på Lysaker.')).toContain('LOCATION Lysaker');
  });

  it('takes no relation word at a sentence start for a name', () => {
    expect(found('Samboeren heter Vebjørn og er snekker.')).not.toContain('PERSON Samboeren');
  });

  it('takes a capitalised inflected word after where someone lives for the place', () => {
    expect(found('Familien bor på Bekkasina like ved skogen.')).toContain('LOCATION Bekkasina');
    expect(found('Han drakk av bekken på turen.')).toEqual([]);
  });

  it('finds a lower-case given name presented after "det er" or "det var"', () => {
    expect(found('pårørende: det er torleif her, svigersønnen')).toContain('PERSON torleif');
    // A name that is also a word counts only before "som" and a verb: the weather is no person.
    expect(found('pasient: det er sol her i dag')).toEqual([]);
    expect(found('pasient: det var sol som ringte meg')).toContain('PERSON sol');
    expect(found('lege: var det liv som ringte i går?')).toContain('PERSON liv');
    expect(found('lege: er det liv i såret?')).toEqual([]);
  });

  it('finds a surname that is also a word after "heter" and after "etternavnet er"', () => {
    expect(found('pasient: legen heter bakke tror jeg')).toContain('PERSON bakke');
    expect(found('lege: og etternavnet er nordvik?')).toContain('PERSON nordvik');
  });

  it('takes a name after an inflected compound relation word', () => {
    expect(found('mor: lillesøstera hans, khadija, er også syk')).toContain('PERSON khadija');
  });

  it('does not read a capitalised body part after "i" as a place', () => {
    expect(found('Hun har smerter i Håndleddet etter fallet.')).toEqual([]);
    expect(found('Hun har hytte i Vassdalen.')).toContain('LOCATION Vassdalen');
  });

  it('finds a name written with Sámi letters or accents the name lists spell without', () => {
    expect(found('Informert Nils-Áslat Gaup om svarene.')).toContain('PERSON Nils-Áslat Gaup');
    expect(found('Ring Áslat i morgen.')).toContain('PERSON Áslat');
  });

  it('takes a surname or an unknown name after "ringte til" and "avtalt med" as a person', () => {
    expect(found('Ringte til Hovland om svaret.')).toEqual(['PERSON Hovland']);
    expect(found('Avtalt med Kvernmoen at hun tar prøvene.')).toEqual(['PERSON Kvernmoen']);
    expect(found('Avtalt med Grønningsæter at hun tar prøvene.')).toEqual(['PERSON Grønningsæter']);
    // A place stays a place where one travels or moves: the frame is about people only.
    expect(found('Hun flyttet til Hovland i fjor.')).toEqual(['LOCATION Hovland']);
    expect(found('Ringte til Sandnessjøen etter resepten.')).not.toContain('PERSON Sandnessjøen');
  });

  it('finds a lower-case name no list knows before ", mannen min"', () => {
    expect(found('det er abdiqani, mannen min, som kjører')).toContain('PERSON abdiqani');
    expect(found('det er morgenen, dagen min er lang')).toEqual([]);
  });

  it('finds a presented lower-case given name and surname that are both words', () => {
    expect(found('ja det er liv bakke her, jeg ringer om resepten')).toContain('PERSON liv bakke');
    expect(found('det er sol her i dag')).toEqual([]);
  });

  it('continues a lower-case given name over a second given name that is a word', () => {
    expect(found('jeg snakka med hanne lise i går')).toContain('PERSON hanne lise');
  });

  it('finds the name after a kin word and "av"/"til", also in lower case', () => {
    expect(found('Hun er datter av Antanas som er innlagt.')).toEqual(['PERSON Antanas']);
    expect(found('jeg er kona til arild')).toEqual(['PERSON arild']);
    expect(found('Hun er mor til tre barn.')).toEqual([]);
    expect(found('Han er sønn av en fisker.')).toEqual([]);
  });

  it('finds a nickname after "kallar meg" / "kaller ham"', () => {
    expect(found('eg heiter gerd, men alle kallar meg gerda')).toContain('PERSON gerda');
    expect(found('De kaller det vannkopper.')).toEqual([]);
  });
});

describe('lower-case names in spoken and dialect frames', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);

  it('finds a name no list knows in a cleft and after "med oss"', () => {
    expect(persons('pasient: det var xiaoming som fant medisinane.')).toEqual(['xiaoming']);
    expect(persons('ambulansearbeider: vi har med oss selvakumar, han e seksti.')).toEqual([
      'selvakumar',
    ]);
  });

  it('finds a listed name after "snakka me", "sammen med", "æ og" and a kin noun', () => {
    expect(persons('pasient: æ har snakka me rajinder om det.')).toEqual(['rajinder']);
    expect(persons('pasient: æ bor sammen med gurpreet og ungan.')).toEqual(['gurpreet']);
    expect(persons('pasient: æ og gunnvor har vært venna lenge.')).toEqual(['gunnvor']);
    expect(persons('ja, sammen med sønnen arun.')).toEqual(['arun']);
  });

  it('finds a listed name opening a turn before a finite verb, or beside a given name', () => {
    expect(persons('pasient: ahmed har vondt i magen.')).toEqual(['ahmed']);
    expect(persons('pasient: vi var hos mohammed og fatima på lørdag.')).toEqual([
      'mohammed',
      'fatima',
    ]);
  });

  it('finds a name between commas after an indefinite kin noun, and after "hilsen til"', () => {
    expect(persons('pasient: vi har en nabo, gintaras, som hjelper meg.')).toEqual(['gintaras']);
    expect(persons('lege: hilsen til tove da, og god bedring.')).toEqual(['tove']);
    expect(persons('pasient: vi har en nabo, forresten, som hjelper meg.')).toEqual([]);
  });

  it('takes dialect "me" (we) and "ka" (what) at a sentence start for no name', () => {
    expect(persons('Me har snakka med Abdullahi om kosthaldet.')).toEqual(['Abdullahi']);
    expect(persons('Ka sa legen om prøvene?')).toEqual([]);
  });

  it('leaves ordinary words in the same frames alone', () => {
    expect(persons('pasient: det var legen som sa det.')).toEqual([]);
    expect(persons('pasient: æ bor sammen med kona og ungan.')).toEqual([]);
    expect(persons('pasient: æ har snakka me dottera mi om det.')).toEqual([]);
  });
});

describe('a name at a sentence start with where the person belongs before the verb', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);

  it('finds the name, also one that is a noun, before a verb a person does', () => {
    expect(persons('Siv fra hjemmetjenesten ringte om sårstellet.')).toEqual(['Siv']);
    expect(persons('Jóannes på rom 14 har vært urolig i natt.')).toEqual(['Jóannes']);
  });

  it('leaves a noun before a verb only things do', () => {
    expect(persons('Sol fra sør er best for tomatene.')).toEqual([]);
  });
});

describe('session 17 name frames', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);

  it('keeps a double surname of listed names whole, also when a part is a word ("berg")', () => {
    expect(persons('Marta Kowalska-Berg har vondt i nakken.')).toEqual(['Marta Kowalska-Berg']);
    expect(persons('Mistenkt Dandy-Walker malformasjon.')).toEqual([]);
  });

  it('finds the name after staff roles and nynorsk kin words', () => {
    expect(persons('Legesekretær Shewit har sendt innkalling.').join(' ')).toContain('Shewit');
    expect(persons('Han har avtalt med kameraten Ørn at han får skyss.')).toEqual(['Ørn']);
    expect(persons('Svigerson Mikal ordnar med medisinane.').join(' ')).toContain('Mikal');
  });

  it('finds a nickname after a passive "blir kalla" with a person as subject only', () => {
    expect(persons('Han blir kalla Kalle av alle på garden.')).toEqual(['Kalle']);
    expect(persons('Det blir kalla hold i ryggen.')).toEqual([]);
  });

  it('finds lower-case names after "min eldste," and listed given names that are surnames too', () => {
    expect(persons('pasient: min eldste, sindre, han har astma.')).toEqual(['sindre']);
    expect(persons('pasient: jeg bor med hussein og de to minste barna.')).toEqual(['hussein']);
    expect(persons('pasient: min eldste er snill.')).toEqual([]);
  });
});

describe('lower-case names in spoken frames (session 17, second batch)', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);

  it('finds an unknown name in a spoken genitive of a birthday or kin, not a definite noun', () => {
    expect(persons('pasient: vi var i oddleif sin bursdag på lørdag.')).toEqual(['oddleif']);
    expect(persons('pasient: det er kommunen sin feil.')).toEqual([]);
  });

  it('finds a name after a possessive and a kin noun, and a name joined by "og" to a name', () => {
    expect(persons('pasient: min svoger tesfalem tolker.')).toEqual(['tesfalem']);
    expect(persons('pasient: jeg har vært hos khadija og sipho hele helgen.')).toEqual([
      'khadija',
      'sipho',
    ]);
    expect(persons('pasient: jeg var hos onkolog i går.')).toEqual([]);
  });

  it('finds the one who gave the medicine', () => {
    expect(persons('Medisinene ble gitt av Nomvula kl. 08.')).toEqual(['Nomvula']);
  });
});

describe('three-letter given names in lower case', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);

  it('finds a listed three-letter given name that is no word, but not inside a web address', () => {
    expect(persons('pasient: ja, jeg ringte til ola med en gang.')).toEqual(['ola']);
    expect(persons('pasient: eg budde hos aud ei stund.')).toEqual(['aud']);
    expect(persons('pasient: les om det på www.nhi.no i kveld.')).toEqual([]);
  });
});

describe('an unknown lower-case name opening a speaker’s turn', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);

  it('finds it before a verb of saying or doing, and leaves adverbs there alone', () => {
    expect(persons('pasient: jorunnveig sa at jeg skulle be om blodprøve.')).toEqual([
      'jorunnveig',
    ]);
    expect(persons('pasient: ngozika kjørte meg hit.')).toEqual(['ngozika']);
    expect(persons('pasient: kanskje sa legen det.')).toEqual([]);
  });
});

describe('session 18: eponyms and a name before a verb and an institution noun', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);

  it('finds an unknown name at a sentence start before "kom til" or "var med"', () => {
    expect(persons('Nutcha kom til kontroll i dag.')).toEqual(['Nutcha']);
    expect(persons('Awet var med som tolk for moren.')).toEqual(['Awet']);
    expect(persons('Humira kom på markedet for lenge siden.')).toEqual([]);
  });

  it('finds an unknown name opening a speaker’s turn before "har hatt"', () => {
    expect(persons('pasient: Nurlan har hatt hoste siden nyttår.')).toEqual(['Nurlan']);
    expect(persons('Voltaren har hatt god effekt.')).toEqual([]);
  });

  it('reads a given name right before "test" or "tegn" as an eponym', () => {
    expect(persons('Lachmans test negativ. Thomas test negativ bilateralt.')).toEqual([]);
    expect(persons('Thomas ringte i går.')).toEqual(['Thomas']);
  });

  it('takes no name and verb for an institution: "Rojhat ringte legevakten"', () => {
    expect(persons('pasient: Rojhat ringte legevakten, jeg klarte ikke å snakke.')).toEqual([
      'Rojhat',
    ]);
  });

  it('keeps a lower-case surname after two given names when only the second is no word', () => {
    expect(found('pasient: navnet mitt er tove elisabeth brekke.')).toContain(
      'PERSON tove elisabeth brekke',
    );
    expect(found('pasient: vi skal tove båten brekke i morgen.')).toEqual([]);
  });
});

describe('given names with an inner capital after a verb of naming', () => {
  it('finds "JoAnn", "LeAnn" and "DeAnn" as names after "heter", with the surname', () => {
    const names = (text: string): string[] =>
      detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
    expect(names('pasient: jeg heter JoAnn Miller.')).toEqual(['PERSON JoAnn Miller']);
    expect(names('Hun heter LeAnn og snakker engelsk.')).toEqual(['PERSON LeAnn']);
    expect(names('Datteren heiter DeAnn.')).toEqual(['PERSON DeAnn']);
  });

  it('reads a mixed-case word after "heter" as a name only when a person is named, not a thing', () => {
    const names = (text: string): string[] =>
      detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
    expect(names('Programmet heter DocSys.')).toEqual([]);
    expect(names('Programmet for timebestilling heter MinSak.')).toEqual([]);
    expect(names('Pasienten heter JoAnn og kommer fra Texas.')).toEqual(
      expect.arrayContaining(['PERSON JoAnn']),
    );
    expect(names('Datteren hennes heter LeAnn.')).toEqual(['PERSON LeAnn']);
  });

  it('reads a mixed-case word after "heter" as a name whoever is named, unless a thing is', () => {
    const names = (text: string): string[] =>
      detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
    expect(names('Du heter LeAnn Miller og er født 12.03.1980?')).toEqual(
      expect.arrayContaining(['PERSON LeAnn Miller', 'DATE 12.03.1980']),
    );
    expect(names('Og du heter JoAnn, ikke sant?')).toContain('PERSON JoAnn');
    expect(names('Vi har en datter som heter LeAnn.')).toContain('PERSON LeAnn');
    expect(names('Sykepleieren heter LeAnn.')).toContain('PERSON LeAnn');
    expect(names('Ho som ringte heiter LeAnn.')).toContain('PERSON LeAnn');
    expect(names('Den nye appen heter MinSak.')).toEqual([]);
    expect(names('Systemet vårt heter DocSys.')).toEqual([]);
    expect(names('Det heter DocSys.')).toEqual([]);
  });

  it('still finds the surname, place and date beside a program that "heter" something', () => {
    const names = (text: string): string[] =>
      detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
    expect(
      names('Programmet heter DocSys. Kari Nordhagen bor i Levanger og kom 12.03.2024.'),
    ).toEqual(
      expect.arrayContaining(['PERSON Kari Nordhagen', 'LOCATION Levanger', 'DATE 12.03.2024']),
    );
  });

  it('still reads short mixed-case units and products elsewhere as no name', () => {
    const names = (text: string): string[] =>
      detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
    expect(names('Ga NaCl og målte IgA.')).toEqual([]);
    expect(names('Hun har alltid med EpiPen og ResMed-masken.')).toEqual([]);
  });
});

describe('a title that is also a verb', () => {
  const names = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);

  it('reads "trener" after its subject as the verb: "Pasienten trener mye" names nobody', () => {
    expect(names('Pasienten trener mye.')).toEqual([]);
    expect(names('Han trener lite.')).toEqual([]);
    expect(names('Jenta går på ski og trener mye.')).toEqual([]);
  });

  it('still finds the surname after the title "trener", the place and the date', () => {
    const text = 'Pasienten trener mye. Han bor i Molde, og trener Lunde ringte 12.03.2024.';
    expect(names(text)).toEqual(expect.arrayContaining(['LOCATION Molde', 'DATE 12.03.2024']));
    expect(names(text).join()).toMatch(/PERSON (?:trener )?Lunde/u);
    expect(names('Han ringte trener Mye i går.').join()).toMatch(/PERSON (?:trener )?Mye/u);
  });
});

describe('a surname after a title before a date or a number', () => {
  const names = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);

  it('takes a maker-like surname after a title as the person, not a product version', () => {
    expect(names('Overlege Siemens 12.03.2024').join()).toMatch(/PERSON (?:Overlege )?Siemens/u);
    expect(names('Sign. overlege Stryker 14.02.2025').join()).toMatch(
      /PERSON (?:overlege )?Stryker/u,
    );
    expect(names('Vurdert av lege Philips 03.04.2024.').join()).toMatch(
      /PERSON (?:lege )?Philips/u,
    );
    expect(names('Overlege Siemens 12.03.2024')).toContain('DATE 12.03.2024');
  });

  it('reads a treatment device after a title as the device, not a surname', () => {
    expect(names('Fysioterapeut Tens 2 ganger i uka.')).toEqual([]);
    expect(names('Sykepleier Cpap 2 netter uten problemer.')).toEqual([]);
  });

  it('still finds the surname, place and date after a title before a frequency', () => {
    expect(names('Fysioterapeut Tenstad 2 ganger i uka i Molde fra 12.03.2024.')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PERSON (?:Fysioterapeut )?Tenstad$/u),
        'LOCATION Molde',
        'DATE 12.03.2024',
      ]),
    );
    expect(names('Fysioterapeut Hansen 2 ganger i uka.').join()).toMatch(
      /PERSON (?:Fysioterapeut )?Hansen/u,
    );
  });

  it('still reads a product and its version without a title as no person', () => {
    expect(names('Bruker Freestyle Libre 2 og har god kontroll.')).toEqual([]);
  });
});

describe('a preposition after "navnet"', () => {
  const typed = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

  it('still finds a real name, place and date in the same frame', () => {
    const found = typed('Hun skal stave navnet Vik ved oppmøte i Bodø den 12.03.2024.');
    expect(found).toContain('PERSON:Vik');
    expect(found).toContain('LOCATION:Bodø');
    expect(found).toContain('DATE:12.03.2024');
    expect(typed('lege: og navnet? pasient: navnet er vik, ved sjøen.')).toContain('PERSON:vik');
    expect(typed('pasient: navnet mitt er ola strand.')).toContain('PERSON:ola strand');
  });
});

describe('a preposition after "navnet" as an object', () => {
  it('is no name', () => {
    const persons = (text: string): string[] =>
      detectIdentifiers(text)
        .filter((entity) => entity.type === 'PERSON')
        .map((entity) => entity.text);
    expect(persons('Hun skal stave navnet ved oppmøte i skranken.')).toEqual([]);
    expect(persons('Be pasienten stave navnet ved neste kontakt.')).toEqual([]);
  });
});

describe('a city that is also a listed name, opening a sentence before a term (s32k)', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);
  it('is no person before a term it names ("Manchester triage", "Amsterdam II-kriteriene")', () => {
    expect(persons('Hamilton depresjonsskala 14. Manchester triage oransje.')).toEqual([]);
    expect(persons('Amsterdam II-kriteriene oppfylt i slekten.')).toEqual([]);
    expect(persons('San Francisco-syndromet ble nevnt av pasienten.')).toEqual([]);
  });
  it('is still the person before a verb, a comma or in a name frame', () => {
    expect(persons('Amsterdam ringte i går.')).toEqual(['Amsterdam']);
    expect(persons('Amsterdam, som er fastlegen, ringte.')).toEqual(['Amsterdam']);
    expect(persons('Samtale med Manchester om planen.')).toEqual(['Manchester']);
    expect(persons('Lynch ringte i dag.')).toEqual(['Lynch']);
    expect(persons('Pasienten heter Brian Lynch.')).toEqual(['Brian Lynch']);
  });
});

describe('English names of systems ending in «System» or «Staging» (s33d)', () => {
  const persons = (text: string): string[] =>
    detectIdentifiers(text)
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);
  it('keeps «Manchester Triage System» and «Swiss Staging System»', () => {
    expect(
      persons('Pasienten ble triagert etter Manchester Triage System til gul hastegrad.'),
    ).toEqual([]);
    expect(persons('Nedkjøling graderes etter Swiss Staging System.')).toEqual([]);
  });
  it('still replaces a person named beside them', () => {
    expect(persons('Triagert etter Manchester Triage System av sykepleier Kari Olsen.')).toEqual([
      'sykepleier Kari Olsen',
    ]);
  });
});

describe('a past-tense verb after a lower-case name (s34g)', () => {
  const detected = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);

  it('ends the name before a nynorsk verb in the past tense', () => {
    expect(detected('pasient: ja sonen hennar gunnleiv køyrde meg hit')).toContain(
      'PERSON gunnleiv',
    );
    expect(detected('pasient: dottera mi ingebjørg ringde meg i går')).toContain(
      'PERSON ingebjørg',
    );
  });

  it('still takes an unknown surname after a lower-case given name', () => {
    expect(detected('pasient: jeg heter andrius kazlauskas')).toContain(
      'PERSON andrius kazlauskas',
    );
  });
});
