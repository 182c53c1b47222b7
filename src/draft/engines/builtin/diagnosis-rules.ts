/*
 * Diagnoses the builtin engine may suggest, recognised from what the clinician says (folded
 * text: lower case, å → a, ø → o, æ → ae). Each rule names the ICPC-2 code for primary care
 * and the ICD-10 code for hospital documents. Order matters: the specific rule comes before the
 * general one ("streptokokkhals" before "halsbetennelse"); only the first match per group counts.
 * The verifier checks every code against the official lists, so a typo here is dropped, not shown.
 */
export interface DiagnosisRule {
  /** Rules in the same group exclude each other; the first match wins. */
  readonly group: string;
  readonly pattern: RegExp;
  readonly icpc2: string;
  readonly icd10: string;
  /** Wording for the note when the match itself is not a diagnosis (a drug class, a test). */
  readonly label?: string;
}

export const diagnosisRules: readonly DiagnosisRule[] = [
  {
    group: 'hals',
    pattern: /streptokokk(?:hals|tonsillitt|er)|gruppe a-streptokokk|bakteriell halsbetennelse/,
    icpc2: 'R72',
    icd10: 'J03.0',
  },
  {
    group: 'hals',
    pattern: /halsbetennelse|tonsillitt|mandelbetennelse/,
    icpc2: 'R76',
    icd10: 'J03.9',
  },
  { group: 'thyreoidea', pattern: /hashimoto/, icpc2: 'T86', icd10: 'E06.3' },
  { group: 'thyreoidea', pattern: /hypotyreose|lavt stoffskifte/, icpc2: 'T86', icd10: 'E03.9' },
  { group: 'thyreoidea', pattern: /hypertyreose|hoyt stoffskifte/, icpc2: 'T85', icd10: 'E05.9' },
  {
    group: 'ankel',
    pattern:
      /(?:forstuing|forstuet|distorsjon|overtrakk|leddbandskade)[^.]{0,40}ankel|ankel[^.]{0,40}(?:forstuing|forstuet|distorsjon|overtrakk|leddbandskade)/,
    icpc2: 'L77',
    icd10: 'S93.4',
  },
  {
    group: 'kne',
    pattern: /(?:forstuing|distorsjon|leddbandskade)[^.]{0,30}kne/,
    icpc2: 'L79',
    icd10: 'S83.6',
  },
  { group: 'urtikaria', pattern: /elveblest|urtikaria/, icpc2: 'S98', icd10: 'L50.0' },
  { group: 'allergi', pattern: /anafylaksi|anafylaktisk/, icpc2: 'A92', icd10: 'T78.2' },
  { group: 'allergi', pattern: /allergisk reaksjon/, icpc2: 'A92', icd10: 'T78.4' },
  { group: 'flimmer', pattern: /atrieflimmer|flimmer/, icpc2: 'K78', icd10: 'I48.9' },
  {
    group: 'artrose',
    pattern: /(?:artrose|slitasjegikt)[^.]{0,30}(?:hoyre|venstre) hofte/,
    icpc2: 'L89',
    icd10: 'M16.1',
  },
  {
    group: 'artrose',
    pattern: /koksartrose|(?:artrose|slitasjegikt)[^.]{0,30}hofte/,
    icpc2: 'L89',
    icd10: 'M16.9',
  },
  {
    group: 'artrose',
    pattern: /gonartrose|(?:artrose|slitasjegikt)[^.]{0,30}kne/,
    icpc2: 'L90',
    icd10: 'M17.9',
  },
  { group: 'hypertensjon', pattern: /hypertensjon|hoyt blodtrykk/, icpc2: 'K86', icd10: 'I10' },
  {
    group: 'hypertensjon',
    pattern: /blodtrykksmedisin/,
    icpc2: 'K86',
    icd10: 'I10',
    label: 'Hypertensjon (bruker blodtrykksmedisin)',
  },
  { group: 'uvi', pattern: /pyelonefritt|nyrebekkenbetennelse/, icpc2: 'U70', icd10: 'N10' },
  {
    group: 'uvi',
    pattern: /urinveisinfeksjon|blaerebetennelse|cystitt/,
    icpc2: 'U71',
    icd10: 'N30.0',
  },
  { group: 'rygg', pattern: /isjias|prolaps/, icpc2: 'L86', icd10: 'M54.4' },
  {
    group: 'rygg',
    pattern: /lumbago|korsryggsmert|uspesifikke? ryggsmert|vondt i korsryggen|hekseskudd/,
    icpc2: 'L03',
    icd10: 'M54.5',
  },
  { group: 'depresjon', pattern: /depresjon|deprimert|depressiv/, icpc2: 'P76', icd10: 'F32.9' },
  { group: 'sovn', pattern: /sovnvansker|insomni|sovnloshet/, icpc2: 'P06', icd10: 'F51.0' },
  {
    group: 'angst',
    pattern: /angstlidelse|generalisert angst|panikklidelse/,
    icpc2: 'P74',
    icd10: 'F41.9',
  },
  {
    group: 'kols',
    pattern:
      /kols[^.]{0,20}(?:forverring|eksaserbasjon)|(?:forverring|eksaserbasjon)[^.]{0,20}kols/,
    icpc2: 'R95',
    icd10: 'J44.1',
  },
  {
    group: 'kols',
    pattern: /(?<![a-z])kols(?![a-z])|kronisk obstruktiv lungesykdom/,
    icpc2: 'R95',
    icd10: 'J44.9',
  },
  { group: 'astma', pattern: /astma/, icpc2: 'R96', icd10: 'J45.9' },
  { group: 'pneumoni', pattern: /lungebetennelse|pneumoni/, icpc2: 'R81', icd10: 'J18.9' },
  { group: 'bronkitt', pattern: /akutt bronkitt|bronkitt/, icpc2: 'R78', icd10: 'J20.9' },
  { group: 'sinus', pattern: /bihulebetennelse|sinusitt/, icpc2: 'R75', icd10: 'J01.9' },
  { group: 'ore', pattern: /orebetennelse|otitt/, icpc2: 'H71', icd10: 'H66.9' },
  { group: 'luftvei', pattern: /forkjolelse|ovre luftveisinfeksjon/, icpc2: 'R74', icd10: 'J06.9' },
  { group: 'influensa', pattern: /influensa/, icpc2: 'R80', icd10: 'J11.1' },
  {
    group: 'diabetes',
    pattern: /diabetes type (?:2|to)|type (?:2|to)-diabetes|type (?:2|to) diabetes/,
    icpc2: 'T90',
    icd10: 'E11.9',
  },
  {
    group: 'diabetes',
    pattern: /diabetes type (?:1|en)|type (?:1|en)-diabetes|type (?:1|en) diabetes/,
    icpc2: 'T89',
    icd10: 'E10.9',
  },
  { group: 'migrene', pattern: /migrene/, icpc2: 'N89', icd10: 'G43.9' },
  { group: 'gastro', pattern: /gastroenteritt|omgangssyke/, icpc2: 'D73', icd10: 'A09.9' },
  { group: 'refluks', pattern: /refluks|halsbrann/, icpc2: 'D84', icd10: 'K21.9' },
  { group: 'hjertesvikt', pattern: /hjertesvikt/, icpc2: 'K77', icd10: 'I50.9' },
  { group: 'angina', pattern: /angina/, icpc2: 'K74', icd10: 'I20.9' },
  {
    group: 'kolesterol',
    pattern: /hoyt kolesterol|hyperkolesterolemi/,
    icpc2: 'T93',
    icd10: 'E78.0',
  },
  {
    group: 'osteoporose',
    pattern: /osteoporose|beinskjorhet|benskjorhet/,
    icpc2: 'L95',
    icd10: 'M81.9',
  },
  { group: 'gikt', pattern: /urinsyregikt|podagra/, icpc2: 'T92', icd10: 'M10.9' },
  {
    group: 'cellulitt',
    pattern: /cellulitt|erysipelas|(?<![a-z])rosen(?![a-z])/,
    icpc2: 'S76',
    icd10: 'L03.9',
  },
  { group: 'konjunktivitt', pattern: /konjunktivitt|oyekatarr/, icpc2: 'F70', icd10: 'H10.9' },
];
