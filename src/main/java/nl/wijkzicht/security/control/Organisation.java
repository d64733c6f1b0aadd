package nl.wijkzicht.security.control;

import java.io.Serializable;

/** A care provider as accounts see it: what a provider account belongs to. */
public record Organisation(long id, String name) implements Serializable {}
