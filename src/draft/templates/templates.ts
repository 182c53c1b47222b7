import type { TemplateDefinition, TemplateId } from '../../core/index.js';

/*
 * The four documents Referent drafts (issue 4). Templates are data: a clinic may replace any of
 * them with its own JSON file (see `parseTemplateFile`). Section keys are part of the Draft JSON
 * contract (design §6.4) and must not change; titles, instructions and style examples may.
 */

const journalnotat: TemplateDefinition = {
  id: 'journalnotat',
  title: 'Journalnotat',
  codeSystem: 'ICPC-2',
  sections: [
    {
      key: 'kontaktarsak',
      title: 'Kontaktårsak',
      instruction: 'Én kort setning: hvorfor pasienten kom, med varighet hvis den er nevnt.',
    },
    {
      key: 'anamnese',
      title: 'Anamnese',
      instruction:
        'Pasientens sykehistorie slik den ble fortalt: symptomer, varighet, forløp, relevante negative funn (ingen feber, ingen hoste), tidligere sykdom, faste medisiner, allergier, arbeid og sosialt. Skriv i tredje person, kortfattet.',
    },
    {
      key: 'funn',
      title: 'Funn',
      instruction:
        'Det legen fant ved undersøkelsen og prøvesvar, med verdier og enheter som sagt (temp, BT, puls, lab). Normale og patologiske funn.',
    },
    {
      key: 'vurdering',
      title: 'Vurdering',
      instruction: 'Legens vurdering og sannsynlige diagnose, med begrunnelse slik den ble uttalt.',
    },
    {
      key: 'tiltak',
      title: 'Tiltak',
      instruction:
        'Behandling og plan: legemidler med dose, hyppighet og varighet, sykmelding, henvisninger, kontroller, råd og informasjon om når pasienten skal ta kontakt.',
    },
  ],
  styleExample:
    'Kontaktårsak: Sår hals og feber i tre dager.\nAnamnese: Vondt i halsen siden lørdag, tiltagende. Ingen hoste. Ingen kjente allergier.\nFunn: Temp 38,4. Tonsiller forstørret med belegg bilateralt.\nVurdering: Akutt tonsillitt.\nTiltak: Fenoksymetylpenicillin 660 mg x 4 i 5 dager. Ny kontakt ved forverring.',
};

const epikrise: TemplateDefinition = {
  id: 'epikrise',
  title: 'Epikrise',
  codeSystem: 'ICD-10',
  sections: [
    {
      key: 'innleggelsesarsak',
      title: 'Innleggelsesårsak',
      instruction: 'Hvorfor pasienten ble innlagt, kort.',
    },
    {
      key: 'forlop',
      title: 'Forløp',
      instruction: 'Hva som ble gjort under oppholdet og hvordan det gikk, i tidsrekkefølge.',
    },
    {
      key: 'funn',
      title: 'Funn og undersøkelser',
      instruction: 'Relevante undersøkelser, prøvesvar og bildefunn, med verdier som sagt.',
    },
    {
      key: 'diagnoser',
      title: 'Diagnoser',
      instruction: 'Diagnoser med ICD-10-kode, hoveddiagnose først.',
    },
    {
      key: 'medikamentendringer',
      title: 'Medikamentendringer',
      instruction:
        'Hva som er nytt, endret og seponert, med dose og begrunnelse; uendrede faste medisiner til slutt.',
    },
    {
      key: 'oppfolging',
      title: 'Videre oppfølging',
      instruction:
        'Hvem gjør hva og når: kontroller, fjerning av sting, fysioterapi, restriksjoner og når pasienten skal ta kontakt.',
    },
  ],
};

const henvisning: TemplateDefinition = {
  id: 'henvisning',
  title: 'Henvisning',
  codeSystem: 'ICPC-2',
  sections: [
    {
      key: 'problemstilling',
      title: 'Årsak og problemstilling',
      instruction: 'Hvorfor pasienten henvises og hva mottakeren bes om å vurdere.',
    },
    {
      key: 'anamnese',
      title: 'Sykehistorie',
      instruction: 'Relevant sykehistorie, forløp og tidligere behandling.',
    },
    { key: 'funn', title: 'Funn', instruction: 'Kliniske funn og prøvesvar.' },
    {
      key: 'medikamenter',
      title: 'Faste medisiner',
      instruction: 'Legemidler pasienten bruker, med dose.',
    },
    {
      key: 'hastegrad',
      title: 'Hastegrad',
      instruction: 'Hvor raskt pasienten bør vurderes, bare slik det ble sagt i konsultasjonen.',
    },
  ],
};

const pasientbrev: TemplateDefinition = {
  id: 'pasientbrev',
  title: 'Brev til pasienten',
  codeSystem: 'ICPC-2',
  sections: [
    {
      key: 'funn',
      title: 'Hva vi fant',
      instruction: 'Med enkle ord, i du-form: hva legen fant og mener.',
    },
    {
      key: 'rad',
      title: 'Hva du bør gjøre',
      instruction: 'Behandling og råd i du-form, med dose og varighet.',
    },
    {
      key: 'kontakt',
      title: 'Når du bør ta kontakt',
      instruction: 'Faresignaler og hvem pasienten skal kontakte.',
    },
  ],
  styleExample:
    'Hva vi fant: Du har en halsbetennelse som skyldes bakterier.\nHva du bør gjøre: Ta penicillin fire ganger daglig i fem dager.',
};

/** The built-in templates, one per document kind. */
export const templates: Readonly<Record<TemplateId, TemplateDefinition>> = Object.freeze({
  journalnotat,
  epikrise,
  henvisning,
  pasientbrev,
});

/** The built-in template for a document kind. */
export function getTemplate(id: TemplateId): TemplateDefinition {
  return templates[id];
}
