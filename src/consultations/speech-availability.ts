/**
 * The one Norwegian explanation of a missing speech-to-text engine, so the capability check, the
 * live stream refusal and the WAV-upload refusal say the same thing and name the same next step.
 */
export const speechToTextMissingMessage =
  'Tale-til-tekst er ikke satt opp i denne installasjonen, så opptak og lydfiler kan ikke gjøres om til tekst. Last opp en transkripsjon eller lim inn teksten i stedet, og be systemansvarlig sette opp tale-til-tekst.';
