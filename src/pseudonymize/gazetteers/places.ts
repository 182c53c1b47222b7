/**
 * Place names that the postal register (`postal-codes.ts`, which covers towns and
 * villages) does not list: city neighbourhoods, districts, landmarks and municipalities whose
 * post office has another name. Lower-case, space-separated; multi-word names use `_`.
 */
export const neighbourhoods = `
frogner majorstuen majorstua grünerløkka løkka sagene tøyen grønland gamle_oslo bjerke grorud stovner alna furuset
holmlia mortensrud bøler lambertseter nordstrand ullern vinderen røa holmenkollen torshov sinsen kampen vålerenga
helsfyr bryn økern bislett st._hanshaugen ullevål blindern skøyen bygdøy aker_brygge tjuvholmen bjørvika romsås ammerud
vestli ellingsrud lindeberg manglerud ryen oppsal hauketo prinsdal bogstad sognsvann kalbakken veitvet linderud nydalen
storo ila carl_berner hasle løren lodalen tåsen grefsen kjelsås marienlyst fagerborg homansbyen kværner hovseter
danmarksplass sandviken årstad fyllingsdalen laksevåg åsane fana ytrebygda arna loddefjord nordnes møhlenpris
nygårdshøyden landås minde paradis nesttun bryggen kronstad solheimsviken løvstakken haukeland eidsvåg tertnes kokstad
flesland sædalen hop rådal lagunen fjellsiden nygårdsparken wergeland kalfaret fjøsanger mathopen olsvik bønes
moholt byåsen lade tiller heimdal saupstad kolstad nardo lerkendal gløshaugen elgeseter singsaker øya bakklandet
møllenberg rosenborg lademoen ranheim charlottenlund ilsvika flatåsen sjetnemarka risvollan valentinlyst strindheim
jakobsli vikåsen brundalen kattem okstad tempe nyhavna solsiden ilsvikøra stavne sverresborg trolla
eiganes våland storhaug hillevåg hinna madla tasta hundvåg gausel jåttå forus kvernevik tjensvoll ullandhaug
sandnes sola randaberg
tromsøya kvaløya tomasjord kroken storsteinnes langnes breivika
vågsbygd randesund hellemyr kvadraturen posebyen lund grim tinnheia
gressvik lisleby gamlebyen kråkerøy isegran torp begby
aksla nørvasundet hessa spjelkavik moa larsgården hatlane
grønnåsen bodøsjøen rønvik mørkved
kalnes ahus rikshospitalet
gran_canaria las_palmas playa_del_inglés costa_del_sol costa_blanca new_york los_angeles san_francisco tel_aviv
kuala_lumpur buenos_aires rio_de_janeiro
`;

/**
 * Norwegian municipalities (2024), whose name is often no post office's ("Hvaler", "Ringsaker",
 * "Nordre Follo"). Left out: names that are ordinary words (Time, Strand, Lund, Sel, Vang, Heim,
 * Hole, Os, Bø, Nes, Vik, Stad, Kinn, Grane, Sande, Alver, Valle, Hå, Lom, Gran, Bokn, Fedje, Fjord).
 */
export const municipalities = `
halden moss sarpsborg fredrikstad hvaler råde våler skiptvet indre_østfold rakkestad marker aremark
bærum asker lillestrøm lørenskog nittedal gjerdrum ullensaker eidsvoll nannestad hurdal aurskog-høland rælingen
enebakk nordre_follo ås frogn nesodden vestby drammen kongsberg ringerike flå nesbyen gol hemsedal ål hol sigdal
krødsherad modum øvre_eiker lier flesberg rollag nore_og_uvdal kongsvinger hamar lillehammer gjøvik ringsaker løten
stange nord-odal sør-odal eidskog grue åsnes elverum trysil åmot stor-elvdal rendalen engerdal tolga tynset alvdal
folldal dovre lesja skjåk vågå nord-fron sør-fron ringebu øyer gausdal østre_toten vestre_toten søndre_land
nordre_land sør-aurdal etnedal nord-aurdal vestre_slidre øystre_slidre jevnaker lunner horten holmestrand tønsberg
sandefjord larvik færder porsgrunn skien notodden siljan bamble kragerø drangedal nome midt-telemark seljord hjartdal
tinn kviteseid nissedal fyresdal tokke vinje risør grimstad arendal kristiansand lindesnes farsund flekkefjord
gjerstad vegårshei tvedestrand froland lillesand birkenes åmli iveland evje_og_hornnes bygland bykle vennesla åseral
hægebostad kvinesdal sirdal lyngdal eigersund stavanger haugesund sokndal bjerkreim klepp gjesdal hjelmeland suldal
sauda kvitsøy tysvær karmøy utsira vindafjord etne sveio bømlo stord fitjar tysnes kvinnherad ullensvang eidfjord
ulvik voss kvam samnanger bjørnafjorden austevoll øygarden askøy vaksdal modalen osterøy austrheim masfjorden gulen
solund hyllestad høyanger sogndal aurland lærdal årdal luster askvoll fjaler sunnfjord bremanger gloppen stryn
kristiansund molde ålesund vanylven herøy ulstein hareid ørsta stranda sykkylven sula giske vestnes rauma aukra
averøy gjemnes tingvoll sunndal surnadal smøla aure volda hustadvika haram trondheim steinkjer namsos frøya osen
oppdal rennebu røros holtålen midtre_gauldal melhus skaun malvik selbu tydal meråker stjørdal frosta levanger verdal
snåsa lierne røyrvik namsskogan grong høylandet overhalla flatanger leka inderøy indre_fosen hitra ørland åfjord
orkland nærøysund rindal bodø narvik bindal sømna brønnøy vega vevelstad alstahaug leirfjord vefsn hattfjelldal
dønna nesna hemnes rana lurøy træna rødøy meløy gildeskål beiarn saltdal fauske sørfold steigen lødingen evenes
røst værøy flakstad vestvågøy vågan hadsel øksnes sortland andøy moskenes hamarøy tromsø harstad kvæfjord tjeldsund
ibestad gratangen lavangen bardu salangen målselv sørreisa dyrøy senja balsfjord karlsøy lyngen storfjord kåfjord
skjervøy nordreisa kvænangen alta hammerfest sør-varanger vardø vadsø hasvik måsøy nordkapp porsanger karasjok
lebesby gamvik berlevåg tana nesseby båtsfjord loppa kautokeino
`;

/** Counties, countries and regions: not identifying on their own and never replaced. */
export const broadRegions = `
norge noreg sverige danmark finland island tyskland spania frankrike italia hellas tyrkia england storbritannia
polen litauen latvia estland russland ukraina usa amerika kina japan thailand syria somalia eritrea irak iran
afghanistan pakistan india europa afrika asia norden skandinavia vestlandet østlandet sørlandet nord-norge
trøndelag vestland rogaland agder viken innlandet vestfold telemark buskerud østfold akershus oppland hedmark
møre romsdal nordland troms finnmark hordaland sogn fjordane svalbard
romania bulgaria ungarn tsjekkia slovakia kroatia serbia bosnia montenegro albania kosovo makedonia slovenia
østerrike sveits belgia nederland irland skottland wales portugal kypros hviterussland moldova armenia
aserbajdsjan kasakhstan usbekistan libanon palestina egypt libya tunisia marokko algerie sudan etiopia
kenya uganda tanzania rwanda kongo nigeria ghana gambia senegal kamerun liberia zimbabwe mosambik angola
jemen saudi-arabia oman qatar kuwait bangladesh nepal myanmar burma vietnam filippinene indonesia malaysia
singapore kambodsja laos mongolia korea sør-korea taiwan australia canada mexico brasil argentina chile
peru colombia venezuela ecuador bolivia cuba kurdistan tsjetsjenia færøyene
syden utlandet midtøsten vesten østen nord-afrika øst-europa sør-europa kanariøyene nord-europa mellom-amerika
sør-amerika nord-amerika sørøst-asia baltikum karibia middelhavet middelhavsområdet alpene
atlanterhavet stillehavet nordsjøen østersjøen
`;
