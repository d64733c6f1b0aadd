package nl.wijkzicht.publish.entity;

/** Why a report PDF is generated: an internal download for staff, or a publication. */
public enum JobPurpose {
  DOWNLOAD,
  PUBLISH
}
