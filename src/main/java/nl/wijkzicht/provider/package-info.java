/**
 * Care provider organisations (zorgaanbieders): GP practices, home-care organisations,
 * neighbourhood teams. Provider accounts belong to exactly one organisation and see only its data.
 */
package nl.wijkzicht.provider;
