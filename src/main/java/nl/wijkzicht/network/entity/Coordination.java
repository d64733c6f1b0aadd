package nl.wijkzicht.network.entity;

/**
 * Who coordinates an older person's care: not recorded yet, a professional (a care role, optionally
 * at a provider), the informal carer, the older person themselves, or nobody.
 */
public enum Coordination {
  NOT_RECORDED,
  PROFESSIONAL,
  CARER,
  CLIENT_SELF,
  NOBODY
}
