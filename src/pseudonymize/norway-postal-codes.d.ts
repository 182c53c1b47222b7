declare module 'norway-postal-codes' {
  /** Postal code (4 digits) → post office name in upper case. */
  const postalCodes: Readonly<Record<string, string>>;
  export default postalCodes;
}
