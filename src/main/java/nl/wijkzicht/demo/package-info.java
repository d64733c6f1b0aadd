/**
 * The fictitious demo data set, loaded only when {@code wijkzicht.demo=true} (the local start
 * command sets it). Everything it creates is marked as demo data and shown as fictitious.
 */
package nl.wijkzicht.demo;
