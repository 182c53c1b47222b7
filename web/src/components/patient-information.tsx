/**
 * The text the clinician reads out or shows before asking for consent (P6; pasient- og
 * brukerrettighetsloven §§ 3-2, 4-1): what Referent does, that everything is erased, that nothing
 * is used for training. Written to the patient, in plain bokmål.
 */
export function PatientInformation() {
  return (
    <section className="card patient-info" aria-labelledby="patient-info-title">
      <h2 id="patient-info-title">Til pasienten: om Referent</h2>
      <p>
        Legen bruker et hjelpemiddel som heter Referent. Det lytter til samtalen vår og lager et
        forslag til journalnotat, slik at legen kan se mer på deg og mindre på skjermen.
      </p>
      <ul>
        <li>
          Samtalen gjøres om til tekst. Navn, fødselsnummer og andre kjennetegn byttes ut før
          teksten bearbeides.
        </li>
        <li>
          Legen leser, retter og godkjenner alt før noe kommer i journalen din. Legen har ansvaret
          for journalen.
        </li>
        <li>
          Lyd, tekst og utkast slettes når konsultasjonen er ferdig, og senest innen ett døgn. Det
          som står i journalen, er bare det legen har godkjent.
        </li>
        <li>Ingenting fra samtalen brukes til å trene eller forbedre kunstig intelligens.</li>
        <li>
          Du kan si nei, og du kan be om at opptaket stoppes når som helst. Det påvirker ikke
          behandlingen din.
        </li>
      </ul>
    </section>
  );
}
