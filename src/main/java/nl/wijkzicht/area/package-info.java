/**
 * Reference data about places: municipalities per division year (CBS codes), and regions that group
 * them for comparison.
 *
 * <p>Municipalities merge on 1 January of most years, so every municipality row belongs to one
 * division year and a new year's list is loaded beside the old one, never over it. Studies keep
 * pointing at the rows of the year they were planned in.
 *
 * <p>Regions are read by staff and changed by coordinators and admins ({@code RegionService}); a
 * new or changed region is made of municipalities of the newest division year. A change carries the
 * version the user saw, so two people editing one region cannot silently overwrite each other.
 */
package nl.wijkzicht.area;
