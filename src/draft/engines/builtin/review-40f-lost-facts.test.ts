import { describe, expect, it } from 'vitest';
import { chatterBeforeComplaint } from './chatter-before-complaint.js';
import { loosen } from './classify.js';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

const chatterOf = (text: string): 'logistics' | 'work' | undefined =>
  chatterBeforeComplaint(text, loosen(text));

describe('review 40f: what is said inside chatter that matters stays in the note', () => {
  it('keeps a trip home from abroad told before the fever (malaria risk)', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, hva gjelder det?'],
      ['pasient', 'Vi kom hjem fra ferien i Uganda for ei uke siden.'],
      ['lege', 'Og nå?'],
      ['pasient', 'Nå har jeg feber og frysninger og hodepine.'],
    ]);
    expect(allText(output)).toMatch(/Uganda/u);
  });

  it('keeps a long flight told before a swollen calf (thrombosis risk)', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva bringer deg hit?'],
      ['pasient', 'Jeg kom hjem fra Syden med flyet i går, tolv timer med fly.'],
      ['lege', 'Ja?'],
      ['pasient', 'Og nå er venstre legg hoven og vond.'],
    ]);
    expect(allText(output)).toMatch(/fly/u);
  });

  it('keeps a fall and a tick bite told in answer to a question about the cabin or holiday', async () => {
    const fall = await draftJournalNote([
      ['lege', 'Var det ikke hytta på Hovden du skulle til?'],
      ['pasient', 'Jo, men der falt jeg på trappa og slo hodet.'],
      ['lege', 'Ble du bevisstløs?'],
      ['pasient', 'Nei, men jeg har hatt hodepine siden.'],
    ]);
    expect(allText(fall)).toMatch(/falt/u);
    const tick = await draftJournalNote([
      ['lege', 'Hvordan var ferien?'],
      ['pasient', 'Fin, men jeg ble bitt av en flått på hytta.'],
      ['lege', 'Når var det?'],
      ['pasient', 'For tre uker siden, og nå har jeg en rød ring på leggen.'],
    ]);
    expect(allText(tick)).toMatch(/flått/u);
  });

  it('still leaves out a holiday answer that tells no complaint', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hvordan var ferien?'],
      ['pasient', 'Fin, vi bada hver dag og det var tjuefem grader.'],
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      ['pasient', 'Jeg har vondt i høyre skulder.'],
    ]);
    expect(allText(output)).not.toMatch(/bada|grader/u);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/skulder/u);
  });

  it('reads an injury, a bite, vomiting or confusion as no chatter', () => {
    expect(chatterOf('Jeg tråkket over da jeg gikk av bussen i går.')).toBeUndefined();
    expect(chatterOf('Det var glatt på veien og jeg datt av sykkelen.')).toBeUndefined();
    expect(
      chatterOf('Det var fint vær på hytta, men der ble jeg bitt av en hoggorm.'),
    ).toBeUndefined();
    expect(chatterOf('Vi var på hytta og jeg fikk flått.')).toBeUndefined();
    expect(chatterOf('Orsak at eg er sein, eg måtte kaste opp på bussen.')).toBeUndefined();
    expect(chatterOf('Eg kom med flyet frå Thailand, tolv timar med fly.')).toBeUndefined();
    // Negatives: plain chatter stays chatter.
    expect(chatterOf('Unnskyld, taxien kjørte feil to ganger.')).toBe('logistics');
    expect(chatterOf('Naboen min sier hunden hans har stukket av igjen.')).toBe('logistics');
    expect(chatterOf('Vi kjørte fra hytta og det var kø hele veien.')).toBe('logistics');
  });

  it('keeps the drug and the date of the change in «Kontroll av …»', async () => {
    const output = await draftJournalNote([
      ['lege', 'I dag skal vi se på blodtrykket etter at vi økte amlodipin i september.'],
      ['pasient', 'Ja, jeg har målt hjemme, det ligger rundt hundre og førti.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toBe(
      'Kontroll av blodtrykket etter doseøkning av amlodipin i september.',
    );
  });

  it('takes «Du var her for tre år siden» for no follow-up, «for to uker siden» for one', async () => {
    const old = await draftJournalNote([
      ['lege', 'Du var her for tre år siden med en kul i brystet, husker du?'],
      ['pasient', 'Ja. Men nå er det noe nytt, jeg har fått blod i urinen.'],
    ]);
    expect(sectionText(old, 'kontaktarsak')).not.toMatch(/^Kontroll/u);
    const recent = await draftJournalNote([
      ['lege', 'Du var her for to uker siden med lungebetennelse. Hvordan går det?'],
      ['pasient', 'Bedre, men jeg hoster fortsatt.'],
    ]);
    expect(sectionText(recent, 'kontaktarsak')).toMatch(/^Kontroll/u);
  });

  it('never writes the allergy answer as the reason after opening chatter', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg gjøre for deg?'],
      ['pasient', 'Unnskyld, det var kø på E6.'],
      ['lege', 'Har du noen allergier?'],
      ['pasient', 'Ja, penicillin.'],
      ['pasient', 'Jeg har vondt i halsen.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).not.toMatch(/allergi/iu);
    expect(allText(output)).toMatch(/[Pp]enicillin/u);
  });
});
