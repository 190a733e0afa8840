import { countryFromLocales, COUNTRY_NAMES } from "@attune/shared";

const covered = new Set(Object.keys(COUNTRY_NAMES));

/** A first guess from the browser's languages, for the person to confirm. */
export function guessCountry(): string {
  const languages = typeof navigator === "undefined" ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return countryFromLocales(languages, covered);
}
