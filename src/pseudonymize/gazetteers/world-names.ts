/**
 * Given names and surnames common in Norway's larger immigrant and neighbouring-language groups,
 * written out for this project (no external list): Arabic, Persian/Dari, Urdu/Punjabi, Turkish,
 * Kurdish, Somali, Tigrinya/Amharic, West African (Akan, Yoruba, Igbo, Fula, Mandinka, Wolof),
 * Polish, Lithuanian, Latvian, Ukrainian/Russian, Balkan, Romanian, Vietnamese, Thai, Filipino,
 * Chinese, Tamil/Sri Lankan, Spanish/Portuguese, English/Irish/Scottish, German/Dutch/French,
 * Sámi and Finnish. Lower-case; diacritics as written, and the common spelling without them
 * where speech-to-text drops them. A name that is also a Norwegian word still needs name context
 * (the recognizers check the dictionary), so the lists are curated for names only.
 */
export const worldFemaleNames = `
fatima fatimah fatuma fadumo faadumo aisha aicha aïcha ayesha ayisha aysha khadija khadijah zainab zaynab zeinab
maryam mariam meryem layla leyla laila lejla yasmin yasmine jasmin samira samera rania rana nadia nadja noor nur
nura huda hala hanan hiba iman imane amal asma asmaa salma sara sawsan souad suad dalia lina reem rim rima rahma
ruqayya safa sahar shaima shaimaa yara dina hind inas jamila karima latifa lubna malak manal maha mona nisreen
nesrin rasha rawan reham sabah sabrina salwa samah sana sanaa siham wafa widad yusra zahra zohra zeynab warda
amina aminah amira hadia hadil habiba halima hawa hafsa najma nasra sumaya sumaiya rukia ruqia
parisa parvin pari shirin shireen mahsa maryam nasrin roya soraya setareh zohreh fereshteh golnar laleh mahnaz
shabnam tahmina farzana nargis nilufar fariba homa marzieh masoumeh zarah gulalai malalai nazanin nazia
ayesha bushra farah hina iqra kiran mehwish nadia naila rabia saima samina shazia sidra sobia tahira uzma zainab
zunaira humaira rukhsana saira nasreen parveen shabana razia shamim asia
ayşe ayse fatma emine hatice zeynep elif merve esra büşra busra özlem ozlem gülsüm gulsum sevgi songül songul
derya ebru hülya hulya kübra kubra melek meltem nur nurcan serpil sibel tuğba tugba yasemin yeliz zehra zeliha
aylin ceren deniz gizem hande irem ipek pınar pinar selin şule sule tülay tulay dilek emel gül gul
rojda dilan shilan hêvî hevi berfin zozan nesrin rojin jiyan hêlîn helin avin bêrîvan berivan evin narin
ronahi sozdar viyan roj gulistan hawjin shanaz kazhal
hodan sahra ubah ayan ayaan filsan hibaq idil ifrah ilhan ladan maryan muna nimco ruun sagal sagal sacdiya
shukri sucaad xaliimo halimo hamdi hani ikran istahil kaltun khadra leyla luul marwo najma nasteho qamar
raxma safiya sahro samsam shamso ubax waris yasmin zamzam deeqa fardowsa faiza fowsia habon hawo
senait saba selam tsega helen hiwet luwam rahel feven filmona eden mebrat meron yordanos semhar winta yohana
abeba almaz aster azeb berhane genet hanna hirut kidist lemlem meaza mekdes rut selamawit tigist tsehay
yerusalem zewditu zufan tsion bethlehem selamawit nardos
ama akosua abena adwoa afua akua yaa efua esi adjoa ekua aba araba serwaa nana
chiamaka adaeze ngozi nkechi chioma ifeoma ijeoma amaka obiageli uchenna chinwe ebere nneka ugochi
funmilayo folake yetunde bukola titilayo oluwaseun oluwatoyin abimbola adebola adenike ayodele temitope
fatoumata fatou aminata mariama awa aissatou kadiatou binta hawa kadidja djeneba coumba ndeye astou
mame khady rokhaya sokhna maimouna oumou assiatou
agnieszka katarzyna małgorzata malgorzata anna maria barbara ewa krystyna elżbieta elzbieta zofia teresa
danuta joanna magdalena monika dorota grażyna grazyna irena jadwiga jolanta halina beata aleksandra natalia
marta karolina justyna paulina weronika wiktoria julia zuzanna patrycja agata sylwia izabela kinga
renata emilia alicja oliwia gabriela klaudia kamila edyta urszula bożena bozena wanda stanisława stanislawa
gintarė gintare rūta ruta jurgita vilma rasa daiva inga aistė aiste lina laura ieva eglė egle indrė indre
asta kristina jolanta dalia birutė birute vaida simona rima agnė agne gabija austėja austeja ugnė ugne
goda greta kamilė kamile milda vilija žaneta zaneta
ilze inese kristīne kristine liga līga sanita zane baiba dace daina gunta ieva anita santa
olena olha oksana tetiana tetyana natalia nataliia iryna svitlana svetlana yulia yuliia kateryna anastasiia
anastasia viktoriia viktoria halyna liudmyla lyudmila ludmila valentyna valentina nadiia nadezhda tamara
larysa larisa alla inna maryna marina daria darya sofiia sofia polina yana alina kseniia ksenia olga
ekaterina elena galina irina marina nina tatiana tatyana vera zoya lyubov raisa
amra amela azra emina lejla selma senada mirsada mersiha aida alma edina elma jasmina nermina samira
sabina dijana dragana gordana jelena ljiljana marija milica mirjana snežana snezana tanja vesna zorica
ivana ana nataša natasa biljana branka danijela
ioana elena andreea alexandra mihaela cristina gabriela raluca simona irina roxana
lan linh huong hương thu thuy thúy thảo thao trang hoa hoài hoai hanh hạnh hang hằng hien hiền ngoc ngọc
nga ngan nhung mai my mỹ phuong phương quynh quỳnh tam tâm thanh thi tuyet tuyết van vân yen yến anh
uyen uyên dung diep giang ha hai hue huệ kim lien liên loan nhi oanh phuc tien tiên trinh xuan xuân
somchai malee siriporn pimchanok kanya nattaya pranee suda supaporn wanida achara araya busaba chanya
duangjai kannika kesinee lamai naree nittaya orathai pensri ratana rattana siriwan sunisa supatra tasanee
waraporn yupin jintana kulap kanokwan napat nong
maricel jocelyn rowena marites maricar marilou lorna rosalie rosario analyn arlene divina evangeline
gemma jennylyn josephine luzviminda marivic maylene merlie nenita nora precy rhea
shiela sheila teresita virgie charmaine kristine jennifer
mei ling li xiu ying yan hui jing fang xin yue lei lin wei min jun hong yu qing xia
priya lakshmi kavitha tharani thulasi vani nirmala sutha kamala sangeetha sharmila anusha divya meena
lucía lucia carmen pilar isabel esperanza valentina camila daniela gabriela
fernanda juliana mariana beatriz inês ines joana raquel
siobhan siobhán niamh aoife caoimhe saoirse sinead sinéad orla orlaith ciara clodagh grainne gráinne
maeve mairead máiréad roisin róisín aisling deirdre eimear fionnuala nuala bridget brigid catriona
eilidh kirsty morag fiona shona isla skye rhiannon bethan carys cerys megan emily olivia sophie jessica
hannah rebecca lauren chloe charlotte amelia grace lucy ellie holly abigail bethany
anne-marie marie-louise marie-claire marie-therese jeanne brigitte nathalie sylvie isabelle amélie amelie
chantal dominique françoise francoise monique
marjatta riitta tuula pirjo päivi paivi anneli leena sirpa aila aino eeva hilkka kaisa kirsi liisa maarit
marketta merja minna outi pirkko raija satu seija sirkka tarja tiina ulla
máret maret ánne ánná biret elle inga risten sárá sara kárená
`;

export const worldMaleNames = `
mohammed mohammad mohamed muhammad muhammed mohamad mohammod mehmed ahmed ahmad ahmet ahmadullah
abdullah abdallah abdullahi abdulla abdul abdulrahman abdirahman abdirahim abdirizak abdikarim abdiwali
abdinasir abdiaziz abdulaziz abdulkadir abdelkader abdelaziz abdi omar umar osman othman uthman usman
yusuf yousef yousif youssef yusef ibrahim ibrahima ismail ismael ismail khalid khaled tariq tarek tarik
hassan hasan hussein husein hussain husain ali alí karim kareem rashid rachid hamid hamed hamza hamze
bilal bashir basheer jamal jamil kamal mahmoud mahmud mustafa mustapha mostafa nabil nasser nasir
said saeed saïd salah saleh salim samir sami sharif walid waleed yasin yassin yasser yaser younes yunus
zakaria zakariya ziad ziyad anwar ayman amir emir adnan faisal fahad fares fadi ghassan hisham idris
imad issa jalal jibril jabril khalil mansour marwan moussa musa nizar qasim rami riad sufyan taha
wael yahya yahia zaid zayd zubair adam adil adel ammar anas ayoub ayub habib haroun harun hadi
reza ali-reza alireza arash amin babak behrouz dariush farhad farid farshid hamid hossein javad kamran
kourosh mehdi mohsen morteza nader navid omid payam ramin saeed shahram siamak vahid
ahmadzai azizullah habibullah hamidullah naqibullah najibullah rahmatullah samiullah shafiq wahid zabihullah
ajmal asad asif atif faisal haider hamza imran irfan junaid kashif khurram mudassar naveed nadeem
qaiser rizwan sajid shahid shakeel sohail tahir umair usama waqas yasir zafar zeeshan zubair arshad
mehmet mustafa emre burak hakan serkan murat kemal kenan cem mert onur ozan ömer omer orhan osman
selim serdar tolga tuncay ufuk uğur ugur volkan yasin yunus yusuf zeki ali baran berk cihan deniz engin
erkan erdem fatih gökhan gokhan hasan hüseyin huseyin ibrahim ismail kadir levent metin necati okan
oğuz oguz recep sinan tayfun tarkan turgay
azad baran soran rebwar karwan shwan dilshad hawar rojhat berzan dilovan hogir kawa rizgar saman
serwan zana aram hejar jiyar ranj sherzad
abdirahman abdiqadir abdirashid abdisalam abdullahi ahmed aweys awil cabdi cabdullahi faarax farah
guled hassan hirsi jama liban mahad mohamud muse mustafe nuur omar osman sharmaarke siyaad warsame
xasan xuseen xamza yonis abshir bashiir faysal ilyas khadar mukhtar shire burhan daud dahir
yonas yohannes yohanes tesfaye tesfay mebrahtu kidane haile dawit filmon samuel mulugeta ghebremariam
berhane biniam bereket daniel efrem eyob fitsum ghirmay habtom kibrom mehari merhawi michael mussie
natnael robel semere senay solomon tedros tekle tewelde teklay weldu yemane yared zerai abraham amanuel
kwame kwabena kwaku kofi kojo kweku yaw yao kwasi kwesi kobina ekow fiifi nana
chidi chukwuemeka emeka ikenna obinna uchenna chinedu nnamdi kelechi ifeanyi okechukwu tochukwu
oluwaseun olumide oluwafemi femi tunde babatunde adebayo adewale ayodele kayode segun dapo tobi
mamadou moussa ousmane amadou abdoulaye ibrahima boubacar alassane cheikh modou lamine souleymane
seydou oumar mamadi sekou issa bakary demba malick pape
piotr paweł pawel krzysztof grzegorz tomasz andrzej jan marek michał michal marcin łukasz lukasz adam
jakub mateusz kamil dariusz wojciech rafał rafal mariusz robert zbigniew stanisław stanislaw józef jozef
jerzy tadeusz henryk ryszard kazimierz sławomir slawomir przemysław przemyslaw artur szymon filip kacper
bartosz dawid damian sebastian patryk hubert oskar konrad maciej mikołaj mikolaj wiktor igor
jonas vytautas dainius žilvinas zilvinas mindaugas tomas darius andrius gediminas giedrius justinas
kęstutis kestutis linas mantas marius nerijus paulius rimantas ričardas ricardas saulius sigitas
tadas vaidas valdas vidmantas audrius arūnas arunas algirdas aurimas deividas donatas edgaras egidijus
eimantas evaldas jurgis karolis laurynas lukas modestas povilas rokas ramūnas ramunas šarūnas sarunas
jānis janis andris edgars guntis juris kaspars mārtiņš martins raivis uldis valdis
oleksandr oleksii oleksiy olexandr dmytro mykola mykhailo andrii andriy serhii serhiy volodymyr yurii
yuriy vasyl taras bohdan ivan petro pavlo roman vitalii vitaliy viktor maksym artem denys yevhen
bogdan vadym ihor igor ruslan anatolii stepan
sergei sergey alexei aleksei alexey dmitri dmitry nikolai vladimir mikhail andrei andrey pavel yuri
boris anatoly evgeny yevgeny konstantin maxim oleg vadim vasily viktor
amir armin adnan alen almir anel damir dino edin elvir emir emin haris jasmin kenan mirza nedim
nermin samir senad tarik zlatan dragan goran milan nikola stefan zoran bojan darko dejan miroslav
nenad predrag slobodan vladimir marko luka ivan petar
andrei bogdan ciprian constantin cristian florin gheorghe ionut ion marius mihai nicolae ovidiu radu
sorin vasile
minh duc dung hung huy khanh nam phong quang quoc tuan thanh trung tu van viet vu bao cuong
dat dinh hai hieu hoang hoa khoa loc luan nhat phat phuoc tai tam tan thang thinh toan trieu
somchai somsak sombat somboon prasert prasit sakchai surachai suwit thanawat wichai anan apichart
chaiwat kittisak narong niran pichai sompong thongchai
jericho jomar joel jonel jerome reynaldo rodel romeo ronaldo rommel renato arnel danilo edgardo
eduardo efren emmanuel ernesto ferdinand jose juan marlon nestor noel randy rogelio rolando rowel
wei jun jie hao lei ming qiang tao yong bin chao gang hui jian kai liang peng qiang yang zhi hiroshi
takashi kenji yuki haruto akira
sivakumar rajan ravi kumar suresh ramesh ganesh murugan selvam thiru tharshan nirmalan kannan vijay
arjun rahul sanjay anil
juan carlos jose luis miguel pablo javier diego alejandro sergio andrés andres fernando rafael manuel
antonio francisco joão joao pedro paulo tiago rui nuno ricardo
seán sean seamus séamus declan ciaran ciarán cillian cian conor connor darragh diarmuid donal dónal
eoghan eoin fergal fionn niall oisín oisin padraig pádraig ronan rory ruairí ruairi shane tadhg liam
callum angus alasdair alistair hamish euan ewan fraser gregor iain lachlan murdo ruaridh
oliver harry george charlie thomas james william edward henry archie alfie freddie
jean-luc jean-pierre jean-paul jean-claude jean-marc jean-baptiste pierre jacques michel philippe
françois francois olivier laurent thierry
hans-peter karl-heinz klaus jürgen jurgen wolfgang dieter günter gunter uwe jörg jorg
matti mikko jukka pekka heikki juha timo antti petri jari sami tapio eino
niillas ánde ande mihkkal jovnna ovll ásllat aslat issát isak
`;

/** Surnames of the same groups (lower-case). */
export const worldSurnames = `
abdi abdullahi ahmed ali aden adan awale barre dahir dualeh egal elmi farah gedi guled hassan hersi hirsi
ismail jama jimcaale mohamud mohamed mohammed muse noor nur omar osman samatar sheikh warsame yusuf
yussuf xasan hussein abdulle abdirahman ibrahim ilmi shire siad
al-hassan al-ahmad al-ali al-sayed al-khatib al-masri al-najjar al-rashid al-zahrani abbas abdallah aziz
darwish haddad hamdan haddad ibrahim jaber karim khalil khoury mansour mustafa nasser qasim rahman saleh
salem shami yassin zaidi hamid hussain rahimi ahmadi hosseini karimi mohammadi rezaei sadeghi moradi
jafari rostami hashemi alizadeh ahmadzai popal sultani stanikzai wardak noori safi hakimi
khan iqbal butt chaudhry chaudhary malik mirza qureshi raza rana sheikh siddiqui shah ahmad akhtar anwar
aslam bhatti hussain javed mahmood mehmood nawaz rashid riaz saeed shahzad tariq
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk aydın
aydin özdemir ozdemir arslan doğan dogan kılıç kilic aslan çetin cetin kara koç koc kurt özkan ozkan
şimşek simsek polat korkmaz güneş gunes erdoğan erdogan tekin bulut
ghebremariam gebremedhin gebreyesus tesfay tesfaye haile mehari kidane tekle berhe abraha asmerom
woldu yohannes habte kahsay gebru negash tewolde weldemichael ghebreyohannes mesfin tadesse
mensah asante boateng owusu osei agyeman appiah acheampong adjei amoah antwi asamoah boakye darko
nwosu okonkwo okafor eze obi nwachukwu okeke chukwu ibe onyeka adebayo adeyemi adeleke okonjo
ogunleye olawale oyelaran bello diallo diop ndiaye n'diaye faye barry camara cissé cisse
coulibaly keita konaté konate sylla touré toure traoré traore sesay kamara kargbo jalloh bangura conteh
kowalski kowalska kowalczyk nowak nowicka nowicki wiśniewski wisniewski wiśniewska wójcik wojcik
kamiński kaminski lewandowski lewandowska zieliński zielinski szymański szymanski woźniak wozniak
dąbrowski dabrowski kozłowski kozlowski jankowski mazur krawczyk piotrowski grabowski pawłowski
pawlowski michalski król krol wieczorek jabłoński jablonski wróbel wrobel wróblewska wroblewska
majewski olszewski stępień stepien malinowski jaworski adamczyk dudek nowakowski pietrzak
kazlauskas kazlauskienė kazlauskiene petrauskas petrauskienė jankauskas jankauskaitė jankauskaite
stankevičius stankevicius vasiliauskas žukauskas zukauskas butkus paulauskas urbonas kavaliauskas
rimkus balčiūnas balciunas navickas ramanauskas
bērziņš berzins kalniņš kalnins ozoliņš ozolins liepiņš liepins
kovalenko bondarenko tkachenko shevchenko kovalchuk kovalchuk boyko melnyk kravchenko oliynyk
lysenko marchenko moroz savchenko rudenko petrenko pavlenko kozak hnatyuk
ivanov ivanova petrov petrova smirnov smirnova kuznetsov kuznetsova popov popova sokolov sokolova
volkov volkova morozov morozova novikov novikova fedorov pavlov
hodžić hodzic hadžić hadzic husić husic begić begic delić delic mehmedović mehmedovic
hasanović hasanovic kovačević kovacevic jovanović jovanovic petrović petrovic nikolić nikolic popescu
nguyen nguyễn tran trần pham phạm hoang hoàng huynh huỳnh phan dang đặng bui bùi
ngo ngô duong dương truong trương dinh đinh
wongsakul srisuk saetang chaiyaporn boonmee suwannarat thongdee kaewkao rattanakorn
dela cruz santos reyes bautista garcia ramos mendoza flores villanueva castillo aquino gonzales
fernandez lopez torres rivera cruz domingo manalo pascual
zhang wang liu chen yang huang zhao zhou sun zhu guo lin gao
tanaka suzuki takahashi watanabe yamamoto nakamura
sivakumar rajendran selvarajah kanagaratnam balasingam thevarajah
o'connor o'brien o'sullivan o'neill o'reilly o'donnell o'leary o'mahony o'shea o'callaghan
mccarthy murphy kelly walsh byrne ryan gallagher doherty kennedy murray quinn moore mcdonald
mcgrath mclaughlin macleod mackenzie macdonald campbell stewart robertson thomson fraser
smith jones williams brown taylor davies evans johnson carter wright walker
moreau dubois laurent lefebvre bernard petit mercier
d'souza dsouza fernandes pereira rodrigues oliveira silva costa
müller mueller schmidt schneider fischer weber meyer wagner becker hoffmann schulz
virtanen korhonen mäkinen makinen nieminen mäkelä makela hämäläinen hamalainen koskinen heikkinen
somby sara eira hætta gaup bongo turi utsi balto
`;
