/**
 * Words that make a preceding (or following) proper name an institution or workplace, and named
 * health institutions that do not follow that pattern. Lower-case.
 */

/** Head words written after the name: "Fjellsiden legesenter", "Sunnmøre sjukehus". */
export const institutionHeadWords = `
legesenter legesenteret legesentret legekontor legekontoret legevakt legevakta legevakten legegruppe legegruppen
sykehus sykehuset sjukehus sjukehuset universitetssykehus universitetssjukehus sentralsykehus sentralsjukehus
sykehjem sykehjemmet sjukeheim sjukeheimen omsorgssenter omsorgssenteret bo-_og_omsorgssenter helsesenter helsesenteret
helsestasjon helsestasjonen helsehus helsehuset distriktspsykiatrisk dps klinikk klinikken tannklinikk tannklinikken
tannlegekontor apotek apoteket fysioterapi fysioterapeut fysioterapeuter fysikalske fysioterapiinstitutt kiropraktor
hospital hospitalet hospice rehabiliteringssenter rehabilitering opptreningssenter
skole skolen barneskole barneskolen ungdomsskole ungdomsskolen videregående fagskole fagskolen folkehøgskole
høgskole høgskolen høyskole universitet universitetet barnehage barnehagen sfo
regnskap elektro bygg rør transport eiendom bakeri bakeriet kafé kafe restaurant hotell verksted frisør entreprenør
maskin auto bil data consult consulting invest holding handel service services gruppen gruppe as asa ans da sa
idrettslag il fotballklubb fk sportsklubb skolekorps menighet kirke kommune kommunes hospice dagligvare verft verftet
parkering katedralskole lungesykehus fotklinikk poliklinikk hk bil-_og_karosseri byggservice entreprenør rørlegger
servicesenter servicesenteret behandlingssenter behandlingssenteret institutt instituttet omsorgssenter
helsehus helsehuset legesenter legesenteret
dagsenter dagsenteret aktivitetssenter aktivitetssenteret bofellesskap bofellesskapet arbeidssenter
klubb klubben skiklubb skiklubben idrettsklubb turlag turlaget laboratorium laboratoriet
iks kf hf nuf sk if bk omsorgsbolig omsorgsboliger omsorgsboligene fysio
vgs videregåande helsetun helsetunet svømmeklubb svømmeklubben håndballklubb håndballklubben ballklubb
turnforening turnforeningen kirka kyrkje kyrkja domkirke ambulansestasjon ambulansestasjonen
turistforening turistforeningen taxi drosje
hjemmetjeneste hjemmetjenesten hjemmesykepleie hjemmesykepleien
heimeteneste heimetenesta heimesjukepleie heimesjukepleia heimesjukepleien fitness
skule skulen barneskule barneskulen ungdomsskule ungdomsskulen
oppvekstsenter oppvekstsenteret fengsel fengselet kino skytterlag skytterlaget skyttarlag skyttarlaget
krisesenter krisesenteret asylmottak asylmottaket kulturskole kulturskolen kulturskule sanitetsforening
folkehøgskule sanitetslag skulekorps kraftlag rådhus
vidaregåande pensjonistforening pensjonistforeninga pensjonistforeningen speidergruppe speidergruppa speidergruppen
bufellesskap bufellesskapet gymnas gymnaset politidistrikt politidistriktet politistasjon politistasjonen
lensmannsdistrikt lensmannsdistriktet lensmannskontor lensmannskontoret
school club academy
pinsemenighet pinsemenigheten kyrkjelyd kyrkjelyden voksenopplæring voksenopplæringen vaksenopplæring vaksenopplæringa
helsesportssenter helsesportssenteret helsesportsenter helsesportsenteret sjukestugu sjukestue sykestue
havbruk oppdrett fiskeoppdrett slakteri meieri meieriet
`;

/** Head words written before the name: "Sykehuset Innlandet", "Helse Bergen", "Bakeriet Solrenning". */
export const institutionLeadWords = `
sykehuset sjukehuset helse klinikk klinikken bakeriet bakeri kafé kafe café restaurant hotell hotel apotek1 apotek
frisør legesenteret legekontoret senter firma bedriften barnehagen skolen universitetet salong pizzeria bistro
kiosk butikk verksted studio
il if sk bk fk
rema kiwi meny coop spar joker bunnpris europris elkjøp xxl esso circle shell
sats elixia evo friskis kirkens
espira kanvas norlandia læringsverkstedet spenst
`;

/** Chain brands whose shop names hold a number: "Rema 1000 Lade", "Meny 7 Sandvika". */
export const numberedBrands = `
rema kiwi meny coop spar joker bunnpris extra prix circle esso shell hotell hotel apotek
`;

/** Compound suffixes of one-word company or institution names: "Sunnmørsbygg", "Fjordelektro". */
export const institutionSuffixes = `
bygg elektro regnskap transport eiendom senteret klinikken skolen sykehjem heimen hjemmet bakeri bakeriet
apotek apoteket rør maskin consult data media gruppen sykehuset sjukehuset hospitalet tjenesten sentralen
klinikk sykehus sjukehus barnehage barnehagen skiklubb idrettslag taxi drosje
`;

/** Named health institutions and services written without a head word. Multi-word with `_`. */
export const namedInstitutions = `
haukeland rikshospitalet ullevål radiumhospitalet ahus a-hus sunnaas diakonhjemmet lovisenberg haraldsplass
st._olavs st._olav st._olavs_hospital kalnes unn ous sus helse_bergen helse_stavanger helse_fonna helse_førde
helse_møre_og_romsdal helse_nord-trøndelag helse_sør-øst helse_vest helse_midt-norge helse_nord vestre_viken
sykehuspartner finnmarkssykehuset nordlandssykehuset helgelandssykehuset sørlandet_sykehus sykehuset_innlandet
sykehuset_østfold sykehuset_telemark sykehuset_i_vestfold oslo_universitetssykehus akershus_universitetssykehus

`;
