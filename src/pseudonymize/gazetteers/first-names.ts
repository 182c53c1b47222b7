/**
 * Common Norwegian given names by gender, curated from the most frequent names in Norway across
 * generations (born 1930s–2020s), plus common names among immigrant groups. Lower-case, one string
 * per gender so the module loads fast; split once by the lexicon.
 */
export const femaleFirstNames = `
lerke vår sol lin frøy iben eir embla lykke tiril vilde bjørk saga rose
tora
fredrikke ulrikke ludvikke henrikke hedvikke mikkeline vilhelmine wilhelmine albertine bernhardine
jakobine tomine severine olava petrine tobine klementine leopoldine gustava pauline augusta
anne inger kari marit ingrid liv eva berit astrid bjørg hilde anna solveig marianne randi ida nina maria
elisabeth kristin bente heidi silje hanne gunn tone elin wenche ellen cathrine kathrine katrine camilla kamilla turid
ragnhild linda gerd else åse karin sigrid trine julie mona grethe grete laila hege ingeborg kirsten unni mari nora emma
sara sarah sofie sophie ingvild tove gro mette monica monika kjersti anita lene siri guro marte marthe helene lise ann
karoline caroline line thea emilie maja ella olivia leah lea frida tuva sofia amalie hedda vilde jenny andrea malin
mathilde matilde oda selma aurora alma ellinor hanna hannah eline linnea linea tiril synne maren stine kine tonje
charlotte victoria viktoria josefine madeleine martine kaja agnes ebba iben tilde sunniva signe margrethe margit ragna
borghild jorunn torill toril anne-lise annelise aud reidun brit britt sissel vigdis oddny eldbjørg magnhild gudrun synnøve
ruth jorid inga kristine kristina christine christina henriette vibeke cecilie benedicte benedikte merete mariann elise
irene janne jannicke renate therese terese torunn hildegunn marita rita lillian bodil kjellaug oddrun tordis sigrun helga
dagny ingebjørg åshild gunvor ylva luna mia nova amanda anniken pernille karen lena lina sandra susanne tina veronica
veronika yvonne hilda alva ronja isabel isabella isabelle juni sanna mille marie fatima aisha amina zahra maryam hawa
agnieszka katarzyna natalia olga irina anette annette ane aase agnete alexandra ane-marte ann-kristin anne-grethe
anne-marie anne-karin anniken bergljot birgit birgitte bjørghild brita dagrun eirin eli elsa embla emilia erle frøydis
gunhild gunnhild gunvor hedvig hella hildur hjørdis idun ine ingelin ingunn ingun inga-lill jane jorun josefine julia
kaia kamilla karianne kari-anne kjellrun kristi lill lilly lillan lisa liss live liva lotte lovise lykke madelen maiken
malene margareta margrete marion marlene marthine martina mathea mina mira molly nathalie nelly nicoline nikoline oline
othilie ottilie pia rakel ranveig regine ronja runa ragnfrid signe signy silja siv solfrid solrun solvei stina storm-ingrid
synnøve sølvi thale thale tirill torild trude tyra una urd vanja vilja vivian wenke åsa åsne øydis eirill emelie linn
liv-marit kristiane maja-lin hedda-marie iselin jorunn mariell marielle mariel elida elina elin-marie nellie oline
regina rikke rine rønnaug sunniva tiril turi torhild vera vårin amira leila layla noor nour sana safiya hodan ayan
anja aleksandra ewa joanna magdalena monika paulina weronika zuzanna ieva laura ona agne ruta lina kristina
gry unn eldrid lisbeth jofrid aslaug borgny dordi elbjørg gjertrud hallveig ingfrid kirsti målfrid oddveig
gøril åslaug elfrid johanne ingvill kjellfrid reidunn
agathe alida annlaug anny bergit brynhild dagmar edith eirunn elna elsie erna evy gudny gunda hallbjørg
herborg judith magda mildred nanna oddlaug olaug petra ragnveig rannveig serine svanhild sylvia torborg ølvi
solgunn gunnlaug mehret hiwot fiori asha ikram luz mary patricia elizabeth susan
sidsel solbjørg torbjørg
aina alvhild anbjørg anlaug annbjørg asbjørg astri audhild gunnbjørg gunnvor gyda halldis hallfrid ingri
mildrid rigmor sigfrid sigrunn steinunn sylvi torgunn valborg åsta ingjerd oddbjørg herdis
`;

export const maleFirstNames = `
ståle gøran sjur henning ånund
aasmund alvin andor anfinn arnstein borgar casper cato dennis frithjof gunder guttorm halvdan jonatan kasper
kennet kolbein levi osvald thorleif torje torleiv torvald tryggve yngvar arif zain aleksandr raj deepak
ravn storm vår ask eik varg falk
jan per bjørn ole lars kjell knut arne hans svein thomas tomas geir tor morten terje odd erik eirik martin andreas john
jon anders rune trond tore harald kristian christian olav olaf espen stian jørgen jonas magnus even sondre henrik håkon
haakon sindre eivind emil kristoffer christoffer fredrik petter peter nils helge gunnar leif einar sverre rolf arild dag
stein steinar roar frode øyvind vidar ivar asbjørn torbjørn tormod trygve sigurd halvor halvard øystein audun bjarne kåre
reidar alf finn egil eilif oddvar oddbjørn jostein kai kenneth robert roger ronny tommy glenn jan-erik ola magne atle
ketil kjetil vegard vebjørn mats mathias matias markus marius tobias elias noah jakob jacob filip philip lukas william
oskar oscar isak aksel axel ludvig sander adrian benjamin daniel david alexander aleksander sebastian simen sivert
theodor teodor johannes johan peder mikkel nikolai nicolai edvard storm iver birk brage oliver ulrik tage herman leon
liam lucas vetle vemund torstein torgeir tarjei hallvard håvard ørjan lasse rasmus ruben samuel sigve snorre stig thor
tom torleif trym ulf yngve amund anton are arvid bendik bernt bård carl karl dagfinn eigil endre erlend eskil frank
gaute georg gjermund gustav hallstein harry hugo ingar inge ingve jarle jens joakim jørn kent kim kolbjørn kurt leiv
magnar mads mikael michael njål oddgeir olve otto paul pål preben ragnar reinert richard robin sigmund sturla sveinung
svend sølve tallak thorvald tord torkel truls viggo vilhelm wilhelm øivind åge ahmed mohammed mohammad mohamed muhammad
ali hassan hussein omar yusuf farid abdi abdullah mustafa ibrahim ismail karim mahmoud said piotr tomasz krzysztof
marcin michal michał pawel paweł jakub kacper mateusz darius jonathan kevin patrick arvid asgeir audun brynjar christer
eilert eldar elling erling eyvind fridtjof gard gisle gudmund halfdan harald helmer idar ingolf ivan jardar jo joar
johnny karsten kjartan kristen ludvik mathis matheo mattis nikolas odin ottar ove rein reidar roald runar sebastian
severin sigbjørn sigvald simon steffen sten stian svenn terje theo tinius tollef tor-arne torfinn trond-arne trygve
ulrich valdemar vilmer ådne øistein ørnulf arnfinn arnt aslak birger bjarte eskild gudbrand hermod ingebrigt ivar jakob
kjellmund lage leander lavrans loke mio milo nils-petter odd-arne ole-petter ole-martin per-erik per-olav per-arne
rune-christian sverre-martin thomas tor-erik yousef yasin hamza zakaria abdirahman mehmet ahmad reza amir arash
alfred asle bjørge bjørnar hallgeir hermund hilmar hogne ingvar jone karstein kyrre lauritz oddmund paal reier
rikard rolv skjalg syver thorbjørn torodd villy åsmund agnar arve jørund ragnvald
viljar torjus edvin aron kristofer brede
`;
