/*
 * Session 19 of issue 12: fact coverage and safety-critical content that the drafts used to lose —
 * the patient's own account in a patient letter, denials said in Swedish, nynorsk words of the
 * history. Fresh text, not the shared cases nor the eval cases.
 */
import { describe, expect, it } from 'vitest';
import {
  allText,
  draftJournalNote as draft,
  draftLines,
  sectionText as section,
} from './testing/draft-lines.js';

describe('the patient letter keeps what the patient told', () => {
  it('carries denied red flags and pregnancy into «Hva vi fant», still in the letter voice', async () => {
    const output = await draftLines('pasientbrev', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Eg har hatt vondt i magen i fire dagar.'],
      ['lege', 'Har du hatt feber eller blod i avføringen?'],
      ['pasient', 'Nei.'],
      ['lege', 'Kan du være gravid?'],
      ['pasient', 'Nei, det kan eg ikkje. Eg har spiral.'],
      ['lege', 'Magen er bløt og lite øm. Dette er nok en forstoppelse.'],
      ['lege', 'Du får Movicol, én pose daglig. Ta kontakt hvis du får feber.'],
    ]);
    const found = section(output, 'funn');
    expect(found).toMatch(/(?:Ingen|Ikke) feber/u);
    expect(found).toMatch(/blod i avføringen/u);
    expect(found).toContain('Ikke gravid.');
    expect(allText(output)).not.toMatch(/(?<![\p{L}])(?:hun|han|pas\.|jeg)(?![\p{L}])/iu);
  });
});

describe('Swedish-influenced speech', () => {
  it('reads «Nej, inte något sånt» as a denial of blood thinners', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jag har ont i knät sedan i söndags.'],
      ['lege', 'Bruker du noe blodfortynnende?'],
      ['pasient', 'Nej, inte något sånt.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/(?:Bruker ikke|Ikke|Ingen) blodfortynnende/u);
  });

  it('reads «Nej, det kan jag inte» as not pregnant and «gånger» as a count', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jag måste kissa tio gånger om dagen, och det svider.'],
      ['lege', 'Kan du være gravid?'],
      ['pasient', 'Nej, det kan jag inte.'],
    ]);
    const text = allText(output);
    expect(text).toContain('Ikke gravid.');
    expect(text).not.toMatch(/gånger|(?<![\p{L}])inte(?![\p{L}])/u);
  });
});

describe('nynorsk words of the history', () => {
  it('writes «gløymt» and «band» in bokmål', async () => {
    const output = await draft([
      ['lege', 'Korleis går det med medisinane?'],
      ['pasient', 'Eg har gløymt tablettane to gonger denne veka.'],
      ['lege', 'Korleis kjennest hovudverken?'],
      ['pasient', 'Som eit band rundt hovudet.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/glemt/u);
    expect(text).toMatch(/bånd rundt hodet/u);
  });
});

describe('an allergy answered with the allergen alone', () => {
  it('writes «Nikkel.» to the allergy question as «Nikkelallergi.» (CAVE heads drugs, session 34f)', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har fått et kløende utslett på hendene.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Nikkel.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Nikkelallergi.');
  });

  it('keeps the reaction said after the allergen', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fire dager.'],
      ['lege', 'Har du noen allergier?'],
      ['pasient', 'Penicillin, fikk elveblest.'],
    ]);
    expect(section(output, 'anamnese')).toContain('CAVE penicillin, fikk elveblest.');
  });

  it('writes a drug named to «Tåler du alle medisiner?» as not tolerated', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i ryggen etter flyttingen.'],
      ['lege', 'Tåler du alle medisiner?'],
      ['pasient', 'Ibux.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Tåler ikke ibux.');
  });

  it('reads no allergen into a plain no or an unsure answer', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i ryggen etter flyttingen.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Kanskje.'],
    ]);
    expect(allText(output)).not.toMatch(/CAVE|Tåler ikke/u);
  });
});

describe('a no that holds since a time', () => {
  it('keeps «ikke siden i fjor» with the denied self-harm and smoking', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Eg har vore så deprimert i det siste.'],
      ['lege', 'Har du skadet deg selv?'],
      ['pasient', 'Nei, ikkje sidan i fjor.'],
      ['lege', 'Røyker du?'],
      ['pasient', 'Nei, ikke siden jul.'],
    ]);
    const history = allText(output);
    expect(history).toMatch(/(?:Ingen selvskading|Ikke skadet seg selv) siden i fjor\./u);
    expect(history).toContain('Røyker ikke siden jul.');
  });
});

describe('the suicide screening asked as thoughts of death', () => {
  it('writes «Hender det at du tenker på døden?» — «Ja, det hender.» as death thoughts', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du hatt det siden sist?'],
      ['pasient', 'Eg er framleis deprimert, og eg søv dårleg.'],
      ['lege', 'Hender det at du tenker på døden?'],
      ['pasient', 'Ja, det hender.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/dødstanker/u);
  });

  it('denies a wish to die asked as «Tenker du at du vil dø?»', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du hatt det siden sist?'],
      ['pasient', 'Eg er framleis deprimert, og eg søv dårleg.'],
      ['lege', 'Tenker du at du vil dø?'],
      ['pasient', 'Nei, det gjer eg ikkje.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Ingen dødsønsker.');
  });

  it('denies death thoughts asked as «Tenker du mye på døden?» — «Nei.»', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du hatt det siden sist?'],
      ['pasient', 'Eg er framleis deprimert, og eg søv dårleg.'],
      ['lege', 'Tenker du mye på døden?'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Ingen dødstanker.');
  });
});

describe('a nurse introducing the patient by name and age', () => {
  it('never takes «Her har vi …, sekstisju år.» as the reason for contact', async () => {
    const output = await draft([
      ['sykepleier', 'Her har vi Astrid Lunde, sekstisju år. Hun kom med drosje nettopp.'],
      ['lege', 'Hei, Astrid. Fortell.'],
      ['pasient', 'Æ har fått så vondt i høyre hofta etter at æ datt på isen i dag.'],
    ]);
    const reason = section(output, 'kontaktarsak');
    expect(reason).not.toMatch(/Astrid|67|Her har/u);
    expect(reason).toMatch(/hoft/u);
  });
});

describe('a question asked as a bare negative', () => {
  it('writes «Og ikke noe feber?» — «Nei.» as «Ingen feber.», never a double negative', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i halsen i tre dager.'],
      ['lege', 'Og ikke noe feber?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen feber|Ikke feber/u);
    expect(history).not.toMatch(/(?:Ingen|Ikke) (?:ikke|noe)/u);
  });
});

describe('bleeding told with the verb, and a second part without its own verb', () => {
  it('keeps «Jeg blør så mye når jeg har mens.» as the complaint', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg blør så mye når jeg har mens.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/Blør/u);
  });

  it('denies both parts of «Blør du mellom mensene, eller etter samleie?» with one verb', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Mensen har blitt så kraftig.'],
      ['lege', 'Blør du mellom mensene, eller etter samleie?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toContain('Blør ikke mellom mensene eller etter samleie.');
    expect(history).not.toMatch(/Ingen etter/u);
  });

  it('keeps a Wells score said in words among the findings', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Leggen er hoven og vond.'],
      ['lege', 'Jeg undersøker leggen. Den er hoven og øm. Wells score to.'],
    ]);
    expect(section(output, 'funn')).toMatch(/Wells score 2/u);
  });
});

describe('a henvisning lists the drugs started and stopped today', () => {
  it('puts a drug prescribed in the consultation under the medication list', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Mensen har blitt så kraftig det siste halve året.'],
      ['lege', 'Jeg henviser deg til gynekolog. Spørsmålet er om myomet bør fjernes.'],
      [
        'lege',
        'Du får Cyklokapron, fem hundre milligram, to tabletter tre ganger daglig de dagene du blør mest.',
      ],
    ]);
    expect(section(output, 'medikamenter')).toMatch(/Cyklokapron 500 mg/u);
  });
});

describe('safety content said beside another answer', () => {
  it('keeps a suicide plan denied after thoughts are affirmed', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Eg er så deprimert.'],
      ['lege', 'Har du tenkt på å ta livet ditt?'],
      ['pasient', 'Ja, det har eg. Men eg har ingen plan.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/ta livet/u);
    expect(history).toContain('Ingen suicidplaner.');
  });

  it('denies visual disturbance answered «Nei, synet er som før.»', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Eg har så vondt i hovudet.'],
      ['lege', 'Har du hatt synsforstyrrelser?'],
      ['pasient', 'Nei, synet er som før.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Ingen synsforstyrrelser.');
  });

  it('reads «Bare pollen.» to «Allergier?» as the allergy', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har tett nese og renner i øynene.'],
      ['lege', 'Allergier?'],
      ['pasient', 'Bare pollen.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Pollenallergi.');
  });
});

describe('questions with a clause of their own', () => {
  it('turns «Har du lagt merke til blod når du hoster?» — «Nei.» into a negative', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hostet i tre uker.'],
      ['lege', 'Har du lagt merke til blod når du hoster?'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/(?:Ingen|Ikke) blod ved hoste/u);
  });

  it('reads a wish to be dead and «gjøre noe med deg selv» as the suicide screening', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vært så nedstemt i det siste.'],
      ['lege', 'Har du noen gang tenkt at det ville vært bedre å være død?'],
      ['pasient', 'Nei.'],
      ['lege', 'Har du vurdert å gjøre noe med deg selv?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toContain('Ingen dødsønsker.');
    expect(history).toContain('Ingen suicidtanker.');
  });
});

describe('Swedish numbers', () => {
  it('reads «två gånger om dagen, fyra hundra milligram» as a dose and frequency', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jag har ont i halsen sedan tio dagar.'],
      ['lege', 'Hva bruker du?'],
      ['pasient', 'Jag tar Ibux två gånger om dagen, fyra hundra milligram.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/10 dager/u);
    expect(text).toMatch(/Ibux x 2, 400 mg/u);
  });
});

describe('a score on a form', () => {
  it('puts «Du får seksten poeng» among the findings, not the plan', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du hatt det?'],
      ['pasient', 'Jeg er fortsatt nedstemt og sover dårlig.'],
      ['lege', 'Du har fylt ut skjemaet. Du får seksten poeng, det var nitten sist.'],
      ['lege', 'Vi øker sertralin til hundre milligram.'],
    ]);
    expect(section(output, 'funn')).toMatch(/16 poeng/u);
    expect(section(output, 'tiltak')).not.toMatch(/poeng/u);
  });
});

describe('a henvisning carries the question and the urgency however they are said', () => {
  const opening = [
    ['lege', 'Hva gjelder det?'],
    ['pasient', 'Jeg har hatt smerter i høyre kne i et halvt år, og det låser seg.'],
  ] as const;

  it('reads «Jeg ber ortopeden vurdere om …» and «Det haster ikke» ', async () => {
    const output = await draftLines('henvisning', [
      ...opening,
      [
        'lege',
        'Jeg ber ortopeden vurdere om du trenger en artroskopi. Det haster ikke, ordinær ventetid er greit.',
      ],
    ]);
    expect(section(output, 'problemstilling')).toMatch(/vurdere om .*artroskopi/u);
    expect(section(output, 'hastegrad')).toMatch(/haster ikke/u);
    expect(output.warnings.join(' ')).not.toMatch(/mangler spørsmålet/u);
  });

  it('reads «Spørsmålet mitt til dem …», «Jeg merker den som haster» and «i løpet av en måned»', async () => {
    const asked = await draftLines('henvisning', [
      ...opening,
      ['lege', 'Spørsmålet mitt til dem blir om dette er en meniskskade som bør opereres.'],
      ['lege', 'Jeg merker den som haster.'],
    ]);
    expect(asked.warnings.join(' ')).not.toMatch(/mangler spørsmålet|Hastegrad ble ikke/u);
    expect(section(asked, 'hastegrad')).toMatch(/haster/u);
    const within = await draftLines('henvisning', [
      ...opening,
      [
        'lege',
        'Jeg vil at nevrologen skal vurdere om det kan være MS. De bør se deg i løpet av en måned.',
      ],
    ]);
    expect(section(within, 'problemstilling')).toMatch(/MS/u);
    expect(section(within, 'hastegrad')).toMatch(/1 måned/u);
  });
});

describe('no allergen read into a non-answer', () => {
  it('leaves «Tja.» to the allergy question out of the allergies', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i ryggen etter flyttingen.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Tja.'],
    ]);
    expect(allText(output)).not.toMatch(/CAVE/u);
  });
});
