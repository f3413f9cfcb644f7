package se.enkat.gateway.proxy;

/** The services the gateway proxies to. */
public enum Upstream {
  COLLECTION,
  VALIDATION,
  INDICATOR,
  PUBLICATION
}
