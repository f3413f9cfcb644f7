import { createRoot } from "react-dom/client";
import { App } from "./App";
import { loadConfig, login, type WebConfig } from "./auth";
import { AnonymousApp } from "./public/AnonymousApp";
import { isPublicPath } from "./public/PublicPages";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);
const WANTS_LOGIN = "enkat.login";

function failed(e: unknown) {
  root.render(
    <main className="page">
      <h1>enkat</h1>
      <p role="alert">Inloggningen misslyckades / Login failed: {String((e as Error)?.message ?? e)}</p>
    </main>,
  );
}

function start(config: WebConfig) {
  login(config)
    .then((session) => root.render(<App session={session} />))
    .catch(failed);
}

loadConfig()
  .then((config) => {
    // The public statistics need no login when the gateway allows anonymous reading, unless the
    // reader asked to log in (or is coming back from Keycloak with a code).
    const returning = new URLSearchParams(window.location.search).has("code");
    if (config.anonymousRead && isPublicPath(window.location.pathname) && !returning && !sessionStorage.getItem(WANTS_LOGIN)) {
      root.render(
        <AnonymousApp
          onLogin={() => {
            sessionStorage.setItem(WANTS_LOGIN, "1");
            start(config);
          }}
        />,
      );
    } else {
      start(config);
    }
  })
  .catch(failed);
