/**
 * Care-network maps: per tracer the older person's network (carers, professionals by role and
 * organisation, who coordinates, weak links), derived from the tracer's providers, interviews and
 * client-level findings plus the little an inspector adds; per study area "who does what" (which
 * provider fills which role) and the agreements between them. Both are laid out in pure Java
 * ({@code control}) and drawn as SVG for the browser or with Graphics2D into a PDF.
 */
package nl.wijkzicht.network;
