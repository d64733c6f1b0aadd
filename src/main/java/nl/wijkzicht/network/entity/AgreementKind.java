package nl.wijkzicht.network.entity;

/** The area-level agreements an inspector asks about (Handreiking kwetsbare ouderen thuis). */
public enum AgreementKind {
  SAMENWERKINGSAFSPRAKEN,
  KERNTEAM,
  MDO_STRUCTUUR,
  GEDEELD_ZORGPLAN,
  MEDICATIEOVERDRACHT,
  ZORG_BUITEN_KANTOORTIJD
}
