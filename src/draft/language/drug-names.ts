import { createWordMemo } from '../../language/index.js';
import { fold } from './fold.js';

/*
 * Drugs commonly prescribed in Norway: one line per substance, generic name (Norwegian spelling)
 * first, then trade names and spelling variants, separated by "|". Curated by hand from the
 * Norwegian prescription statistics (Reseptregisteret top lists) and Felleskatalogen names; no
 * npm package carries a Norwegian drug list. Used to find drug names in drafted sentences and in
 * transcripts; a trade name and its substance count as the same drug (Marevan = warfarin).
 */
const drugTable = `
paracetamol|paracet|pinex|panodil|pamol|paracetduo|perfalgan|paracetamol orifarm
paracetamol+kodein|paralgin forte|pinex forte|paracet comp|altermol|kodein|kodimagnyl
ibuprofen|ibux|ibumetin|ibuprofen|brufen|nurofen|ibuxin
naproksen|naproxen|napren|pronaxen|naprosyn|alpoxen
diklofenak|voltaren|diclofenac|cataflam|modifenac|arthrotec
ketoprofen|orudis
celecoksib|celebra|celecoxib
etorikoksib|arcoxia
acetylsalisylsyre|albyl-e|albyl|dispril|aspirin|globoid|magnyl|acetylsalisylsyre
tramadol|nobligan|tradolan|tramagetic
oksykodon|oxynorm|oxycontin|oxycodone|oksykodon|targiniq|oxycodon
morfin|dolcontin|morphine|malfin|oramorph
buprenorfin|norspan|temgesic|subutex|suboxone|buvidal
fentanyl|durogesic|instanyl|abstral
tapentadol|palexia
metadon|metadon
fenoksymetylpenicillin|apocillin|weifapenin|penicillin|kåvepenin|calcium-penicillin|fenoksymetylpenicillinkalium
benzylpenicillin|penicillin g
amoksicillin|imacillin|amoxicillin|amoxicilin
amoksicillin+klavulansyre|augmentin|amoxicillin/clavulanic acid
pivmecillinam|selexid|penomax
mecillinam|selexid injeksjon
dikloksacillin|diclocil|dicillin
kloksacillin|ekvacillin
flukloksacillin|floxapen
doksysyklin|doxylin|doxycyclin|vibramycin|doksycyklin|doxyferm|doxycyklin|doksysyklin
lymesyklin|tetralysal
isotretinoin|roaccutan|isotretinoin orifarm|isotretinoin actavis
azelainsyre|finacea|skinoren
adapalen|differin|epiduo
benzoylperoksid|basiron|brevoxyl
tetrasyklin|tetracyclin
erytromycin|ery-max|abboticin|erythromycin
klaritromycin|klacid|clarithromycin
azitromycin|azithromycin|zithromax
trimetoprim|monotrim|trimetoprim
sulfametoksazol+trimetoprim|bactrim|eusaprim|trimetoprim-sulfa
nitrofurantoin|furadantin
metenamin|hiprex
ciprofloksacin|ciproxin|ciprofloxacin
levofloksacin|tavanic|levofloxacin
moksifloksacin|avelox|moxifloxacin
klindamycin|dalacin|clindamycin
metronidazol|flagyl|metronidazole|zidoval|rozex
cefaleksin|keflex|cefalexin
cefuroksim|zinacef|zinnat|cefuroxim
ceftriakson|rocephalin|ceftriaxon
piperacillin+tazobaktam|tazocin|piperacillin/tazobactam
cefotaksim|claforan
gentamicin|gensumycin|gentamicin
vankomycin|vancomycin
fusidinsyre|fucidin|fucithalmic
mupirocin|bactroban
rifampicin|rimactan
kloramfenikol|kloramfenikol|chloramphenicol
aciklovir|zovirax|aciclovir
valaciklovir|valtrex|valaciclovir
oseltamivir|tamiflu
flukonazol|diflucan|fluconazol
terbinafin|lamisil
mikonazol|daktarin|brentacort|daktar|daktacort
klotrimazol|canesten|canesten
ekonazol|pevaryl
nystatin|mycostatin
apixaban|eliquis
rivaroksaban|xarelto|rivaroxaban
dabigatran|pradaxa
edoksaban|lixiana|edoxaban
warfarin|marevan
klopidogrel|plavix|clopidogrel
tikagrelor|brilique
prasugrel|efient
dalteparin|fragmin
enoksaparin|klexane|inhixa|enoxaparin
tinzaparin|innohep
metoprolol|selo-zok|selozok|seloken|metoprolol
bisoprolol|emconcor|bisoprolol
atenolol|tenormin
karvedilol|carvedilol|kredex
propranolol|pranolol|inderal|hemangiol
sotalol|sotacor
amlodipin|norvasc|amlodipine|amlodipin
nifedipin|adalat|nifedipine
lerkanidipin|zanidip|lercanidipin
felodipin|plendil
diltiazem|cardizem
verapamil|isoptin
ramipril|triatec
enalapril|renitec
lisinopril|zestril
kaptopril|captopril
losartan|cozaar|losartan
losartan+hydroklortiazid|cozaar comp
valsartan|diovan
kandesartan|atacand|candesartan
kandesartan+hydroklortiazid|atacand plus
irbesartan|aprovel
telmisartan|micardis
hydroklortiazid|esidrex
bendroflumetiazid|centyl
klortalidon|hygroton
furosemid|furix|lasix|furosemide
bumetanid|burinex
torasemid|torem
spironolakton|spirix|aldactone|spironolactone
eplerenon|inspra
sakubitril+valsartan|entresto
digoksin|lanoxin|digoxin
digitoksin|digitoxin
amiodaron|cordarone
dronedaron|multaq
flekainid|tambocor
nitroglyserin|nitroglycerin|glytrin|nitrolingual|nitromex
isosorbidmononitrat|imdur|ismo|monoket
ranolazin|ranexa
atorvastatin|lipitor|atorvastatin
simvastatin|zocor|simvastatin
rosuvastatin|crestor
pravastatin|pravachol
ezetimib|ezetrol|ezetimibe
ezetimib+simvastatin|inegy
metformin|glucophage|metformin
sitagliptin|januvia
sitagliptin+metformin|janumet
linagliptin|trajenta
empagliflozin|jardiance
dapagliflozin|forxiga
semaglutid|ozempic|wegovy|rybelsus
liraglutid|victoza|saxenda
dulaglutid|trulicity
tirzepatid|mounjaro
insulin glargin|lantus|toujeo|abasaglar|semglee
insulin aspart|novorapid|fiasp
insulin lispro|humalog|lyumjev
insulin detemir|levemir
insulin degludek|tresiba
humant insulin|insulatard|actrapid|humulin|mixtard
insulin|insulin
glimepirid|amaryl
gliklazid|diamicron
glipizid|mindiab
levotyroksin|levaxin|euthyrox|eutyrox|levotiroksin|levothyroxine|tyroksin|thyroxin
liotyronin|liothyronin
tiamazol|thacapzol
karbimazol|neo-mercazole
salbutamol|ventoline|airomir|buventol|salbutamol
terbutalin|bricanyl
formoterol|oxis|formoterol
salmeterol|serevent
budesonid|pulmicort|rhinocort|entocort|budesonide
budesonid+formoterol|symbicort|bufomix|duoresp
flutikason|flutide|flixotide|avamys|flixonase|fluticasone
flutikason+salmeterol|seretide|salmeterol/fluticasone
flutikason+vilanterol|relvar
flutikason+umeklidinium+vilanterol|trelegy
beklometason|beclomet|qvar|inuvair|trimbow
mometason|nasonex|elocon|mometasone
tiotropium|spiriva|braltus
umeklidinium|incruse
umeklidinium+vilanterol|anoro
glykopyrronium|seebri
indakaterol|onbrez|ultibro
ipratropium|atrovent
montelukast|singulair|montelukast
roflumilast|daxas
teofyllin|theo-dur
acetylcystein|mucomyst
prednisolon|prednisolon|prednisolone
prednison|prednison
deksametason|dexametason|decadron|dexamethasone
metylprednisolon|medrol|solu-medrol|depo-medrol
hydrokortison|hydrokortison|hydrocortison|mildison|locoid|solu-cortef|hydrocortone
betametason|betnovat|diprosalic|celeston|betapred|daivobet
klobetasol|dermovat|clobetasol
triamcinolon|kenacort|lederspan
cetirizin|zyrtec|cetirizin|cetirizine|reactine
levocetirizin|xyzal
loratadin|clarityn|loratadine
desloratadin|aerius|desloratadine
feksofenadin|telfast
ebastin|kestine
bilastin|zilas
hydroksyzin|atarax
prometazin|phenergan
klemastin|tavegyl
adrenalin|epipen|jext|emerade|adrenalin|epinefrin
omeprazol|losec|omeprazol|omeprazole|omestad
esomeprazol|nexium|esomeprazole
pantoprazol|somac|pantoprazol|pantoloc
lansoprazol|lanzo
famotidin|famotidin
alginat|gaviscon|galieve
antacida|novaluzid|balancid
makrogol|movicol|laxabon|moxalole|macrogol|forlax
laktulose|duphalac|lactulose
natriumpikosulfat|laxoberal|picolax|dulcolax pico
bisakodyl|dulcolax|toilax
laktitol|importal
loperamid|imodium|loperamide
metoklopramid|afipran
ondansetron|zofran
meklizin|postafen
domperidon|motilium
mesalazin|asacol|pentasa|mezavant|salofalk
sulfasalazin|salazopyrin
sertralin|zoloft|sertralin|sertraline
escitalopram|cipralex|escitalopram
citalopram|cipramil|citalopram
fluoksetin|fontex|fluoxetin|fluoxetine
paroksetin|seroxat|paroxetin
venlafaksin|efexor|venlafaxin
duloksetin|cymbalta|duloxetin
mirtazapin|remeron|mirtazapine
bupropion|wellbutrin|zyban
vortioksetin|brintellix
agomelatin|valdoxan
amitriptylin|sarotex|amitriptyline
nortriptylin|noritren
klomipramin|anafranil
trazodon|trazodone
litium|lithionit|litiumkarbonat
lamotrigin|lamictal|lamotrigine
valproat|orfiril|depakote|valproinsyre
karbamazepin|tegretol|trileptal
levetiracetam|keppra
gabapentin|neurontin
pregabalin|lyrica
topiramat|topimax
kvetiapin|seroquel|quetiapin|quetiapine
olanzapin|zyprexa
aripiprazol|abilify
risperidon|risperdal
haloperidol|haldol
klorprotiksen|truxal
levomepromazin|nozinan
klozapin|leponex
diazepam|valium|stesolid|vival
oksazepam|sobril|oxazepam
alprazolam|xanor
klonazepam|rivotril
zopiklon|imovane|zopiclone
zolpidem|stilnoct
nitrazepam|mogadon
melatonin|circadin|melatonin|slenyto
propiomazin|propavan
metylfenidat|ritalin|concerta|medikinet|equasym
lisdeksamfetamin|elvanse
deksamfetamin|attentin
atomoksetin|strattera
donepezil|aricept
memantin|ebixa
levodopa|madopar|sinemet|stalevo
pramipeksol|sifrol
ropinirol|requip|adartrel
sumatriptan|imigran
rizatriptan|maxalt
zolmitriptan|zomig
eletriptan|relpax
naltrekson|naltrexon
nalokson|nyxoid|naloxon
vareniklin|champix
nikotin|nicorette|nicotinell
tamsulosin|omnic|tamsulosin
alfuzosin|xatral
finasterid|proscar
dutasterid|avodart
solifenacin|vesicare
mirabegron|betmiga
tolterodin|detrusitol
sildenafil|viagra
tadalafil|cialis
østradiol|estradot|vagifem|progynova|estrogel|vagidonna|estradiol
estriol|ovesterin
levonorgestrel|mirena|jaydess|kyleena|postinor|norlevo
etinyløstradiol+levonorgestrel|microgynon|loette|oralcon|rigevidon
desogestrel|cerazette|desogestrel
etonogestrel|nexplanon|nuvaring
drospirenon|yasmin|slinda|yaz
medroksyprogesteron|depo-provera|provera
noretisteron|primolut-n
testosteron|nebido|testogel|tostrex
ulipristal|ellaone
klomifen|pergotime
alendronat|fosamax|alendronat|alendronate
zoledronsyre|aclasta|zometa
denosumab|prolia|xgeva
kalsium+vitamin d|calcigran|calcigran forte|nycoplus calcigran
kolekalsiferol|nycoplus d-vitamin|d-vitamin|divisun
metotreksat|methotrexate|metex|metoject
hydroksyklorokin|plaquenil
allopurinol|zyloric|allopurinol
kolkisin|colchicine
febuksostat|adenuric
jern|niferex|duroferon|ferromax|monofer|ferinject
traneksamsyre|cyklokapron|tranexamsyre
cyanokobalamin|behepan|b12-vitamin|vitamin b12
folsyre|folsyre
kaliumklorid|kaliumklorid|kajos
latanoprost|xalatan|monoprost
timolol|timosan|timolol
fusidinsyre+hydrokortison|fucidin-hydrocortison
hydrokortison+oksytetrasyklin|terra-cortril
klorheksidin|brulidine|corsodyl|hibiscrub
lidokain|xylocain|emla|xylocaine
etanercept|enbrel|benepali
adalimumab|humira|amgevita|hyrimoz
infliximab|remicade|remsima
cinakalset|mimpara|cinacalcet
alfakalsidol|etalpha|alfacalcidol
darbepoetin|aranesp
epoetin|eprex|neorecormon|binocrit|retacrit
midazolam|buccolam|dormicum|epistatus
acetazolamid|diamox|acetazolamide
pilokarpin|pilocarpin|pilokarpindråper
tamoksifen|tamoxifen|nolvadex
takrolimus|protopic|prograf|advagraf|tacrolimus
pimekrolimus|elidel
dupilumab|dupixent
tiamin|thiamin|thiamine|vitamin b1|b1-vitamin
natriumfosfat|phosphate-sandoz|phosphate sandoz
`;

/** One substance and the names it goes by. */
export interface DrugEntry {
  readonly substance: string;
  readonly names: readonly string[];
}

export const drugEntries: readonly DrugEntry[] = drugTable
  .trim()
  .split('\n')
  .map((line) => {
    const names = line.split('|').map((name) => name.trim().toLowerCase());
    return {
      substance: names[0] ?? '',
      names: [...new Set(names.filter((name) => !name.includes('+')))],
    };
  });

/** Folded name → substance. Multi-word names are keyed by their full folded text. */
function buildNameIndex(entries: readonly DrugEntry[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of entries)
    for (const name of entry.names) index.set(fold(name), entry.substance);
  return index;
}

const nameIndex = buildNameIndex(drugEntries);
const maxWordsInName = Math.max(...[...nameIndex.keys()].map((name) => name.split(' ').length));
/** First words of multi-word names ("paralgin" of "paralgin forte"); only these start a longer lookup. */
const multiWordStarts = new Set(
  [...nameIndex.keys()]
    .filter((name) => name.includes(' '))
    .map((name) => name.split(' ')[0] ?? ''),
);

/** A drug name found in text. */
export interface DrugMention {
  /** The substance it names (warfarin for "Marevan"). */
  readonly substance: string;
  readonly start: number;
  readonly end: number;
}

const inflectionEndings = ['', 'en', 'et', 'a', 'ene', 'er', 's', 'ens', 'ets'];

/*
 * Words already looked up (pure: the same word always names the same drug or none). Bounded, so a
 * long-running server keeps vocabulary, never whole conversations.
 */
const lookupMemo = createWordMemo<string | null>(50_000);

function lookup(folded: string): string | undefined {
  if (folded.length < 3 || /^\d/.test(folded)) return undefined;
  const known = lookupMemo.get(folded);
  if (known !== undefined) return known ?? undefined;
  // "Nitroglyserin-spray", "Ventoline-inhalator": the name before the hyphen.
  const hyphen = folded.indexOf('-');
  const found =
    lookupWhole(folded) ??
    (hyphen >= 3 ? lookupWhole(folded.slice(0, hyphen)) : undefined) ??
    lookupCompound(folded);
  lookupMemo.set(folded, found ?? null);
  return found;
}

/** Last parts of a compound that only say how a drug is used ("warfarinbehandling", "penicillinkur"). */
const compoundTail =
  /(?:behandlingen|behandling|bruken|bruk|kuren|kur|dosen|dosene|doser|dose|resepten|resept|tabletter|tablettene|tablett|miksturen|mikstur|sprayen|spray|plaster|stikkpiller|stikkpille)$/u;

function lookupCompound(folded: string): string | undefined {
  const tail = compoundTail.exec(folded);
  if (tail === null) return undefined;
  const head = folded.slice(0, tail.index);
  return head.length >= 4 ? lookupWhole(head) : undefined;
}

function lookupWhole(folded: string): string | undefined {
  for (const ending of inflectionEndings) {
    if (ending.length > 0 && !folded.endsWith(ending)) continue;
    const base = folded.slice(0, folded.length - ending.length);
    const substance = nameIndex.get(base);
    if (substance !== undefined) return substance;
  }
  return undefined;
}

/** What {@link findDrugMentions} reads of one folded word on its own. */
export interface DrugWord {
  /** The first word of a name of several words ("paralgin" of "paralgin forte"). */
  readonly startsLongerName: boolean;
  /** The substance the word names by itself, if any. */
  readonly substance: string | undefined;
}

/** {@link DrugWord} of a folded word, for a caller that keeps its own record per distinct word. */
export function toDrugWord(folded: string): DrugWord {
  return { startsLongerName: multiWordStarts.has(folded), substance: lookup(folded) };
}

/**
 * Drug names in a text (trade or generic, also inflected: "Marevanen", "paracetet"), longest
 * name first. "Paracet" in a sentence that says "paracetamol" is one mention of paracetamol.
 * `words`, when given, holds each token's {@link toDrugWord} (read once per distinct word).
 */
export function findDrugMentions(
  tokens: readonly { folded: string; start: number; end: number }[],
  words?: readonly DrugWord[],
): DrugMention[] {
  const mentions: DrugMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    const word = words?.[index];
    // Most words start no longer name: one lookup, no window.
    if (word === undefined ? !multiWordStarts.has(token.folded) : !word.startsLongerName) {
      const substance = word === undefined ? lookup(token.folded) : word.substance;
      if (substance !== undefined) mentions.push({ substance, start: token.start, end: token.end });
      continue;
    }
    for (let length = Math.min(maxWordsInName, tokens.length - index); length >= 1; length -= 1) {
      const window = tokens.slice(index, index + length);
      const substance = lookup(window.map((token) => token.folded).join(' '));
      const first = window[0];
      const last = window[window.length - 1];
      if (substance !== undefined && first !== undefined && last !== undefined) {
        mentions.push({ substance, start: first.start, end: last.end });
        index += length - 1;
        break;
      }
    }
  }
  return mentions;
}

/** True for a word that names a drug. */
export function isDrugName(word: string): boolean {
  return lookup(fold(word)) !== undefined;
}
