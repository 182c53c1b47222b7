/**
 * A note sentence that gives the patient's history or standing illness ("Kjent Bechterew",
 * "Tidligere DVT", "hos pasient med hofteprotese"), where a word only a relative said of themself
 * is their illness written as the patient's.
 */
const historyOfPatient =
  /(?<![\p{L}])(?:kjent|kjente|tidligere|tidlegare|har hatt|(?:hos )?(?:pasient|pas\.?|barn|kvinne|mann|gutt|jente) med)(?![\p{L}])/iu;

export function isGivenAsHistory(text: string): boolean {
  return historyOfPatient.test(text);
}
