/**
 * Words for relatives and other people close to the patient (bokmål, nynorsk and dialect, lower
 * case): the one list the verifier reads a relative's illness by and the built-in engine keeps a
 * relative's illness out of the patient's reason for contact by (`relative-subject.ts`).
 */
export const relativeNouns: ReadonlySet<string> = new Set(
  `mor moren mora mammaen mamma far faren fars mors pappa pappaen bror broren bror'n brødre brødrene
  søster søstera søsteren søstre søstrene storebror storebroren lillebror lillebroren storesøster
  storesøstera storesøsteren lillesøster lillesøstera lillesøsteren datter datteren dattera dotter
  dottera døtre sønn sønnen sønner sønnene kone kona konen ektemann ektemannen ektefelle ektefellen
  mannen samboer samboeren kjæreste kjæresten bestemor bestemora bestemoren bestefar bestefaren
  farmor farmora farfar farfaren mormor mormora morfar morfaren besteforeldre besteforeldrene onkel
  onkelen tante tanta tanten fetter fetteren kusine kusina kusinen familien familie familiær
  familiært foreldre foreldrene søsken søsknene venn vennen venninne venninna venninnen kollega
  kollegaen kolleger nabo naboen romkamerat romkameraten svigermor svigerfar oldemor oldefar
  slektninger slekt syster systera bror'n onkelen brorn
  sambuar sambuaren sambuarn samboern sambo samboen kjærast kjærasten son sonen sønn'n dotra dottra
  dattra mor'n far'n farn morn mammaen pappan mamman kjerringa gubben ektemake ektemaken kone'n
  svigerinne svigerinna svigerinnen svoger svogeren nevø nevøen niese niesen barnebarn barnebarnet
  stefar stefaren stemor stemora halvbror halvbroren halvsøster halvsøstera tvillingbror
  tvillingbroren tvillingsøster tvillingsøstera fostermor fosterfar svigersønn svigerdatter
  svigermora svigerfaren besta bestaen bestemora oldemora syskjen syskena systra søstra veslebror
  veslesøster kompis kompisen eksmannen ekskona ektefellen venninna kollegaen naboen kjærsten
  kjærrsten kjerrsten kjærastan samboar samboaren sambuarn morbror morbroren farbror farbroren
  moster mostera mosteren fastera fasteren søskenbarn søskenbarnet tremenning stebror stesøster
  storesyster storesystera storesystra veslesyster veslesystera lillesyster lillesystera storebror'n
  storebroren veslebroren lillebror'n kamerat kameraten svigerdatteren svigerdattera svigersønnen
  svigermoren`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** The gender a kinship word names. */
export type RelativeGender = 'female' | 'male';

/** Kinship words for women (bokmål, nynorsk, lower case, unfolded). */
const femaleRelativeWords = `mor mora moren mamma svigermor svigermora bestemor mormor farmor søster
  syster søstera systera datter dotter dattera dottera kona kone tante jenta jenten`;

/** Kinship words for men (bokmål, nynorsk, lower case, unfolded). */
const maleRelativeWords = `far faren pappa svigerfar svigerfaren bestefar morfar farfar bror broren brorn
  sønn sønnen son sonen mannen mann onkel onkelen gutten guten`;

/**
 * The gender of a kinship word (lower case, unfolded): "mor mi" is a woman, "svigerfar" a man.
 * The verifier reads a later "han"/"ho" as the relative's only when the gender fits.
 */
export const relativeGenders: ReadonlyMap<string, RelativeGender> = new Map([
  ...femaleRelativeWords.split(/\s+/).map((word) => [word, 'female'] as const),
  ...maleRelativeWords.split(/\s+/).map((word) => [word, 'male'] as const),
]);
