/**
 * Towns abroad that patients who moved to Norway name when they tell where they come from or
 * worked (Somalia, Syria, Iraq, Afghanistan, Iran, Pakistan, Poland, Lithuania, Ukraine, the
 * Philippines, Eritrea, Ethiopia, Sudan, Turkey, Vietnam, Thailand, the Gulf, East and West
 * Africa, the Balkans). Single words only, lower-case, with and without diacritics. Left out:
 * names that are Norwegian words or common given names ("Keren", "Kandy", "Alexandria", "Hue").
 * Used only to retype a single-word candidate found in a place frame (`place-frames.ts`); not
 * part of the place surrogates.
 */
export const foreignTowns = `
mogadishu muqdisho hargeisa hargeysa kismaayo kismayo baidoa baydhabo bosaso boosaaso beledweyne galkayo gaalkacyo
burao burco berbera garowe jowhar afgooye
aleppo halab damaskus damascus idlib homs latakia raqqa qamishli daraa deir-ez-zor
bagdad baghdad mosul erbil basra kirkuk sulaymaniyah duhok
kabul herat kandahar jalalabad mazar-i-sharif kunduz
teheran tehran shiraz isfahan tabriz mashhad ahvaz
karachi lahore islamabad peshawar rawalpindi faisalabad sialkot
warszawa kraków krakow gdańsk gdansk gdynia wrocław wroclaw poznań poznan łódź lodz szczecin lublin rzeszów
rzeszow białystok bialystok katowice olsztyn bydgoszcz toruń torun kielce
vilnius kaunas klaipėda klaipeda šiauliai siauliai panevėžys panevezys
kyiv kiev kharkiv kharkov odesa odessa lviv dnipro zaporizjzja zaporizhzhia mariupol mykolaiv kherson
tsjernihiv chernihiv poltava vinnytsia ternopil ivano-frankivsk
manila cebu davao iloilo bacolod zamboanga baguio tacloban
asmara massawa mendefera barentu tessenei
gondar mekelle bahir-dar dire-dawa
khartoum omdurman
istanbul ankara izmir gaziantep diyarbakir diyarbakır antalya konya adana
hanoi saigon haiphong
bangkok pattaya phuket
colombo jaffna
doha dubai riyadh jeddah
nairobi mombasa dadaab kakuma kampala kinshasa bukavu lagos abuja ibadan accra kumasi
beirut amman ramallah hebron kairo cairo casablanca marrakech
sarajevo mostar tuzla pristina prishtina prizren
`;
