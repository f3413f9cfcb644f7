// The console's own texts in Swedish (default) and English, looked up as part 1's i18n.ts does.
import { useEffect } from "react";
import type { Lang, Text } from "../engine/model";
import { textOf, textTable } from "../i18n";

const TEXTS = {
  loading: { sv: "Laddar …", en: "Loading …" },
  notOnServer: { sv: "Servern har inte den här funktionen ännu.", en: "The server does not offer this yet." },
  consoleNav: { sv: "Administration", en: "Administration" },
  navRounds: { sv: "Enkätomgångar", en: "Survey rounds" },
  navNewRound: { sv: "Ny omgång", en: "New round" },
  navQuestionnaires: { sv: "Frågeformulär", en: "Questionnaires" },
  consoleTitle: { sv: "Enkätomgångar", en: "Survey rounds" },
  consoleIntro: {
    sv: "Årets arbete steg för steg: frågeformulär, omgång, uppföljning och påminnelser, indikatorer, utgåvor.",
    en: "The year's work step by step: questionnaire, round, follow-up and reminders, indicators, releases.",
  },
  allRounds: { sv: "Alla omgångar", en: "All rounds" },
  noRoundsYet: { sv: "Det finns inga omgångar ännu.", en: "There are no rounds yet." },
  round: { sv: "Omgång", en: "Round" },
  status: { sv: "Status", en: "Status" },
  questionnaire: { sv: "Frågeformulär", en: "Questionnaire" },
  opensAt: { sv: "Öppnar", en: "Opens" },
  closesAt: { sv: "Sista svarsdag", en: "Closes" },
  openedAt: { sv: "Öppnades", en: "Opened" },
  closedAt: { sv: "Stängdes", en: "Closed" },

  // questionnaires
  questionnairesTitle: { sv: "Frågeformulär", en: "Questionnaires" },
  uploadTitle: { sv: "Ladda upp en version", en: "Upload a version" },
  uploadHint: {
    sv: "En JSON-fil i enkats format. Servern kontrollerar den; fel visas vid sin fråga.",
    en: "A JSON file in enkat's format. The server checks it; errors are shown at their question.",
  },
  file: { sv: "Fil", en: "File" },
  checking: { sv: "Kontrollerar …", en: "Checking …" },
  uploadAndCheck: { sv: "Ladda upp och kontrollera", en: "Upload and check" },
  stored: { sv: "Kontrollen gick igenom. Sparad:", en: "The check passed. Stored:" },
  notJson: { sv: "Filen är inte giltig JSON:", en: "The file is not valid JSON:" },
  checkFailed: { sv: "Kontrollen hittade fel; inget sparades", en: "The check found errors; nothing was stored" },
  errorsN: { sv: "fel", en: "error(s)" },
  question: { sv: "Fråga", en: "Question" },
  wholeQuestionnaire: { sv: "Formuläret som helhet", en: "The questionnaire as a whole" },
  storedTitle: { sv: "Sparade frågeformulär", en: "Stored questionnaires" },
  storedCaption: { sv: "Frågeformulär och deras versioner", en: "Questionnaires and their versions" },
  title: { sv: "Titel", en: "Title" },
  id: { sv: "Id", en: "Id" },
  versions: { sv: "Versioner", en: "Versions" },
  version: { sv: "Version", en: "Version" },
  questions: { sv: "Frågor", en: "Questions" },
  uploadedAt: { sv: "Uppladdad", en: "Uploaded" },
  preview: { sv: "Förhandsvisning", en: "Preview" },
  previewAs: { sv: "Visa formuläret som", en: "Show the form as" },
  previewCount: { sv: "{n} frågor gäller en {type}.", en: "{n} questions apply to a {type}." },
  shownWhen: { sv: "visas när", en: "shown when" },

  // new round
  newRoundTitle: { sv: "Ny enkätomgång", en: "New survey round" },
  cannotCreate: { sv: "Omgången kunde inte skapas", en: "The round could not be created" },
  needId: { sv: "Ange ett id för omgången.", en: "Give the round an id." },
  needTitle: { sv: "Ange en svensk titel.", en: "Give a Swedish title." },
  needQuestionnaire: { sv: "Välj frågeformulär och version.", en: "Choose a questionnaire and version." },
  needPopulation: { sv: "Välj vilka som ska bjudas in.", en: "Choose who is invited." },
  needDates: { sv: "Ange datum för öppning och sista svarsdag som ÅÅÅÅ-MM-DD.", en: "Give the opening and closing dates as YYYY-MM-DD." },
  roundId: { sv: "Id", en: "Id" },
  roundIdHint: { sv: "Bokstäver, siffror, punkt, bindestreck; till exempel ps-2026.", en: "Letters, digits, dot, hyphen; for example ps-2026." },
  titleSv: { sv: "Titel på svenska", en: "Title in Swedish" },
  titleEn: { sv: "Titel på engelska", en: "Title in English" },
  questionnaireVersion: { sv: "Frågeformulär och version", en: "Questionnaire and version" },
  questionnaireTyped: { sv: "Skriv id@version, till exempel patientsakerhet-2025@1.", en: "Type id@version, for example patientsakerhet-2025@1." },
  population: { sv: "Vilka bjuds in", en: "Who is invited" },
  byTypes: { sv: "Alla organisationer av typerna", en: "Every organisation of the types" },
  byCodes: { sv: "En lista med organisationskoder", en: "A list of organisation codes" },
  codes: { sv: "Organisationskoder", en: "Organisation codes" },
  codesHint: { sv: "Åtskilda med mellanslag, komma eller radbrytning.", en: "Separated by spaces, commas or lines." },
  dateHint: { sv: "Som ÅÅÅÅ-MM-DD.", en: "As YYYY-MM-DD." },
  schedule: { sv: "Automatik", en: "Schedule" },
  autoOpen: { sv: "Öppna av sig själv på öppningsdagen", en: "Open by itself on the opening date" },
  autoClose: { sv: "Stäng av sig själv efter sista svarsdagen", en: "Close by itself after the closing date" },
  createRound: { sv: "Skapa omgången", en: "Create the round" },

  // round
  roundNav: { sv: "Omgångens sidor", en: "The round's pages" },
  tabOverview: { sv: "Översikt", en: "Overview" },
  tabProgress: { sv: "Svar och påminnelser", en: "Responses and reminders" },
  tabIndicators: { sv: "Indikatorer", en: "Indicators" },
  tabReleases: { sv: "Utgåvor", en: "Releases" },
  tabAudit: { sv: "Logg", en: "Audit log" },
  organisationsN: { sv: "organisationer", en: "organisations" },
  byItself: { sv: "av sig själv", en: "by itself" },
  lifecycle: { sv: "Öppna och stänga", en: "Open and close" },
  openHelp: {
    sv: "När omgången öppnas kan de inbjudna svara. Indikatorer kan definieras redan nu.",
    en: "Once the round opens, the invited can answer. Indicators can be defined already now.",
  },
  openRound: { sv: "Öppna omgången", en: "Open the round" },
  openedNow: { sv: "Omgången är öppen.", en: "The round is open." },
  closeRound: { sv: "Stäng omgången …", en: "Close the round …" },
  closeConfirm: {
    sv: "Efter stängning kan ingen svara längre och det går inte att öppna igen. Stänga nu?",
    en: "After closing nobody can answer and it cannot be reopened. Close now?",
  },
  closeYes: { sv: "Ja, stäng omgången", en: "Yes, close the round" },
  cancel: { sv: "Avbryt", en: "Cancel" },
  closedNow: { sv: "Omgången är stängd.", en: "The round is closed." },
  closedHelp: { sv: "Omgången är stängd. Skapa och publicera en utgåva under Utgåvor.", en: "The round is closed. Create and publish a release under Releases." },
  extendTitle: { sv: "Förläng sista svarsdag", en: "Extend the closing date" },
  newClosesAt: { sv: "Ny sista svarsdag", en: "New closing date" },
  extendOrg: { sv: "Endast för organisation (kod)", en: "Only for organisation (code)" },
  extendOrgHint: { sv: "Tomt: hela omgången.", en: "Empty: the whole round." },
  extensions: { sv: "Förlängningar", en: "Extensions" },
  wholeRound: { sv: "Hela omgången", en: "The whole round" },
  extend: { sv: "Förläng", en: "Extend" },
  extended: { sv: "Sista svarsdagen är förlängd.", en: "The closing date is extended." },

  // progress
  refreshing: { sv: "Uppdateras av sig själv medan omgången är öppen.", en: "Refreshes by itself while the round is open." },
  notRefreshing: { sv: "Omgången är inte öppen; siffrorna uppdateras inte av sig själva.", en: "The round is not open; the figures do not refresh by themselves." },
  updatedAt: { sv: "Senast hämtad", en: "Last fetched" },
  perType: { sv: "Svarsfrekvens per organisationstyp", en: "Response rate per organisation type" },
  perTypeCaption: { sv: "Godkända svar av inbjudna, per typ", en: "Accepted answers of the invited, per type" },
  type: { sv: "Typ", en: "Type" },
  invited: { sv: "Inbjudna", en: "Invited" },
  submitted: { sv: "Har skickat in", en: "Submitted" },
  accepted: { sv: "Godkända", en: "Accepted" },
  rejected: { sv: "Underkända", en: "Rejected" },
  responseRate: { sv: "Svarsfrekvens", en: "Response rate" },
  total: { sv: "Totalt", en: "Total" },
  perOrganisation: { sv: "Per organisation", en: "Per organisation" },
  perOrganisationCaption: { sv: "Organisationer som visas", en: "Organisations shown" },
  of: { sv: "av", en: "of" },
  filters: { sv: "Filter", en: "Filters" },
  state: { sv: "Läge", en: "State" },
  all: { sv: "Alla", en: "All" },
  county: { sv: "Län", en: "County" },
  search: { sv: "Sök namn eller kod", en: "Search name or code" },
  download: { sv: "Ladda ner", en: "Download" },
  select: { sv: "Välj", en: "Select" },
  organisation: { sv: "Organisation", en: "Organisation" },
  revision: { sv: "Version", en: "Revision" },
  lastActivity: { sv: "Senaste aktivitet", en: "Last activity" },
  remindersCol: { sv: "Påmind", en: "Reminded" },
  onBehalf: { sv: "inskickat av administratör", en: "submitted by an administrator" },
  reminders: { sv: "Påminnelser", en: "Reminders" },
  selectSilent: { sv: "Markera alla utan svar", en: "Select all silent" },
  selectNone: { sv: "Avmarkera", en: "Clear selection" },
  sendReminder: { sv: "Skicka påminnelse", en: "Send reminder" },
  remindersSent: {
    sv: "Påminnelse beställd till {n} organisationer: {m} e-postmeddelanden till deras svarande.",
    en: "Reminder ordered for {n} organisations: {m} e-mails to their respondents.",
  },
  withoutContacts: { sv: "Utan kontaktpersoner, ingen e-post:", en: "Without contacts, no e-mail:" },
  mailState: { sv: "E-post", en: "E-mail" },
  sent: { sv: "skickad", en: "sent" },
  queued: { sv: "i kö", en: "queued" },
  reminderLog: { sv: "Skickade påminnelser", en: "Reminders sent" },
  reminderLogCaption: { sv: "Vem påmindes när", en: "Who was reminded when" },
  noReminderLog: { sv: "Påminnelseloggen kunde inte hämtas.", en: "The reminder log could not be fetched." },
  noReminders: { sv: "Inga påminnelser har skickats.", en: "No reminders have been sent." },
  when: { sv: "När", en: "When" },
  by: { sv: "Av", en: "By" },
  recipients: { sv: "Mottagare", en: "Recipients" },

  // indicators
  library: { sv: "Indikatorbibliotek", en: "Indicator library" },
  libraryCaption: { sv: "Omgångens indikatorer, standard och egna", en: "The round's indicators, default and custom" },
  noLibraryYet: { sv: "Indikatortjänsten känner inte till omgången ännu.", en: "The indicator service does not know the round yet." },
  kind: { sv: "Slag", en: "Kind" },
  custom: { sv: "Egen", en: "Custom" },
  default: { sv: "Standard", en: "Default" },
  numerator: { sv: "Täljare", en: "Numerator" },
  denominator: { sv: "Nämnare", en: "Denominator" },
  numeratorHint: { sv: "CEL över answers och org; sant för dem som räknas i täljaren.", en: "CEL over answers and org; true for those counted in the numerator." },
  denominatorHint: { sv: "CEL; sant för dem som räknas i nämnaren (n).", en: "CEL; true for those counted in the denominator (n)." },
  compiles: { sv: "Uttrycket kompilerar.", en: "The expression compiles." },
  defineIndicator: { sv: "Definiera en egen indikator", en: "Define a custom indicator" },
  defineHint: {
    sv: "Uttrycken kontrolleras medan du skriver; servern kontrollerar dem igen när du sparar. Går även innan omgången öppnas.",
    en: "The expressions are checked as you type; the server checks them again when you save. Works before the round opens too.",
  },
  indicatorId: { sv: "Indikatorns id", en: "Indicator id" },
  define: { sv: "Spara indikatorn", en: "Save the indicator" },
  fixIndicator: { sv: "Rätta id, titel och uttryck först.", en: "Fix the id, title and expressions first." },
  indicatorDefined: { sv: "Indikatorn är sparad:", en: "The indicator is saved:" },

  // releases
  draftRelease: { sv: "Utkast till utgåva", en: "Draft release" },
  releaseAfterClose: { sv: "En utgåva kan skapas när omgången är stängd.", en: "A release can be created once the round is closed." },
  createDraft: { sv: "Skapa utkast", en: "Create a draft" },
  waitingFinal: { sv: "Väntar på att värdena blir slutliga …", en: "Waiting for the values to become final …" },
  draftCreated: { sv: "Utkastet är skapat.", en: "The draft is created." },
  draft: { sv: "utkast", en: "draft" },
  previewValues: { sv: "Förhandsgranska värdena", en: "Preview the values" },
  publish: { sv: "Publicera", en: "Publish" },
  published: { sv: "Version {v} är publicerad.", en: "Version {v} is published." },
  discard: { sv: "Kasta utkastet", en: "Discard the draft" },
  discarded: { sv: "Utkastet är kastat.", en: "The draft is discarded." },
  valuesOf: { sv: "Värden i utkastet, version", en: "Values of the draft, version" },
  diffAgainst: { sv: "Jämfört med publicerad version {v}.", en: "Compared with published version {v}." },
  noPublishedYet: { sv: "Ingen version är publicerad ännu; inget att jämföra med.", en: "No version is published yet; nothing to compare with." },
  level: { sv: "Nivå", en: "Level" },
  national: { sv: "Riket", en: "National" },
  indicator: { sv: "Indikator", en: "Indicator" },
  previewCaption: { sv: "Andel med täljare och nämnare (n)", en: "Share with numerator and denominator (n)" },
  cells: { sv: "värden", en: "values" },
  category: { sv: "Kategori", en: "Category" },
  share: { sv: "Andel", en: "Share" },
  denominatorN: { sv: "Nämnare (n)", en: "Denominator (n)" },
  publishedBefore: { sv: "Publicerat", en: "Published" },
  change: { sv: "Ändring", en: "Change" },
  added: { sv: "ny", en: "new" },
  removed: { sv: "borttagen", en: "removed" },
  changed: { sv: "ändrad", en: "changed" },
  same: { sv: "oförändrad", en: "unchanged" },
  releaseVersions: { sv: "Versioner", en: "Versions" },
  noReleases: { sv: "Inga utgåvor ännu.", en: "No releases yet." },
  releaseListCaption: { sv: "Omgångens utgåvor", en: "The round's releases" },
  createdAt: { sv: "Skapad", en: "Created" },
  publishedAt: { sv: "Publicerad", en: "Published" },
  discardedStatus: { sv: "kastad", en: "discarded" },
  publishedStatus: { sv: "publicerad", en: "published" },

  // audit
  auditTitle: { sv: "Vem gjorde vad", en: "Who did what" },
  auditCaption: { sv: "Händelser i omgången", en: "Actions in the round" },
  actor: { sv: "Vem", en: "Who" },
  action: { sv: "Åtgärd", en: "Action" },
  details: { sv: "Detaljer", en: "Details" },
  filter: { sv: "Filtrera", en: "Filter" },
} satisfies Record<string, Text>;

export type AdminKey = keyof typeof TEXTS;

export const a: (lang: Lang, key: AdminKey) => string = textTable(TEXTS);

const STATUS: Record<string, Text> = {
  DRAFT: { sv: "Ej öppnad", en: "Not open yet" },
  OPEN: { sv: "Öppen", en: "Open" },
  CLOSED: { sv: "Stängd", en: "Closed" },
};

export function statusText(lang: Lang, status: string): string {
  return textOf(STATUS, lang, status);
}

const TYPES: Record<string, Text> = {
  REGION: { sv: "Region", en: "Region" },
  MUNICIPALITY: { sv: "Kommun", en: "Municipality" },
  CITY_DISTRICT: { sv: "Stadsdel", en: "City district" },
};

export function typeText(lang: Lang, type: string): string {
  return textOf(TYPES, lang, type);
}

const STATES: Record<string, Text> = {
  SILENT: { sv: "Inget svar", en: "Silent" },
  DRAFT: { sv: "Endast utkast", en: "Draft only" },
  RECEIVED: { sv: "Mottaget", en: "Received" },
  REJECTED: { sv: "Underkänt", en: "Rejected" },
  ACCEPTED: { sv: "Godkänt", en: "Accepted" },
};

export function stateText(lang: Lang, state: string): string {
  return textOf(STATES, lang, state);
}

const ACTIONS: Record<string, Text> = {
  "round.created": { sv: "Omgången skapad", en: "Round created" },
  "round.opened": { sv: "Omgången öppnad", en: "Round opened" },
  "round.closed": { sv: "Omgången stängd", en: "Round closed" },
  "round.extended": { sv: "Sista svarsdag förlängd", en: "Closing date extended" },
  "reminder.queued": { sv: "Påminnelse beställd", en: "Reminder ordered" },
  "submission.submitted": { sv: "Svar inskickat", en: "Answers submitted" },
};

export function actionText(lang: Lang, action: string): string {
  return textOf(ACTIONS, lang, action);
}

export function useTitle(lang: Lang, key: AdminKey) {
  useEffect(() => {
    document.title = `${a(lang, key)} – enkat`;
  }, [lang, key]);
}
