package nl.wijkzicht.network.view;

import java.io.Serializable;

/** One member of a drawn map in words (the text list beside the map): title and details. */
public record MemberRow(String key, String title, String details, boolean coordinator)
    implements Serializable {}
