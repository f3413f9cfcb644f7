// The app's own texts in Swedish (default) and English. Questionnaire texts come from the API.
import type { Lang, Text } from "./engine/model";

const TEXTS = {
  appName: { sv: "enkat", en: "enkat" },
  skip: { sv: "Hoppa till innehållet", en: "Skip to content" },
  language: { sv: "In English", en: "På svenska" },
  logout: { sv: "Logga ut", en: "Log out" },
  loggedInAs: { sv: "Inloggad som", en: "Logged in as" },
  rounds: { sv: "Era enkäter", en: "Your surveys" },
  noRounds: { sv: "Er organisation är inte inbjuden till någon enkät.", en: "Your organisation is not invited to any survey." },
  round: { sv: "Enkät", en: "Survey" },
  status: { sv: "Status", en: "Status" },
  closes: { sv: "Sista svarsdag", en: "Closes" },
  yourAnswer: { sv: "Ert svar", en: "Your answer" },
  open: { sv: "Öppen", en: "Open" },
  closed: { sv: "Stängd", en: "Closed" },
  draftRound: { sv: "Ej öppnad", en: "Not open yet" },
  notStarted: { sv: "Inte påbörjat", en: "Not started" },
  draftSaved: { sv: "Utkast sparat", en: "Draft saved" },
  saving: { sv: "Sparar utkast …", en: "Saving draft …" },
  saveFailed: { sv: "Utkastet kunde inte sparas. Vi försöker igen.", en: "The draft could not be saved. We will try again." },
  back: { sv: "Tillbaka till era enkäter", en: "Back to your surveys" },
  loading: { sv: "Laddar …", en: "Loading …" },
  required: { sv: "obligatorisk", en: "required" },
  requiredNote: { sv: "Frågor markerade med * måste besvaras.", en: "Questions marked * must be answered." },
  comment: { sv: "Kommentar", en: "Comment" },
  clear: { sv: "Rensa svaret", en: "Clear the answer" },
  yes: { sv: "Ja", en: "Yes" },
  no: { sv: "Nej", en: "No" },
  dont_know: { sv: "Vet inte", en: "Don't know" },
  check: { sv: "Kontrollera svaren", en: "Check my answers" },
  checking: { sv: "Kontrollerar …", en: "Checking …" },
  checkOk: { sv: "Servern har kontrollerat svaren: inga fel. Ni kan skicka in.", en: "The server checked your answers: no errors. You can submit." },
  submit: { sv: "Skicka in", en: "Submit" },
  submitting: { sv: "Skickar …", en: "Submitting …" },
  retrying: { sv: "Anslutningen bröts. Försöker igen med samma inskick …", en: "The connection dropped. Retrying the same submission …" },
  submitFailed: { sv: "Inskicket nådde inte fram. Försök igen: samma inskick skickas, inget dubbelt.", en: "The submission did not get through. Try again: the same submission is sent, never twice." },
  errorsTitle: { sv: "Svaren har fel som behöver rättas", en: "The answers have errors to fix" },
  errorsCount: { sv: "fel", en: "error(s)" },
  received: { sv: "Mottaget, kontrolleras …", en: "Received, being checked …" },
  ACCEPTED: { sv: "Godkänt", en: "Accepted" },
  REJECTED: { sv: "Underkänt", en: "Rejected" },
  RECEIVED: { sv: "Mottaget", en: "Received" },
  revision: { sv: "Version", en: "Revision" },
  revisions: { sv: "Inskickade versioner", en: "Submitted revisions" },
  counts: { sv: "gäller", en: "counts" },
  submittedAt: { sv: "Inskickad", en: "Submitted" },
  rejectedHelp: { sv: "Svaren underkändes. Rätta felen vid frågorna nedan och skicka in igen.", en: "The answers were rejected. Fix the errors at the questions below and submit again." },
  acceptedHelp: { sv: "Svaren är godkända. Ni kan ändra och skicka in igen så länge enkäten är öppen; den senaste godkända versionen gäller.", en: "Your answers are accepted. You may change and resubmit while the survey is open; the latest accepted revision counts." },
  closedHelp: { sv: "Enkäten är stängd. Här är era godkända svar.", en: "The survey is closed. These are your accepted answers." },
  closedNone: { sv: "Enkäten är stängd och inga godkända svar finns.", en: "The survey is closed and no accepted answers exist." },
  notAnswered: { sv: "Inte besvarad", en: "Not answered" },
  error: { sv: "Något gick fel", en: "Something went wrong" },
  statistics: { sv: "Statistik", en: "Statistics" },
  onBehalf: { sv: "inskickad av administratör för er räkning", en: "submitted on your behalf by an administrator" },
  notAdmin: { sv: "Administrationen kräver rollen admin.", en: "The administration needs the admin role." },
  noOrg: { sv: "Ert konto är inte kopplat till någon organisation.", en: "Your account is not linked to an organisation." },
} satisfies Record<string, Text>;

export type TextKey = keyof typeof TEXTS;

/**
 * The one way every page (the form, the console, the public statistics) looks up its own texts: a
 * table of Swedish and English per key, read in the reader's language.
 */
export function textTable<K extends string>(table: Record<K, Text>): (lang: Lang, key: K) => string {
  return (lang, key) => table[key][lang];
}

/** A text from a table keyed by a value the server sends (a status, a type); the value itself if unknown. */
export function textOf(table: Record<string, Text>, lang: Lang, key: string): string {
  return table[key]?.[lang] ?? key;
}

export const t: (lang: Lang, key: TextKey) => string = textTable(TEXTS);

export function tx(lang: Lang, text: Text | null | undefined): string {
  if (!text) return "";
  return text[lang] || text.sv || text.en || "";
}

export function formatDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return date.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "medium",
    ...(iso.length > 10 ? { timeStyle: "short" } : {}),
  });
}
