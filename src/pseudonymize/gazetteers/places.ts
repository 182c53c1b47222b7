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
`;

/** Counties, countries and regions: not identifying on their own and never replaced. */
export const broadRegions = `
norge noreg sverige danmark finland island tyskland spania frankrike italia hellas tyrkia england storbritannia
polen litauen latvia estland russland ukraina usa amerika kina japan thailand syria somalia eritrea irak iran
afghanistan pakistan india europa afrika asia norden skandinavia vestlandet østlandet sørlandet nord-norge
trøndelag vestland rogaland agder viken innlandet vestfold telemark buskerud østfold akershus oppland hedmark
møre romsdal nordland troms finnmark hordaland sogn fjordane svalbard
`;
