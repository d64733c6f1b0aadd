package nl.wijkzicht.provider.entity;

/** What kind of organisation a care provider is. */
public enum ProviderKind {
  GP_PRACTICE,
  HOME_CARE,
  NEIGHBOURHOOD_TEAM,
  OTHER
}
