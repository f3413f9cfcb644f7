import { createRoot } from "react-dom/client";
import { App } from "./App";
import { login } from "./auth";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);
login()
  .then((session) => root.render(<App session={session} />))
  .catch((e) => {
    root.render(
      <main className="page">
        <h1>enkat</h1>
        <p role="alert">Inloggningen misslyckades / Login failed: {String(e?.message ?? e)}</p>
      </main>,
    );
  });
