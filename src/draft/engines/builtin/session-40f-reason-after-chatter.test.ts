import { describe, expect, it } from 'vitest';
import {
  loadConsultationCases,
  sharedCasesDirectory,
  toPseudonymizedTranscript,
} from '../../testing/consultation-cases.js';
import { getTemplate } from '../../templates/templates.js';
import { chatterBeforeComplaint } from './chatter-before-complaint.js';
import { loosen } from './classify.js';
import { allText, builtinDrafter, draftJournalNote, sectionText } from './testing/draft-lines.js';

const chatterOf = (text: string): 'logistics' | 'work' | undefined =>
  chatterBeforeComplaint(text, loosen(text));

describe('session 40f: Kontaktårsak is the complaint, not the chatter before it', () => {
  it('skips an apology for a late boat in nynorsk and writes the complaint told next', async () => {
    const output = await draftJournalNote([
      ['lege', 'God dag. Kva kan eg hjelpe deg med?'],
      ['pasient', 'Orsak, båten var ein halvtime forseinka, det bles kraftig over sundet.'],
      ['lege', 'Det gjer ingenting. Kva er det som plagar deg?'],
      ['pasient', 'Eg har hatt vondt i venstre skulder i tre veker, mest om natta.'],
    ]);
    const reason = sectionText(output, 'kontaktarsak');
    expect(reason).toMatch(/skulder/u);
    expect(allText(output)).not.toMatch(/båten|forseinka|sundet/u);
  });

  it('skips a taxi that got lost and a caller who rang twice before the complaint', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei. Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Unnskyld, taxien kjørte feil to ganger. Og naboen ringte meg tre ganger før jeg dro.',
      ],
      ['lege', 'Det ordner seg. Hva er det som plager deg?'],
      ['pasient', 'Jeg har svie når jeg tisser og må tisse ofte, siden i forgårs.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/svie|tiss|dysuri/iu);
    expect(allText(output)).not.toMatch(/taxi|naboen/u);
  });

  it('keeps long working days as history but never as the reason for contact', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, hvordan går det?'],
      ['pasient', 'Travelt. Jeg jobber tolv timer om dagen på fabrikken nå.'],
      ['lege', 'Det er mye. Hva bringer deg hit i dag?'],
      ['pasient', 'Jeg har hatt vondt i høyre albue i en måned.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/albue/u);
    expect(sectionText(output, 'kontaktarsak')).not.toMatch(/timer|jobber/u);
    expect(sectionText(output, 'anamnese')).toMatch(/12 timer/u);
  });

  it('finds the complaint told after a remark when the opening question got only chatter', async () => {
    const output = await draftJournalNote([
      ['lege', 'Ka kan æ hjelpe dæ med?'],
      ['pasient', 'Beklager, æ måtte parkere langt unna, det va fullt overalt.'],
      ['lege', 'Det e alltid sånn her på mandaga.'],
      ['pasient', 'Æ har hatt feber og hoste i fem dagar.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/feber|hoste/u);
  });

  it('keeps a complaint said inside an apology as the reason', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Unnskyld at jeg er sen, jeg har så vondt i korsryggen at jeg går sakte.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toMatch(/korsrygg/u);
  });

  it('keeps a red flag told with the ride here as the reason', () => {
    expect(chatterOf('Jeg fikk brystsmerter i natt, så datteren kjørte meg hit.')).toBeUndefined();
    expect(chatterOf('Unnskyld at eg er sein, ferja gjekk ikkje før halv ti.')).toBe('logistics');
    expect(chatterOf('Det er skift, to uker natt og to uker dag.')).toBe('work');
    expect(chatterOf('Kjæresten min sier at en føflekk på armen har vokst.')).toBeUndefined();
  });

  it('writes a visit to check a value after a dose change as «Kontroll av …»', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, var det ikke hytta på Sjusjøen dere skulle til?'],
      ['pasient', 'Jo, vi var der i to uker, og det snødde hver dag.'],
      ['lege', 'I dag skal vi se på kolesterolet etter at vi økte atorvastatin i august.'],
      ['pasient', 'Ja, jeg har tatt tablettene hver kveld.'],
    ]);
    // Review 40f: the change, its drug and when stay in the reason.
    expect(sectionText(output, 'kontaktarsak')).toBe(
      'Kontroll av kolesterolet etter doseøkning av atorvastatin i august.',
    );
    expect(allText(output)).not.toMatch(/snødde|2 uker/u);
  });

  it('never writes an admission decided at the end as the reason for contact', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva har skjedd?'],
      ['pårørende', 'Mor har vært så forvirret siden i går, og hun er varm.'],
      ['lege', 'Temperaturen er trettiåtte komma ni. CRP er hundre og ti.'],
      ['lege', 'Hun blir lagt inn på medisinsk avdeling for antibiotika.'],
    ]);
    const reason = sectionText(output, 'kontaktarsak');
    expect(reason).toMatch(/forvirret/u);
    expect(reason).not.toMatch(/lagt inn|medisinsk avdeling/u);
  });

  it('leaves Kontaktårsak empty and flagged when only chatter and a finding were said', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei. Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Beklager, bussen var tjue minutter forsinket i dag.'],
      ['lege', 'Blodtrykket er hundre og tretti over åtti.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toBe('');
    expect(output.warnings.join(' ')).toMatch(/«Kontaktårsak» er tom/u);
    expect(allText(output)).not.toMatch(/bussen|20 minutter/u);
  });
});

describe('session 40f: the shared cases keep their Kontaktårsak', () => {
  const expected: Readonly<Record<string, RegExp>> = {
    'd01-halsbetennelse': /^Vondt i halsen\.$/u,
    'd02-hypotyreose-kontroll': /^Kontroll: .*Levaxin/u,
    'd03-ankelforstuing': /kamp/u,
    'd04-urtikaria-reker': /rekesmørbrød/u,
    'd05-atrieflimmer-doak': /^Kontroll: .*Marevan/u,
    'd06-hofteprotese-epikrise': /planlagt operasjon.*artrose.*hofte/u,
  };
  for (const consultation of loadConsultationCases(sharedCasesDirectory)) {
    const pattern = expected[consultation.id];
    if (pattern === undefined) continue;
    it(`keeps the reason of ${consultation.id}`, async () => {
      const output = await builtinDrafter.draft({
        template: getTemplate(consultation.template),
        transcript: toPseudonymizedTranscript(consultation),
      });
      const reason = output.sections[0]?.sentences.map((sentence) => sentence.text).join(' ');
      expect(reason).toMatch(pattern);
    });
  }
});
