/**
 * Common Norwegian family names: the -sen patronymics, farm names (Hatlestad, Brekke, Mæland …)
 * and frequent immigrant surnames. Lower-case. Many are also ordinary words or places (Strand, Vik,
 * Berg); the lexicon marks those so a rule can demand a stronger context for them.
 */
export const surnames = `
hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen karlsen johnsen pettersen eriksen berg haugen
eng bråten heggen rud
hagen johannessen andreassen jacobsen jakobsen dahl jørgensen halvorsen henriksen lund sørensen moen gundersen iversen
strand solberg svendsen eide knutsen martinsen paulsen bakken kristoffersen mathisen lie amundsen nguyen rasmussen ali
lunde solheim berge moe nygård nygaard bakke kristensen fredriksen holm lien hauge christensen andresen nielsen knudsen
evensen sæther aas myhre hanssen ahmed haugland thomassen sivertsen simonsen danielsen berntsen sandvik rønning arnesen
antonsen næss vik haug ellingsen thorsen edvardsen birkeland isaksen gulbrandsen ruud aasen strøm myklebust tangen
ødegård ødegaard eliassen helland bøe jenssen aune mikkelsen tveit brekke abrahamsen madsen ludvigsen hovland mæland
hatlestad nordvik lyngstad tjelta eriksrud sætre grøtting aamodt vatne hovden fosse fossum haugan hoel holmen hustad
kvamme lindberg løken nesse nordby nordli ottesen rønneberg rustad sand sandberg skogen skjelbred stene sunde syversen
tveiten ulvestad vestby wold øien aarseth bjørnstad brattli dale eggen engen fjeld gjerde grande hammer heggelund
holter husby hellesøy kleppe kolstad langeland lillevik lyse moldestad myrvang nesheim opsahl ramberg rød rørvik
sletten steen thorvaldsen tjønn torgersen vold våge wiik østby øverland åsheim aarnes aasheim bekkevold bjerke
bjerkestrand bjørge bjørkli bratberg brenna bru brudevold bryn dahle drange egeland eikeland eikrem eilertsen einarsen
ekeberg ellefsen engebretsen engelsen ellingsæter falch fagerli fjeldstad flaten fredheim furre gabrielsen gjertsen
grimstad grønli grønvold gundersen halle halse hammerstad haraldsen hareide hatle haugsnes hegdal heggem helgesen
helle hetland hjelle hognestad holmberg holt hovde hunstad høyland indrebø jacobsen johannesen justad kalvø karlstad
kirkeby kjos kleiven klungland knudsen kolle korsvold kvale kvalheim kvalvik lae lange langseth lervik lid lilleby
lindahl listhaug loe losnegård lunder løvås malmedal markussen mathiassen meland midtbø mjelde mo moldskred mortensen
myrseth mørk netland nordbø nordstrand norheim nyberg nygaard nymoen nærø oddsen olaussen olsrud omdal opheim osland
otterstad paulsrud pettersson rasch reinertsen riise rismyhr ronæs rosland rossebø rundhaug rygg røed sagen samuelsen
sandnes saltnes sande sandvoll seim selvik sivertsen skaar skar skare skjæveland skogstad skjerve skorpen skretting
slettebø solvang sortland steinsland stensrud stokke storli stub sundby sunde svela sveen sæle sætre sørli tande
teigen thune tollefsen torsvik tronstad tufte tvedt tønnesen ueland ulstein utne vang vangen vassbotn vatland vestre
vike vikse viken vollan voll wang wessel westby åkre åmodt åsen øvrebø østli strøm-olsen rahimi khan hussain
ahmadi mohammadi hosseini karimi rezaei yilmaz kaya demir nowak kowalski wiśniewski kowalczyk kaminski lewandowski
zielinski andersson johansson karlsson svensson gustafsson petrovic jovanovic hodzic begic omerovic tran pham le
halvorsrud hatlebakk nordgård nordgaard rønning-haug haugstad bergersen bergheim bjørnå brattås egeberg eggum fossen
gravdal grøndahl hallan hamre helgeland hopland hovdenak hystad kvam lindstad lyngmo løkken melby moen myklebost
nesset nilssen olsvik rugland sandstad skjeldal skogheim strømme svendsby tangvald tjøstheim ullmann vikane
`;
