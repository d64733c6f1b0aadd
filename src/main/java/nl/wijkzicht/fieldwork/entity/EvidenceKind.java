package nl.wijkzicht.fieldwork.entity;

/** What a piece of evidence for a finding is. An answer links to the interview answer it quotes. */
public enum EvidenceKind {
  ANSWER,
  OBSERVATION,
  DOCUMENT
}
