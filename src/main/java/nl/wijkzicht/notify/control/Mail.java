package nl.wijkzicht.notify.control;

/** A mail's subject and plain-text body (Dutch). */
public record Mail(String subject, String body) {}
