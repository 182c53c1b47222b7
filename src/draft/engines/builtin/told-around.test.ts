import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('what is told around the history stays out of the note', () => {
  it("leaves out a relative's own chatter about work and an old holiday, and keeps what she says of the patient", async () => {
    const output = await draftJournalNote([
      ['lege', 'Hei, Åse, og du er svigerdatteren?'],
      [
        'pårørende',
        'Ja. Jeg har tatt fri fra butikken i dag, det var ikke lett, men sjefen var grei. Åse har vært svimmel i en uke.',
      ],
      ['lege', 'Har du falt?'],
      ['pasient', 'Nei, jeg har ikke falt.'],
      [
        'pårørende',
        'Vi var på Kreta i fjor, jeg var vel førti da. Vi hadde det så fint der, vi badet hver dag.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/svimmel/u);
    expect(text).not.toMatch(/butikken|sjefen|Kreta|badet|40/u);
  });

  it("leaves out the relative's own story after her own illness, and keeps the illness", async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva er det som plager deg, Birger?'],
      ['pasient', 'Jeg har hostet i tre uker, og jeg har fått feber i går.'],
      [
        'pårørende',
        'Jeg hadde lungebetennelse selv i vinter, jeg. Jeg fikk penicillin på legevakta, men den første kuren hjalp ikke. Det var i romjula, og vi måtte vente i fire timer.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/pneumoni|lungebetennelse/u);
    expect(text).not.toMatch(/romjula|4 timer|første kuren/u);
  });

  it("leaves out a friend's illness and what follows about her, but keeps a colleague's infection", async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Jeg har hatt vondt i magen i to uker. Ei venninne av meg fikk påvist kreft i tarmen i fjor. Hun er heldigvis frisk nå, hun går på jobb igjen.',
      ],
      ['lege', 'Har noen rundt deg vært syke?'],
      ['pasient', 'Nei. Men en kollega hadde omgangssyke forrige uke.'],
    ]);
    const text = allText(output);
    expect(text).toMatch(/vondt i magen|magesmerter/iu);
    expect(text).not.toMatch(/venninne|kreft|frisk nå|går på jobb/u);
    expect(text).toMatch(/omgangssyke/u);
  });

  it("keeps a father's illness with one detail and leaves out the rest of his life", async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg får trykk i brystet når jeg går i motbakke.'],
      ['lege', 'Er det noe sykdom i familien?'],
      [
        'pasient',
        'Far hadde hjerteinfarkt da han var seksti. Han ble operert på Haukeland. Og så har han hatt to hofteoperasjoner, og nå går han med rullator. Han er åttifire år, og han bor alene på gården.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/Far hadde hjerteinfarkt/u);
    expect(text).not.toMatch(/hofteoperasjoner|rullator|84 år|gården/u);
  });

  it("leaves out the relative's life told after the illness in sentences of its own", async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt vondt i korsryggen i ti dager.'],
      ['lege', 'Har noen i familien hatt ryggproblemer?'],
      [
        'pasient',
        'Mor hadde prolaps i ryggen. Hun var sykmeldt i et halvt år. Hun er åttien nå og bor på Tjøme.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/Mor hadde prolaps/u);
    expect(text).not.toMatch(/halvt år|81|Tjøme/u);
  });

  it("keeps a relative's illness without the clauses about living with it, and an age said with it", async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt hodepine nesten hver dag i to måneder.'],
      ['lege', 'Er det noen i familien med hodepine?'],
      [
        'pasient',
        'Mor har migrene, hun har hatt det hele livet, og hun må ligge i mørket i flere dager. Far fikk hjerneslag, han var bare femtifem.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/Mor har migrene\./u);
    expect(text).not.toMatch(/mørket|hele livet/u);
    expect(text).toMatch(/55/u);
  });

  it('leaves out a patient only promising to follow the advice', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt svie når jeg tisser i fire dager.'],
      ['lege', 'Du må drikke godt, gjerne åtte glass vann om dagen.'],
      ['pasient', 'Jeg skal prøve.'],
    ]);
    expect(sectionText(output, 'anamnese')).not.toMatch(/prøve/u);
  });
});
