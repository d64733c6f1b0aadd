package nl.wijkzicht.publish.entity;

/**
 * A published report version: the current one of its scope, replaced by a later version
 * (superseded, still retrievable) or withdrawn (a public notice with the reason, no report).
 */
public enum PublicationStatus {
  PUBLISHED,
  SUPERSEDED,
  WITHDRAWN
}
