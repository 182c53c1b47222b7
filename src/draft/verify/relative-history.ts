/**
 * A note sentence that gives the patient's history or standing illness ("Kjent Bechterew",
 * "Tidligere DVT", "Gjennomgått hjerteinfarkt i 52-årsalder", nynorsk "Kjend migrene", "hos pasient
 * med hofteprotese"), where a word only a relative said of themself
 * is their illness written as the patient's.
 */
const historyOfPatient =
  /(?<![\p{L}])(?:kjent|kjente|kjend|kjende|tidligere|tidlegare|tidl\.|har hatt|gjennomgått|gjennomgikk|gjennomgjekk|residiverende|kronisk|operert for|behandlet for|behandla for|i \d+-årsalder(?:en)?|(?:hos )?(?:pasient|pas\.?|barn|kvinne|mann|gutt|jente) med)(?![\p{L}])/iu;

export function isGivenAsHistory(text: string): boolean {
  return historyOfPatient.test(text);
}
