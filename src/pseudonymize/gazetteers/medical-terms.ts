/**
 * Precision guard: capitalised words in clinical text that are not identifiers — drug names
 * (brand and generic, as Norwegian clinicians write them), eponyms of diseases, signs, tests and
 * scores, and common clinical abbreviations. Lower-case. A person or place rule never fires on
 * these unless the word was seeded as a known patient identifier.
 */
export const drugNames = `
pneumovax paracet paracetamol pamol panodil pinex ibux ibuprofen ibumetin ibuxin voltaren diklofenak naproxen naprosyn albyl albyl-e
aspirin acetylsalisylsyre levaxin euthyrox eltroxin levotiroksin tiroksin thyroxin liothyronin metformin glucophage januvia
jardiance forxiga ozempic wegovy victoza saxenda trulicity mounjaro lantus novorapid humalog insulatard toujeo tresiba
fiasp insulin eliquis apixaban xarelto rivaroksaban pradaxa dabigatran lixiana edoksaban marevan warfarin plavix
klopidogrel brilique ticagrelor selo-zok metoprolol bisoprolol emconcor atenolol propranolol inderal amlodipin norvasc
østradiol estradiol testosteron progesteron prolaktin kortisol
cozaar losartan atacand kandesartan diovan valsartan enalapril ramipril triatec lisinopril zestril furix furosemid
burinex bumetanid spironolakton spirix aldactone centyl bendroflumetiazid esidrex hydroklortiazid simvastatin zocor
atorvastatin lipitor rosuvastatin crestor ezetimib ezetrol digitoksin digoxin cordarone amiodaron multaq sotalol
nitroglyserin nitrolingual imdur isosorbid omeprazol losec nexium esomeprazol pantoprazol somac lansoprazol lanzo
ranitidin novaluzid samarin afipran metoklopramid zofran ondansetron imodium loperamid laxoberal movicol duphalac
laktulose microlax toilax cetirizin zyrtec aerius desloratadin loratadin clarityn telfast feksofenadin xyzal
levocetirizin phenergan vallergan atarax hydroksyzin prednisolon prednison medrol kortison solu-cortef solu-medrol
betnovat elocon mometason locoid hydrokortison dermovat flutide flutikason ventoline salbutamol airomir bricanyl
terbutalin symbicort seretide pulmicort budesonid spiriva tiotropium singulair montelukast atrovent relvar anoro trelegy
fenoksymetylpenicillin apocillin calcium-penicillin weifapenin penicillin amoksicillin imacillin amoxicillin selexid
pivmecillinam trimetoprim monotrim furadantin nitrofurantoin ciprofloxacin ciproxin doksycyklin doxylin vibramycin
klaritromycin klacid erytromycin ery-max abboticin azitromycin azitromax dalacin klindamycin dikloksacillin diclocil
flagyl metronidazol keflex kefleks cefaleksin cefalotin ceftriakson rocephalin gentamicin vankomycin meropenem tazocin
valtrex valaciklovir aciklovir zovirax tamiflu diflucan flukonazol canesten pevaryl lamisil terbinafin fucidin
bactroban sobril oksazepam stesolid diazepam valium vival xanor alprazolam rivotril klonazepam imovane zopiklon
stilnoct zolpidem apodorm mogadon nitrazepam melatonin circadin sertralin zoloft cipralex escitalopram citalopram
cipramil fontex fluoksetin prozac paroksetin seroxat venlafaksin efexor duloksetin cymbalta mirtazapin remeron
amitriptylin sarotex noritren bupropion wellbutrin lamotrigin lamictal lithium lithionit quetiapin seroquel olanzapin
zyprexa risperidon risperdal aripiprazol abilify haldol haloperidol truxal nozinan ritalin metylfenidat concerta
medikinet equasym elvanse vyvanse attentin strattera atomoksetin intuniv tramadol nobligan tramagetic paralgin kodein morfin dolcontin
oxynorm oxycontin oksykodon targiniq fentanyl durogesic buprenorfin norspan temgesic metadon naloxon nyxoid ketorax
pregabalin lyrica gabapentin neurontin sumatriptan imigran maxalt rizatriptan zomig relpax orgametril cerazette
microgynon loette yasmin diane mercilon marvelon nuvaring nexplanon jaydess kyleena mirena depo-provera postinor ellaone
ovesterol vagifem estrogel activelle trisekvens utrogestan progynova premarin cialis viagra sildenafil tadalafil
finasterid proscar avodart tamsulosin omnic detrusitol vesicare betmiga toviaz alendronat fosamax aclasta prolia
calcigran nycoplus benerva behepan folsyre duroferon niferex kaleorid zinkorot allopurinol zyloric colrefuz kolkisin
febuxostat metotreksat methotrexate plaquenil hydroksyklorokin salazopyrin sulfasalazin arava humira adalimumab
enbrel etanercept remicade infliximab simponi cimzia stelara cosentyx taltz dupixent xolair nucala fasenra azatioprin
imurel entocort asacol pentasa mezavant kreon creon ursofalk zytiga xtandi tamoxifen letrozol femar arimidex
anastrozol epipen jext adrenalin emerade glukagon glucagen vimovo arcoxia celebra toradol confortid indometacin
brexidol orudis ketoprofen zaldiar otrivin rhinox nasonex avamys flixonase livostin cetirizin-ratiopharm lergigan
cloxacillin emla xylocain lidokain marcain nurofen alvedon ventolin bricanyl-turbuhaler fluanxol trileptal tegretol
keppra levetiracetam valproat orfiril depakote topimax topiramat zonegran vimpat lacosamid sinemet madopar levodopa
entresto champix veklury paxlovid rybelsus leqvio repatha praluent nicorette xalatan trajenta moviprep campral lasix vicryl monocryl stratafix aquacel mepilex ethilon tenecteplase
metalyse actilyse alteplase kåvepenin propofol remifentanil sevofluran deksametason ropivakain mecillinam ampicillin
ciprofloksacin helicobacter klamydia mykoplasma streptokokker stafylokokker aricept donepezil ebixa memantin exelon rivastigmin fragmin klexane heparin dalteparin enoksaparin innohep
tinzaparin cyklokapron traneksamsyre octaplex konakion vitamin-k solvezink lyrica oxycodon paracetamol-ratiopharm
`;

/**
 * Genera of microbes, written with a capital before their species in laboratory answers
 * ("Streptococcus pyogenes gruppe A", "Escherichia coli"): never a person, place or organisation.
 */
export const microbeGenera = `
escherichia staphylococcus streptococcus enterococcus klebsiella pseudomonas candida clostridioides
clostridium campylobacter mycoplasma borrelia helicobacter giardia salmonella shigella listeria
legionella haemophilus neisseria chlamydia chlamydophila enterobacter proteus serratia bordetella
moraxella aspergillus trichomonas treponema mycobacterium toxoplasma yersinia acinetobacter
citrobacter stenotrophomonas cutibacterium propionibacterium gardnerella ureaplasma pneumocystis
cryptococcus trichophyton microsporum malassezia sarcoptes enterobius
`;

/**
 * English words of clinical protocols, scores and services that Norwegian notes write in title
 * case ("Sepsis Six", "Advanced Trauma Life Support", "Fast Track", "Stroke Unit"): no names here.
 */
export const englishClinicalWords = `
six life support track unit stroke trauma advanced basic early warning score sepsis fast care
team rapid response follow-up watchful waiting second opinion shared decision making supportive
resuscitate advance planning flags red timed up go discharge fit off-label
jump camel tuck
screen swallowing
`;

/**
 * Brands of medical devices, aids and care products that nursing and clinic notes name with a
 * capital ("Tena Pants Maxi", "Molift Smart 150", "Freestyle Libre"): never persons or places here.
 */
export const deviceBrands = `
tena abena attends id-expert libero molift liko arjo handicare invacare topro etac permobil rollator
mepilex allevyn aquacel tegaderm opsite duoderm biatain comfeel cavilon softform
aloe sudocrem decubal locobase canoderm apobase proshield medihoney inadine flamigel prontosan iodosorb sorbact
mepitel urgotul jelonet zetuvit tielle purilon askina kendall
freestyle libre dexcom omnipod accu-chek contour medtronic minimed tandem guardian medisafe
watchman
arctic
flex border thick easy
nutilis
conveen sensura dreamstation airsense lifepak aerochamber optichamber
`;

/** Eponyms of diseases, signs, tests, scores and anatomical structures: never persons here. */
export const eponyms = `
parkinson parkinsons alzheimer alzheimers bechterew bechterews crohn crohns hashimoto hashimotos addison addisons
cushing cushings asperger aspergers tourette tourettes huntington huntingtons hodgkin hodgkins kaposi raynaud
raynauds sjögren sjögrens wegener guillain barré barre bartholin bartholins barrett barretts behçet behcet buerger
burkitt charcot creutzfeldt quervain dupuytren dupuytrens epstein ewing fallot fallots hirschsprung horner kawasaki
klinefelter lyme marfan menière meniere ménière morton mortons osgood schlatter paget pagets peyronie pompe reiter
reye scheuermann tietze willebrand wernicke korsakoff zollinger ellison centor ottawa glasgow apgar babinski lasègue
lasegue lachman romberg mantoux heimlich valsalva trendelenburg mcburney rovsing kernig brudzinski phalen tinel
finkelstein holter doppler foley whipple billroth gram ziehl neelsen papanicolaou killip gleason breslow dukes
edinburgh mmse moca madrs braden barthel epworth rockwood mallory tanner salter colles galeazzi monteggia lisfranc
chopart maisonneuve achilles akilles eustachio pfannenstiel kocher virchow chiari broca purkinje langerhans schwann
cha2ds2-vasc has-bled wells perc nyha ecog tnm gcs news news2 qsofa sofa curb-65 crb-65 audit phq-9 gad-7 hads
down downs turner turners graves wilsons stills gilberts hoffmanns murphys spurling spurlings ortolani barlow lhermitte
lhermittes mcburney mcburneys lachmans trendelenburgs apley mcmurray thessaly phalens tinels durkan hawkins neer jobe
patrick faber schober
nottingham morison morisons
geneva hoehn yahr alvarado hallpike epley unterberger snellen ishihara hirschberg
zika coxsackie norwalk
outerbridge outerbridges schatzker gustilo kellgren ficat
gugging
`;

/**
 * Surnames and companies that also name a scale, a score or a device in clinical text ("MADRS,
 * Hamilton, Becks", "Braden, Norton, Morse", "Ann Arbor-stadium", "hjertestarter fra Zoll"): a
 * person only with a cue to one ("psykolog Hamilton", "dr. Clark", "Siri Conners").
 */
export const scaleSurnames = `
hamilton norton clark conners montgomery åsberg young morse beck becks ann arbor bayley griffiths
vineland denver philips zoll resmed weber adams murphy greulich pyle
`;

/**
 * Surnames that also name a test, a grid, a prosthesis, a drain or a classification ("Goldmann-
 * tonometri", "Amsler-kart", "Charnley-protese", "Redon-dren", "Beighton 6/9", "Humphrey 24-2").
 * Stricter than `scaleSurnames`: such a word is no person only in that term context (see
 * `scale-surnames.ts`); anywhere else the usual person rules apply ("Mason ringte", "Dr. Goldmann").
 */
export const termContextSurnames = `
amsler charnley goldmann beighton tscherne redon humphrey mason pauwels
`;

/**
 * Capitalised words that appear mid-sentence in Norwegian clinical text and are not names:
 * abbreviations, institutions of the state, weekdays and months written with capitals, units.
 */
export const clinicalCapitalisedWords = `
tsh t4 t3 crp hb hba1c ldl hdl egfr alat asat ggt alp ck inr pt apt bt ekg eeg emg ct mr mrt ul røntgen pet
lab labben sr esr sykmelding nav helfo felleskatalogen lmi ecdc fhi who rice ok ok-ish mm mhm aha eh ehm øh hmm
mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli august september oktober
november desember jul påske pinse fellesferien e-resept e-konsultasjon helsenorge kjernejournal altinn
pakkeforløp pakkeforløpet
måndag tysdag laurdag sundag bebuaren bebuarane brukaren brukarane tenestemottakaren
covid covid-19 corona influensa rs rsv hiv hpv hbv hcv mrsa esbl vre kols astma adhd add ptsd ocd
gud jesus herregud statsforvalteren statsforvaltaren fylkesmannen helsetilsynet pasientombudet helsedirektoratet
folkehelseinstituttet politiet barnevernet kommunen fastlegeordningen legemiddelverket trygderetten arbeidstilsynet
sykehusapotek sykehusapoteket sykehusapotekene ruspoliklinikk ruspoliklinikken pasientreiser servicetorget
instagram facebook snapchat tiktok youtube twitter messenger whatsapp vipps discord linkedin google netflix spotify
`;

/**
 * Nouns that follow an eponym in a disease, sign, test, score or fracture name ("Perthes sykdom",
 * "Bennetts fraktur", "Hoehn og Yahr stadium", "Lewy body-demens"): the capitalised word right
 * before one of them is the eponym, not a person. Also the last part of a hyphenated word.
 */
export const eponymHeadNouns = `
sykdom sykdommen sjukdom syndrom syndromet tegn tegnet test testen prøve prøven manøver manøveren
fraktur frakturen brudd cyste cysten kontraktur kontrakturen nevrom nevromet lymfom lymfomet sarkom
purpura tyreoiditt øsofagus divertikkel stadium stadie stadiet klassifikasjon klassifikasjonen klasse
skala skalaen skår skåre score scoren indeks indeksen kriterier kriteriene blokade blokaden regel
refleks refleksen fenomen fenomenet parese afasi encefalopati demens tetrade anomali misdannelse
lammelse ødem ødemet ulcus ulkus operasjon operasjonen prosedyre metode metoden manøvrer tumor svulst
celler cellene kurve kurven linje linjen punkt punktet kanal kanalen ligament ligamentet sene senen
knute knuter knutene kriterium ledd leddet hernie hernien arteritt kolitt artritt
lateraliserer lateralisert
body disease syndrome sign test score scale
`;

/**
 * Definite body-part nouns that end a capitalised compound which is anatomy, not a place
 * ("i Achillessenen", "i Håndleddet"): a word with one of these endings after "i"/"på" is no place.
 */
export const anatomicalHeadEndings = `
senen sena leddet kneet lysken skulderen skuldra albuen tommelen fingeren tarmen lungen lunga nyren
nyra leveren blæren muskelen muskulaturen nerven venen arterien knokkelen huden kjeven hælen låret
ankelen brusken menisken korsbåndet mellomgulvet bekkenet hoften hofta magen øret øyet
douglas douglasrommet
`;

/**
 * Makers of drugs and medical devices that notes name after "fra" ("uridom fra Coloplast",
 * "Accu-Chek fra Roche", "insulin fra Novo Nordisk"): a supplier, not a place. A workplace frame
 * still makes one a workplace ("jobber hos Coloplast"). Also the clinical systems a note is kept
 * or registered in ("kurven i Metavision", "registreres i Viedoc").
 */
export const medicalCompanies = `
coloplast zoll philips resmed medtronic abbott roche novo nordisk pfizer moderna sanofi bayer
astrazeneca gsk msd lilly baxter fresenius braun hollister dansac convatec mölnlycke molnlycke össur
ottobock oticon widex phonak invacare permobil
beurer bellman abilia safemate dolomite hill-rom fisher paykel getinge mindray masimo natus
interacoustics gambro stryker edwards signia resound cochlear med-el biodex
metavision viedoc dips checkware gerica infodoc pridok cosmic redcap medinet imdsoft
labweb physitrack aurical prismaflex picis carevue
`;
