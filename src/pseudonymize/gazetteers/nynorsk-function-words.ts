/**
 * Nynorsk and dialect function words that a bokmål dictionary does not hold ("ikkje", "saman",
 * "mykje"): in lower case they are never the name before an institution's head word ("har ikkje
 * bil" is no company called "ikkje bil") nor a street or a club.
 */
export const nynorskFunctionWords: ReadonlySet<string> = new Set(
  `
ikkje ikke itte ittj kje berre bærre mykje mykkje saman samen heime heim åleine aleina eigen eiga
eige korleis kvifor kva kvar kven kor koss kossen noko nokon nokre nokon ingenting inkje frå etter
enno endå òg au óg også difor derfor medan fordi sidan sia dei deira dykk dykkar oss vår vårt
ho han honom henne hennar hennes seg sjølv sjøl sjølve no nå då der her hit dit ut inn opp ned
ein eit ei nokså ganske litt lite meir mest mindre minst fleire flest berre alltid aldri ofte
sjeldan stundom iblant kanskje truleg visst sikkert heilt halvt veldig svært nesten
`
    .split(/\s+/u)
    .filter((word) => word.length > 0),
);
