package nl.wijkzicht.area.entity;

/** What a region is: the basis on which its municipalities were grouped. */
public enum RegionKind {
  PROVINCE,
  GGD,
  CARE_OFFICE,
  NETWORK,
  STUDY,
  OTHER
}
