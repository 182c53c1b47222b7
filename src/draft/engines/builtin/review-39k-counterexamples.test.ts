/*
 * Review of session 39k (r39k): realistic counter-examples to the s39k shortening rules
 * (small-talk-numbers.ts in prune-story-clauses.ts, drop-plan-echo.ts) — patient facts that
 * carry a number the rules read as small talk, and a patient's own drug or dose said after the
 * clinician's treatment. Fresh synthetic text. Those rules were taken out again (commit
 * ddcac942), so "main" in the comments below means main with the s39k rules; the tests now guard
 * that no later shortening rule drops these facts.
 */
import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote as draft } from './testing/draft-lines.js';

describe('numbers that are the patient’s facts', () => {
  it('C1 the fall getting off a numbered bus', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i venstre håndledd.'],
        ['lege', 'Hva skjedde?'],
        ['pasient', 'Jeg datt da jeg gikk av 28-bussen.'],
      ]),
    );
    expect(text).toMatch(/[Ff]alt|[Dd]att/u);
  });

  // s39k regression (countOfThings «innleggelser», isSmallTalkOnly): main drops the sentence, the note reads «Er tung i pusten og hoster mye.»; b9b43bdc kept «Har hatt 4 innleggelser på Ullevål.»
  it('C2 the number of admissions', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg er tung i pusten og hoster mye.'],
        ['lege', 'Har du vært innlagt for dette?'],
        ['pasient', 'Jeg har hatt 4 innleggelser på Ullevål.'],
      ]),
    );
    expect(text).toMatch(/4 innleggelser/u);
  });

  // s39k regression (countOfThings «tonn»): main reads «Vondt i korsryggen.» only; b9b43bdc kept «Løfter 20 tonn fisk på et skift.» — the load is the exposure.
  it('C3 tons of fish lifted on a shift', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i korsryggen.'],
        ['lege', 'Hva jobber du med?'],
        ['pasient', 'Jeg står på fiskebruket. Jeg løfter 20 tonn fisk på et skift.'],
      ]),
    );
    expect(text).toMatch(/20 tonn/u);
  });

  it('C4 the child’s age told by the mother', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe dere med?'],
        ['pårørende', 'Hun har hatt feber og hoste siden i helga.'],
        ['lege', 'Hvor gammel er hun nå?'],
        ['pårørende', 'Hun ble 2 nå nettopp.'],
      ]),
    );
    expect(text).toMatch(/\b2\b/u);
  });

  it('C5 the scratching cat and its age', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har feber og hovne kuler i armhulen.'],
        ['lege', 'Har du dyr hjemme?'],
        ['pasient', 'Katta mi er 1 år, hun klorer meg hele tida.'],
      ]),
    );
    expect(text).toMatch(/klor/u);
  });

  // Older than s39k (b9b43bdc drops it too): the note keeps «Hunden til naboen, han er 3 år.» but not the bite.
  it.fails('C6 the dog bite with the dog’s age', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har et sår som er rødt og varmt.'],
        ['lege', 'Hva skjedde?'],
        ['pasient', 'Hunden til naboen, han er 3 år, han bet meg da jeg skulle klappe ham.'],
      ]),
    );
    expect(text).toMatch(/bet/u);
  });

  // s39k regression (withoutPrices): main reads «Sluttet med Wegovy fordi i måneden.» — the reason (cost) is cut and the sentence garbled; b9b43bdc kept «fordi den kostet 1500 kroner i måneden».
  it('C7 a drug stopped because of its price', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har gått opp i vekt igjen.'],
        ['lege', 'Bruker du fortsatt Wegovy?'],
        ['pasient', 'Nei, jeg sluttet med Wegovy fordi den kostet 1500 kroner i måneden.'],
      ]),
    );
    expect(text).toMatch(/kostet|kroner|råd|pris/u);
  });

  // s39k regression (withoutPrices): main reads «Har fortsatt vondt i kneet.  og det har pas. ikke råd til.» — what could not be afforded and its price are gone; b9b43bdc kept «Den kostet 800 kroner og det har pas. ikke råd til.»
  it('C8 medicine not fetched because of its price', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har fortsatt vondt i kneet.'],
        ['lege', 'Hentet du medisinen jeg skrev ut?'],
        ['pasient', 'Nei, den kostet 800 kroner og det har jeg ikke råd til nå.'],
      ]),
    );
    expect(text).toMatch(/800|kostet/u);
  });

  // s39k regression (score, isSmallTalkOnly): main reads «Vondt i kneet.» only — the injury mechanism is lost with the score; b9b43bdc kept «Tapte 3-1, og ble taklet bakfra i andre omgang.»
  it('C9 the tackle in the match with its score', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i kneet.'],
        ['lege', 'Hva skjedde?'],
        ['pasient', 'Vi tapte 3-1, og jeg ble taklet bakfra i andre omgang.'],
      ]),
    );
    expect(text).toMatch(/takle/u);
  });

  it('C10 siblings as family history', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har fått høyt kolesterol.'],
        ['lege', 'Hvordan er det i familien?'],
        ['pasient', 'Jeg har 4 søsken, og alle bruker kolesterolmedisin.'],
      ]),
    );
    expect(text).toMatch(/søsken/u);
  });

  it('C11 the relative about the patient’s age and forgetting', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe dere med?'],
        ['pårørende', 'Vi er bekymret for pappa.'],
        ['lege', 'Fortell.'],
        ['pårørende', 'Han ble 80 i fjor, og han går seg bort i nabolaget.'],
      ]),
    );
    expect(text).toMatch(/går seg bort|bort/u);
  });

  it('C12 a pupil count as infection exposure', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har hatt hoste i en uke.'],
        ['lege', 'Hva jobber du med?'],
        ['pasient', 'Lærer. Jeg har 28 elever, og halve klassen har kikhoste.'],
      ]),
    );
    expect(text).toMatch(/kikhoste/u);
  });

  it('C13 the patient turned 70', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg er sliten.'],
        ['lege', 'Fortell mer.'],
        ['pasient', 'Jeg fylte 70 i mai, og siden har jeg bare vært sliten.'],
      ]),
    );
    expect(text).toMatch(/70/u);
  });
});

describe('the patient after the clinician’s treatment', () => {
  // s39k regression (dropPlanEcho; «går på» is not own use): main drops «Går på Metformin 500.», the current dose is lost; b9b43bdc kept it.
  it('E1 the current lower dose the patient is on («går på»)', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Blodsukkeret er høyt.'],
        ['lege', 'Vi øker Metformin til 1000 milligram morgen og kveld.'],
        ['pasient', 'Jeg går på Metformin 500 nå.'],
      ]),
    );
    expect(text).toMatch(/500/u);
  });

  // s39k regression (dropPlanEcho reads the drug without its numbers): main drops «Ibux 800.», the mis-heard dose; b9b43bdc kept it.
  it('E2 a different dose read back', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i skulderen.'],
        ['lege', 'Du kan ta Ibux 400 milligram tre ganger daglig i en uke.'],
        ['pasient', 'Ibux 800 altså.'],
      ]),
    );
    expect(text).toMatch(/800/u);
  });

  // s39k regression (dropPlanEcho; «reagerte» is not own use): main drops «Penicillin reagerte pas. på som barn.», a possible allergy next to a new penicillin prescription; b9b43bdc kept it.
  it('E3 a reaction to the prescribed drug', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i halsen og feber.'],
        ['lege', 'Du får Penicillin 1 gram tre ganger daglig i ti dager.'],
        ['pasient', 'Penicillin reagerte jeg på som barn.'],
      ]),
    );
    expect(text).toMatch(/reagerte/u);
  });

  it('E4 plan read back with a side effect', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i kneet.'],
        ['lege', 'Du kan ta Ibux 400 milligram tre ganger daglig.'],
        [
          'pasient',
          'Så jeg skal ta Ibux 400 tre ganger om dagen? Jeg ble dårlig i magen av det sist.',
        ],
      ]),
    );
    expect(text).toMatch(/magen/u);
  });

  // s39k regression (dropPlanEcho; «står på» is not own use, numbers ignored): main drops «Losartan 100 står pas. på.» while the plan says «fortsetter med Losartan 50 mg»; b9b43bdc kept it.
  it('E5 the drug the patient stands on («står på»)', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Blodtrykket er høyt igjen.'],
        [
          'lege',
          'Vi legger til Amlodipin 5 milligram, og du fortsetter med Losartan 50 milligram.',
        ],
        ['pasient', 'Losartan 100 står jeg på.'],
      ]),
    );
    expect(text).toMatch(/100/u);
  });

  it('E6 the drug made the patient ill before', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har urinveisinfeksjon igjen.'],
        ['lege', 'Du får Trimetoprim 160 milligram morgen og kveld i tre dager.'],
        ['pasient', 'Trimetoprim ble jeg kvalm av.'],
      ]),
    );
    expect(text).toMatch(/kvalm/u);
  });

  // s39k regression (dropPlanEcho; «glemmer» carries no content word): main drops «Metformin, den glemmer pas. ofte å ta.» (adherence); b9b43bdc kept it.
  it('E7 the patient forgets the prescribed drug they already take', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Blodsukkeret er høyt.'],
        ['lege', 'Du fortsetter med Metformin 500 milligram morgen og kveld.'],
        ['pasient', 'Metformin, den glemmer jeg ofte å ta.'],
      ]),
    );
    expect(text).toMatch(/glemmer/u);
  });

  // Older than s39k (b9b43bdc drops it too): the patient's worry about addiction to the prescribed Tramadol leaves no trace.
  it.fails('E8 the patient repeats the drug and a doubt about it', async () => {
    const text = allText(
      await draft([
        ['lege', 'Hva kan jeg hjelpe deg med?'],
        ['pasient', 'Jeg har vondt i ryggen.'],
        ['lege', 'Du kan prøve Tramadol 50 milligram ved behov, maks fire om dagen.'],
        ['pasient', 'Tramadol, blir ikke man avhengig av det?'],
      ]),
    );
    expect(text).toMatch(/avhengig/u);
  });
});
