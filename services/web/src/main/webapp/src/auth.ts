// Login with the realm's public client enkat-web: authorization code + PKCE (S256). keycloak-js
// keeps the tokens in memory only (nothing in localStorage or cookies of ours) and refreshes the
// access token before it expires.
import Keycloak from "keycloak-js";

export interface WebConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** The gateway lets anonymous readers read the published API (ENKAT_ANONYMOUS_READ). */
  anonymousRead?: boolean;
}

export interface Session {
  /** A valid access token, refreshed first when it expires within 30 s. */
  token(): Promise<string>;
  username: string;
  organisation?: string;
  roles: string[];
  /** The published statistics are open to readers who are not logged in. */
  anonymousRead?: boolean;
  logout(): Promise<void>;
}

export async function loadConfig(): Promise<WebConfig> {
  return (await fetch("/config.json")).json();
}

export async function login(known?: WebConfig): Promise<Session> {
  const config: WebConfig = known ?? (await loadConfig());
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({
    onLoad: "login-required",
    pkceMethod: "S256",
    checkLoginIframe: false,
    responseMode: "query",
    redirectUri: window.location.href,
  });
  // An access token that expires while the page sits idle is refreshed at once.
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(30).catch(() => keycloak.login());
  };
  const parsed = (keycloak.tokenParsed ?? {}) as Record<string, any>;
  return {
    async token() {
      try {
        await keycloak.updateToken(30);
      } catch {
        await keycloak.login();
      }
      return keycloak.token!;
    },
    username: parsed.preferred_username ?? "",
    organisation: parsed.org,
    roles: parsed.realm_access?.roles ?? [],
    anonymousRead: config.anonymousRead === true,
    logout: () => keycloak.logout({ redirectUri: window.location.origin + "/" }),
  };
}
