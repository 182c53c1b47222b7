import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

const opening: readonly (readonly ['lege' | 'pasient', string])[] = [
  ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
  ['pasient', 'Jeg har hatt feber og hoste i fem dager.'],
];

describe("the clinician's decision without the talk around it", () => {
  it('writes «Det vi ser nå er at du har …, og grunnen til det er …» as the assessment alone', async () => {
    const output = await draftJournalNote([
      ...opening,
      ['lege', 'Temperaturen er trettiåtte komma to. Jeg hører knatrelyder nederst til høyre.'],
      [
        'lege',
        'Det vi ser nå er at du har en lungebetennelse, og grunnen til det er at bakteriene har satt seg i den nederste delen av lungen.',
      ],
    ]);
    expect(sectionText(output, 'vurdering')).toMatch(/^(?:Pneumoni|Lungebetennelse)\.$/u);
    expect(allText(output)).not.toMatch(/grunnen|bakteriene har satt|Det ser nå/u);
  });

  it('leaves out sympathy and reassurance', async () => {
    const output = await draftJournalNote([
      ...opening,
      ['pasient', 'Og så har det vært mye på jobben, vi har vært to for lite hele høsten.'],
      ['lege', 'Det høres ut som en krevende høst. Det skjønner jeg godt.'],
      [
        'lege',
        'Hosten kan vare noen uker etterpå, så det skal du ikke bekymre deg for. Jeg forstår at du var redd.',
      ],
      ['lege', 'Du kan ta Paracet ved behov.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/krevende høst|skjønner|bekymre|redd/u);
    expect(sectionText(output, 'tiltak')).toMatch(/Paracet/u);
  });

  it('keeps the drug given and its dose, not why another drug was not', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Det svir når jeg tisser, og jeg må tisse hele tiden. Jeg tåler ikke penicillin.',
      ],
      [
        'lege',
        'Vanligvis ville jeg gitt Selexid, men det er et penicillin. Derfor gir jeg deg nitrofurantoin, femti milligram fire ganger daglig i fem dager. Fordi det ikke er i slekt med penicillin, kan du trygt ta det.',
      ],
    ]);
    const plan = sectionText(output, 'tiltak');
    expect(plan).toMatch(/nitrofurantoin.*50 mg/iu);
    expect(plan).not.toMatch(/Vanligvis|Selexid|i slekt med/u);
  });

  it('keeps a decision said after «fordi»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt øverst i magen i to måneder.'],
      [
        'lege',
        'Men fordi du er over femti og har gått ned i vekt, vil jeg henvise deg til gastroskopi.',
      ],
    ]);
    expect(allText(output)).toMatch(/gastroskopi/u);
  });

  it('leaves out a demonstration announced with «Jeg skal vise deg hvordan»', async () => {
    const output = await draftJournalNote([
      ...opening,
      ['lege', 'Jeg skriver ut Airomir, to doser ved behov, med kammer.'],
      [
        'lege',
        'Jeg skal vise deg hvordan den brukes. Du rister sprayen, setter den i kammeret og puster fem ganger inn og ut.',
      ],
    ]);
    const plan = sectionText(output, 'tiltak');
    expect(plan).toMatch(/Airomir/u);
    expect(plan).not.toMatch(/rister|fem ganger|5 ganger/u);
  });

  it('leaves out how an illness behaves in general, a compliment and «Åpne munnen»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, Mia. For en fin lue du har! Hva er det som er vondt?'],
      ['pasient', 'Jeg har vondt i halsen og feber siden fredag.'],
      ['lege', 'Åpne munnen og si a. Mandlene er store og røde med hvitt belegg.'],
      [
        'lege',
        'Den bakterien gir betennelse i mandlene, og i sjeldne tilfeller kan den gi en byll. Antibiotika gjør at du blir fortere frisk.',
      ],
      ['lege', 'Jeg skriver ut penicillin, en tablett fire ganger daglig i ti dager.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/lue|Åpne munnen|sjeldne|byll|fortere frisk/u);
    expect(sectionText(output, 'tiltak')).toMatch(/penicillin/iu);
  });

  it('leaves out where the prescription waits, a purpose clause and the goodbye', async () => {
    const output = await draftJournalNote([
      ...opening,
      [
        'lege',
        'Jeg sender en prøve til dyrking, så vi ser at vi har valgt riktig medisin. Resepten ligger klar på apoteket om en halvtime.',
      ],
      ['pasient', 'Takk. Ha en fin dag, og kjør forsiktig hjem, det er glatt.'],
      ['pasient', 'Kona sier jeg må slanke meg, men det er en annen sak.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/dyrking/u);
    expect(text).not.toMatch(/riktig medisin|apoteket|fin dag|glatt|annen sak|slanke/u);
  });
});
